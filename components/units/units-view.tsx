import { getTranslations } from "next-intl/server";
import type { listUnits } from "@/lib/units/queries";
import { ButtonLink } from "@/components/ui/button";
import { Badge, EmptyState } from "@/components/ui/card";
import { DataTable, SearchBox, sortRows, type Column, type TableQuery } from "@/components/ui/data-table";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";

type Row = Awaited<ReturnType<typeof listUnits>>[number];
type Props = {
  units: Row[];
  query: TableQuery;
  includeArchived: boolean;
  /** The way to the units' Excel onboarding, for whoever may use it. */
  onboarding: React.ReactNode;
  can: { manage: boolean };
};

/** Every unit, searchable, each with the bloc it is in now. */
export async function UnitsView({ units, query, includeArchived, onboarding, can }: Props) {
  const [t, tc] = await Promise.all([getTranslations("units"), getTranslations("common")]);
  const columns: Column<Row>[] = [
    { key: "code", label: t("fields.code"), sortValue: (u) => u.code, render: (u) => <span className="font-mono text-xs">{u.code}</span> },
    {
      key: "name",
      label: t("fields.name"),
      sortValue: (u) => u.name,
      className: "min-w-48",
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
      className: "min-w-56",
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
            {onboarding}
            {can.manage && <ButtonLink href="/units/new">{t("new")}</ButtonLink>}
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
