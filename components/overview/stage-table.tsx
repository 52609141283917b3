import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format/vi";
import { daysLeft } from "@/lib/format/days-left";
import type { DeadlineState, RankingStage } from "@/lib/overview/stage";
import type { StageRow } from "@/lib/overview/queries";
import type { YearFilter } from "@/lib/overview/year-filter";
import { Badge } from "@/components/ui/card";
import { DataTable, sortRows, type Column, type TableQuery } from "@/components/ui/data-table";

type Tone = "slate" | "green" | "amber" | "red" | "sky";

const RANKING_TONE: Record<RankingStage, Tone> = {
  none: "slate",
  provisional: "sky",
  SIGNED_OFF: "amber",
  APPROVED: "green",
  RETURNED: "red",
  REOPENED: "amber",
};
const DEADLINE_TONE: Partial<Record<DeadlineState, Tone>> = { overdue: "red", soon: "amber", done: "green" };

const yearPath = (r: StageRow, tab = "") => `/blocs/${r.blocId}/years/${r.year}${tab}`;

/** The board's one-screen table: each listed bloc year's stage (one year's, or every open one), each cell linking to its section. */
export async function StageTable({ rows, year, query, now }: { rows: StageRow[]; year: YearFilter; query: TableQuery; now: Date }) {
  const [t, tb] = await Promise.all([getTranslations("overview"), getTranslations("blocs")]);
  const cellLink = "text-sky-800 hover:underline";
  const columns: Column<StageRow>[] = [
    {
      key: "bloc",
      label: t("columns.bloc"),
      sortValue: (r) => r.blocName,
      className: "min-w-56",
      render: (r) => (
        <div>
          <Link href={yearPath(r)} className="font-medium text-sky-800 hover:underline">
            {r.blocName}
          </Link>
          <p className="text-xs text-slate-600">
            {tb(`leader.${r.kind}`)}: {r.leaderName ?? "—"} · {t("members", { count: r.members })}
          </p>
        </div>
      ),
    },
    {
      key: "year",
      label: t("columns.year"),
      sortValue: (r) => r.year,
      render: (r) => <span className="tabular-nums">{r.year}</span>,
    },
    {
      key: "pledge",
      label: t("columns.pledge"),
      sortValue: (r) => (r.members ? r.pledgeSigned / r.members : 0),
      render: (r) => (
        <Link href={yearPath(r, "/pledge")} className={`${cellLink} flex flex-col items-start gap-1`}>
          <Badge tone={r.pledgeStatus === "SIGNED" ? "green" : r.pledgeStatus === "OPEN" ? "sky" : "slate"}>{t(`pledge.${r.pledgeStatus ?? "none"}`)}</Badge>
          {r.pledgeStatus && <span className="text-xs">{t("pledge.signed", { signed: r.pledgeSigned, members: r.members })}</span>}
        </Link>
      ),
    },
    {
      key: "criteria",
      label: t("columns.criteria"),
      render: (r) => (
        <Link href={yearPath(r, "/criteria")} className={cellLink}>
          <Badge tone={r.criteriaStatus === "PUBLISHED" ? "green" : "slate"}>{t(`criteria.${r.criteriaStatus ?? "none"}`)}</Badge>
        </Link>
      ),
    },
    {
      key: "sheets",
      label: t("columns.sheets"),
      sortValue: (r) => (r.members ? r.submitted / r.members : 0),
      render: (r) => (
        <Link href={yearPath(r, "/scoring")} className={`${cellLink} flex flex-col text-xs`}>
          <span>{t("sheets.submitted", { submitted: r.submitted, members: r.members })}</span>
          <span>{t("sheets.reviewed", { reviewed: r.reviewed })}</span>
          {r.reviewFinished > 0 && <span>{t("sheets.reviewFinished", { finished: r.reviewFinished })}</span>}
        </Link>
      ),
    },
    {
      key: "deadline",
      label: t("columns.deadline"),
      sortValue: (r) => r.closesAt?.getTime() ?? null,
      render: (r) => <Deadline state={r.deadline} closesAt={r.closesAt} now={now} label={(k, v) => t(k, v)} />,
    },
    {
      key: "ranking",
      label: t("columns.ranking"),
      render: (r) => (
        <Link href={yearPath(r, "/ranking")} className={cellLink}>
          <Badge tone={RANKING_TONE[r.rankingStage]}>{t(`ranking.${r.rankingStage}`)}</Badge>
        </Link>
      ),
    },
    {
      key: "proposal",
      label: t("columns.proposal"),
      render: (r) => (
        <Link href={yearPath(r, "/awards")} className={cellLink}>
          <Badge tone={r.proposalStatus === "DECIDED" || r.proposalStatus === "ACCEPTED" ? "green" : r.proposalStatus === "RETURNED" ? "red" : "slate"}>
            {t(`proposal.${r.proposalStatus ?? "none"}`)}
          </Badge>
        </Link>
      ),
    },
  ];
  return (
    <DataTable
      rows={sortRows(rows, columns, query)}
      columns={columns}
      rowKey={(r) => r.blocYearId}
      query={query}
      basePath="/"
      caption={year === null ? t("openStagesCaption") : t("stagesCaption", { year })}
    />
  );
}

/** A deadline with its urgency: red when overdue, amber within a week, green once every sheet is in. */
export function Deadline({
  state,
  closesAt,
  now,
  label,
}: {
  state: DeadlineState;
  closesAt: Date | null;
  now: Date;
  label: (key: string, values?: Record<string, number>) => string;
}) {
  if (!closesAt) return <span className="text-xs text-slate-600">{label("deadline.none")}</span>;
  const tone = DEADLINE_TONE[state];
  return (
    <span className={`flex flex-col items-start gap-1 ${state === "overdue" || state === "soon" ? "font-semibold" : ""}`}>
      <span className="whitespace-nowrap text-sm">{formatDateTime(closesAt)}</span>
      {tone && <Badge tone={tone}>{state === "soon" ? label("deadline.soon", { days: daysLeft(closesAt, now) }) : label(`deadline.${state}`)}</Badge>}
    </span>
  );
}
