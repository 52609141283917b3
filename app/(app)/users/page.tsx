import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireSession } from "@/lib/auth/session";
import { takesBlocAssignments } from "@/lib/auth/permissions";
import { canManageUsers } from "@/lib/users/policy";
import { listUsers } from "@/lib/users/queries";
import { accountsWithoutPassword } from "@/lib/accounts/queries";
import { SET_PASSWORD_LINK_HOURS } from "@/lib/accounts/links";
import { LinkSelection, PickBox } from "@/components/accounts/link-selection";
import { sortByVi } from "@/lib/format/vi";
import { Badge, EmptyState } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { DataTable, SearchBox, parseTableQuery, sortRows, type Column } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { OnboardingLink } from "@/components/onboarding/onboarding-link";

export async function generateMetadata() {
  return { title: (await getTranslations("users"))("title") };
}

type Row = Awaited<ReturnType<typeof listUsers>>[number];

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireSession();
  if (!canManageUsers(session)) notFound();
  const query = parseTableQuery(await searchParams);
  const t = await getTranslations("users");
  const tc = await getTranslations("common");
  const tr = await getTranslations("roles");
  const ta = await getTranslations("accounts");
  const users = sortByVi(await listUsers({ q: query.q }), (u) => u.name);
  const noPassword = await accountsWithoutPassword();

  const columns: Column<Row>[] = [
    {
      key: "username",
      label: t("fields.username"),
      sortValue: (u) => u.username,
      // The tick box for issuing set-password links sits with the username, in the column that stays in view.
      render: (u) => (
        <span className="flex items-center gap-2">
          <PickBox id={u.id} label={ta("issue.pick", { name: u.name })} />
          <Link href={`/users/${u.id}`} className="font-mono text-xs text-sky-800 hover:underline">
            {u.username}
          </Link>
        </span>
      ),
    },
    {
      key: "name",
      label: t("fields.name"),
      sortValue: (u) => u.name,
      render: (u) => (
        <div>
          <Link href={`/users/${u.id}`} className="font-medium text-sky-800 hover:underline">
            {u.name}
          </Link>
          {u.title && <div className="text-xs text-slate-600">{u.title}</div>}
        </div>
      ),
    },
    {
      key: "role",
      label: t("fields.role"),
      sortValue: (u) => tr(u.role),
      render: (u) => (
        <div className="flex flex-wrap items-center gap-1">
          <span>{tr(u.role)}</span>
          {u.isUnitHead && <Badge tone="sky">{tr("unitHead")}</Badge>}
          {takesBlocAssignments(u.role) && (
            <span className="text-xs text-slate-600">{u.allBlocs ? t("scopeAll") : t("scopeCount", { count: u._count.blocAssignments })}</span>
          )}
        </div>
      ),
    },
    { key: "unit", label: t("fields.unit"), sortValue: (u) => u.unit?.name ?? null, render: (u) => u.unit?.name ?? tc("none") },
    {
      key: "status",
      label: t("fields.status"),
      sortValue: (u) => (u.active ? 0 : 1),
      render: (u) => (
        <div className="flex flex-wrap gap-1">
          {u.active ? <Badge tone="green">{tc("active")}</Badge> : <Badge>{t("inactive")}</Badge>}
          {noPassword.ids.has(u.id) && <Badge tone="amber">{ta("noPassword")}</Badge>}
        </div>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t("title")}
        crumbs={[{ label: tc("home"), href: "/" }, { label: t("title") }]}
        actions={
          <>
            <OnboardingLink session={session} kind="accounts" />
            <ButtonLink href="/users/new">{t("new")}</ButtonLink>
          </>
        }
      />
      <div className="mb-3">
        <SearchBox basePath="/users" query={query} label={tc("search")} placeholder={t("searchPlaceholder")} />
      </div>
      {users.length === 0 ? (
        query.q ? (
          <EmptyState title={tc("noResults")} />
        ) : (
          <EmptyState title={t("empty")} />
        )
      ) : (
        <LinkSelection ids={users.map((u) => u.id)} withoutPassword={noPassword.activeCount} hours={SET_PASSWORD_LINK_HOURS}>
          <p className="mb-2 text-sm text-slate-600">{tc("resultsCount", { count: users.length })}</p>
          <DataTable rows={sortRows(users, columns, query)} columns={columns} rowKey={(u) => u.id} query={query} basePath="/users" caption={t("title")} />
        </LinkSelection>
      )}
    </>
  );
}
