import { getTranslations } from "next-intl/server";
import type { listBlocs } from "@/lib/blocs/queries";
import { ButtonLink } from "@/components/ui/button";
import { Badge, EmptyState } from "@/components/ui/card";
import { DataTable, SearchBox, sortRows, type Column, type TableQuery } from "@/components/ui/data-table";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { yearHref, yearStatusTone } from "@/components/blocs/labels";

type Row = Awaited<ReturnType<typeof listBlocs>>[number];
type Props = {
  blocs: Row[];
  query: TableQuery;
  includeArchived: boolean;
  /** The way to the Excel onboarding of blocs (or of members, for whoever cannot create blocs). */
  onboarding: React.ReactNode;
  /** `throughUnit`: the caller sees blocs through their unit's memberships (the empty list says so). */
  can: { create: boolean; throughUnit: boolean };
};

/** The blocs the caller sees, searchable, each with its latest year. */
export async function BlocsView({ blocs, query, includeArchived, onboarding, can }: Props) {
  const [t, tc] = await Promise.all([getTranslations("blocs"), getTranslations("common")]);
  const columns: Column<Row>[] = [
    { key: "code", label: t("fields.code"), sortValue: (b) => b.code, render: (b) => <span className="font-mono text-xs">{b.code}</span> },
    {
      key: "name",
      label: t("fields.name"),
      sortValue: (b) => b.name,
      render: (b) => (
        <Link href={`/blocs/${b.id}`} className="font-medium text-sky-800 hover:underline">
          {b.name}
        </Link>
      ),
    },
    { key: "kind", label: t("fields.kind"), sortValue: (b) => t(`kind.${b.kind}`), render: (b) => t(`kind.${b.kind}`) },
    {
      key: "year",
      label: t("fields.latestYear"),
      sortValue: (b) => b.years[0]?.year ?? null,
      render: (b) => {
        const y = b.years[0];
        if (!y) return tc("none");
        return (
          <div className="flex flex-wrap items-center gap-1">
            <Link href={yearHref(b.id, y.year)} className="text-sky-800 hover:underline">
              {y.year}
            </Link>
            <Badge tone={yearStatusTone[y.status]}>{t(`yearStatus.${y.status}`)}</Badge>
          </div>
        );
      },
    },
    { key: "leader", label: t("fields.leader"), sortValue: (b) => b.years[0]?.leader?.name ?? null, render: (b) => b.years[0]?.leader?.name ?? tc("none") },
    { key: "deputy", label: t("fields.deputy"), sortValue: (b) => b.years[0]?.deputy?.name ?? null, render: (b) => b.years[0]?.deputy?.name ?? tc("none") },
    {
      key: "members",
      label: t("fields.memberCount"),
      sortValue: (b) => b.years[0]?._count.members ?? 0,
      render: (b) => b.years[0]?._count.members ?? 0,
      numeric: true,
    },
    {
      key: "status",
      label: t("fields.status"),
      render: (b) => (b.archivedAt ? <Badge>{tc("archived")}</Badge> : <Badge tone="green">{tc("active")}</Badge>),
    },
  ];

  const newButton = can.create && <ButtonLink href="/blocs/new">{t("new")}</ButtonLink>;
  return (
    <>
      <PageHeader
        title={t("title")}
        crumbs={[{ label: tc("home"), href: "/" }, { label: t("title") }]}
        actions={
          <>
            {onboarding}
            {newButton}
          </>
        }
      />
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <SearchBox basePath="/blocs" query={query} label={tc("search")} placeholder={t("searchPlaceholder")} />
        <Link href={includeArchived ? "/blocs" : "/blocs?archived=1"} className="text-sm text-sky-800 hover:underline">
          {includeArchived ? t("hideArchived") : t("showArchived")}
        </Link>
      </div>
      {blocs.length === 0 ? (
        query.q ? (
          <EmptyState title={tc("noResults")} />
        ) : can.throughUnit ? (
          <EmptyState title={t("emptyForUnit")} />
        ) : (
          <EmptyState title={t("empty")} hint={can.create ? t("emptyHint") : undefined} action={newButton || undefined} />
        )
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-600">{tc("resultsCount", { count: blocs.length })}</p>
          <DataTable rows={sortRows(blocs, columns, query)} columns={columns} rowKey={(b) => b.id} query={query} basePath="/blocs" caption={t("title")} />
        </>
      )}
    </>
  );
}
