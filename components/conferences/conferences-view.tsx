import { getTranslations } from "next-intl/server";
import type { BlocYearRow } from "@/lib/blocs/year-page";
import type { listConferences } from "@/lib/conferences/queries";
import { quorumOf } from "@/lib/conferences/quorum";
import { formatDateTime } from "@/lib/format/vi";
import { ButtonLink } from "@/components/ui/button";
import { Badge, EmptyState } from "@/components/ui/card";
import { DataTable, sortRows, type Column, type TableQuery } from "@/components/ui/data-table";
import { Link } from "@/components/ui/link";
import { YearPageHeader } from "@/components/blocs/year-page-header";
import { conferenceKindTone, conferencesHref } from "@/components/conferences/labels";

type Props = { by: BlocYearRow; conferences: Awaited<ReturnType<typeof listConferences>>; query: TableQuery; can: { manage: boolean } };

/** The year's conferences, by date, with their attendance against the quorum. */
export async function ConferencesView({ by, conferences: list, query, can }: Props) {
  const t = await getTranslations();
  const memberIds = by.members.map((m) => m.unitId);
  const conferences = list.map((c) => ({ ...c, quorum: quorumOf(c.attendance, memberIds) }));
  const base = conferencesHref(by.blocId, by.year);
  type Row = (typeof conferences)[number];
  const columns: Column<Row>[] = [
    { key: "date", label: t("conferences.fields.date"), sortValue: (c) => c.date.getTime(), render: (c) => formatDateTime(c.date) },
    {
      key: "title",
      label: t("conferences.fields.title"),
      sortValue: (c) => c.title,
      render: (c) => (
        <Link href={`${base}/${c.id}`} className="font-medium text-sky-800 hover:underline">
          {c.title}
        </Link>
      ),
    },
    { key: "kind", label: t("conferences.fields.kind"), render: (c) => <Badge tone={conferenceKindTone[c.kind]}>{t(`conferences.kind.${c.kind}`)}</Badge> },
    { key: "host", label: t("conferences.fields.host"), sortValue: (c) => c.host?.name ?? null, render: (c) => c.host?.name ?? t("common.none") },
    {
      key: "attendance",
      label: t("conferences.fields.attendance"),
      render: (c) =>
        c.attendance.length === 0 ? (
          <span className="text-slate-600">{t("conferences.attendance.none")}</span>
        ) : (
          <span className="flex flex-wrap items-center gap-1">
            {t("conferences.attendance.count", { present: c.quorum.present, members: c.quorum.members })}
            {c.quorum.reached && <Badge tone="green">{t("conferences.quorum.badgeReached")}</Badge>}
          </span>
        ),
    },
  ];
  return (
    <>
      <YearPageHeader
        bloc={{ id: by.blocId, name: by.bloc.name }}
        year={by.year}
        active="conferences"
        crumb={t("blocs.tabs.conferences")}
        title={t("conferences.listTitle", { year: by.year })}
        actions={can.manage && <ButtonLink href={`${base}/new`}>{t("conferences.new")}</ButtonLink>}
      />
      {conferences.length === 0 ? (
        <EmptyState title={t("conferences.empty")} hint={t("conferences.emptyHint")} />
      ) : (
        <DataTable
          rows={sortRows(conferences, columns, query)}
          columns={columns}
          rowKey={(c) => c.id}
          query={query}
          basePath={base}
          caption={t("conferences.caption", { year: by.year })}
        />
      )}
    </>
  );
}
