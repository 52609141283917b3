import { getTranslations } from "next-intl/server";
import { SET_PASSWORD_LINK_HOURS } from "@/lib/users/accounts/links";
import type { accountsWithoutPassword } from "@/lib/users/accounts/queries";
import { takesBlocAssignments } from "@/lib/auth/permissions";
import type { listUsers } from "@/lib/users/queries";
import { ButtonLink } from "@/components/ui/button";
import { Badge, EmptyState } from "@/components/ui/card";
import { DataTable, SearchBox, sortRows, type Column, type TableQuery } from "@/components/ui/data-table";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { LinkSelection, PickBox } from "@/components/accounts/link-selection";

type Row = Awaited<ReturnType<typeof listUsers>>[number];
type Props = {
  users: Row[];
  noPassword: Awaited<ReturnType<typeof accountsWithoutPassword>>;
  query: TableQuery;
  /** The way to the accounts' Excel onboarding, for whoever may use it. */
  onboarding: React.ReactNode;
};

/** Every account, searchable, with set-password links issued to those picked. */
export async function UsersView({ users, noPassword, query, onboarding }: Props) {
  const [t, tc, tr, ta] = await Promise.all([getTranslations("users"), getTranslations("common"), getTranslations("roles"), getTranslations("accounts")]);
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
            {onboarding}
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
