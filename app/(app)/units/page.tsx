import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireSession } from "@/lib/auth/session";
import { canManageUnits, canViewUnits } from "@/lib/units/policy";
import { listUnits } from "@/lib/units/queries";
import { sortByVi } from "@/lib/format/vi";
import { Badge, EmptyState } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { DataTable, SearchBox, parseTableQuery, sortRows, type Column } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { OnboardingLink } from "@/components/onboarding/onboarding-link";
import { notFound } from "next/navigation";

export async function generateMetadata() {
  return { title: (await getTranslations("units"))("title") };
}

type Row = Awaited<ReturnType<typeof listUnits>>[number];

export default async function UnitsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireSession();
  if (!canViewUnits(session)) notFound();
  const params = await searchParams;
  const query = parseTableQuery(params);
  const includeArchived = params.archived === "1";
  const t = await getTranslations("units");
  const tc = await getTranslations("common");
  const units = sortByVi(await listUnits({ q: query.q, includeArchived }), (u) => u.name);

  const columns: Column<Row>[] = [
    { key: "code", label: t("fields.code"), sortValue: (u) => u.code, render: (u) => <span className="font-mono text-xs">{u.code}</span> },
    {
      key: "name",
      label: t("fields.name"),
      sortValue: (u) => u.name,
      render: (u) => (
        <div>
          <Link href={`/units/${u.id}`} className="font-medium text-sky-800 hover:underline">
            {u.name}
          </Link>
          <div className="text-xs text-slate-600">{u.shortName}</div>
        </div>
      ),
    },
    { key: "head", label: t("fields.headName"), sortValue: (u) => u.headName, render: (u) => u.headName ?? tc("none") },
    {
      key: "bloc",
      label: t("fields.currentBloc"),
      sortValue: (u) => u.memberships[0]?.blocYear.bloc.name ?? null,
      render: (u) => {
        const m = u.memberships[0];
        return m ? `${m.blocYear.bloc.name} (${m.blocYear.year})` : tc("none");
      },
    },
    {
      key: "status",
      label: t("fields.status"),
      render: (u) => (
        <div className="flex flex-wrap gap-1">
          {u.archivedAt ? <Badge>{tc("archived")}</Badge> : <Badge tone="green">{tc("active")}</Badge>}
          {u.isSample && <Badge tone="amber">{tc("sample")}</Badge>}
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
            <OnboardingLink session={session} kind="units" />
            {canManageUnits(session) && <ButtonLink href="/units/new">{t("new")}</ButtonLink>}
          </>
        }
      />
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <SearchBox basePath="/units" query={query} label={tc("search")} placeholder={t("searchPlaceholder")} />
        <Link href={includeArchived ? "/units" : "/units?archived=1"} className="text-sm text-sky-800 hover:underline">
          {includeArchived ? t("hideArchived") : t("showArchived")}
        </Link>
      </div>
      {units.length === 0 ? (
        query.q ? (
          <EmptyState title={tc("noResults")} />
        ) : (
          <EmptyState title={t("empty")} hint={t("emptyHint")} />
        )
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-600">{tc("resultsCount", { count: units.length })}</p>
          <DataTable rows={sortRows(units, columns, query)} columns={columns} rowKey={(u) => u.id} query={query} basePath="/units" caption={t("title")} />
        </>
      )}
    </>
  );
}
