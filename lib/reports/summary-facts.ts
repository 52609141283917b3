import type { Tx } from "@/lib/db";
import type { RankingSnapshotData } from "@/lib/ranking/types";
import { LATEST_SNAPSHOT_FIRST, locksYear } from "@/lib/blocs/year-lock";
import { compareVi } from "@/lib/format/vi";
import { isLate } from "@/lib/reports/policy";
import type { SummaryFacts } from "@/lib/reports/summary-text";

// What the bloc's summary report is drafted from (summary-text.ts): the year's members and
// leadership, plan, activities and conferences within the report's period, the pledge, the
// registrations, the units' submitted reports and, when signed off, the ranking.

/** The period's end: 1 July for the 6-month review, 1 January next for the year-end, at 00:00 in Vietnam. */
export function periodEnd(kind: "MID_YEAR" | "YEAR_END", year: number) {
  return new Date(Date.UTC(kind === "MID_YEAR" ? year : year + 1, kind === "MID_YEAR" ? 6 : 0, 1) - 7 * 3_600_000);
}

export async function loadSummaryFacts(tx: Tx, roundId: string): Promise<SummaryFacts> {
  const round = await tx.reportRound.findUniqueOrThrow({
    where: { id: roundId },
    select: {
      kind: true,
      dueAt: true,
      blocYear: {
        select: {
          id: true,
          year: true,
          bloc: { select: { name: true, kind: true } },
          leader: { select: { name: true } },
          deputy: { select: { name: true } },
          members: { select: { unit: { select: { id: true, name: true } } } },
          pledge: { select: { status: true, signedAt: true, _count: { select: { signatures: true } } } },
        },
      },
      reports: { where: { status: "SUBMITTED" }, select: { unitId: true, content: true, submittedAt: true } },
    },
  });
  const y = round.blocYear;
  const before = { lt: periodEnd(round.kind, y.year) };
  const [planItems, activities, conferences, registrations, snapshot] = await Promise.all([
    tx.planItem.count({ where: { blocYearId: y.id } }),
    tx.activity.findMany({ where: { blocYearId: y.id, date: before }, orderBy: { date: "asc" }, select: { title: true, date: true } }),
    tx.conference.findMany({ where: { blocYearId: y.id, date: before }, orderBy: { date: "asc" }, select: { title: true, date: true } }),
    tx.registration.count({ where: { blocYearId: y.id, status: "SUBMITTED" } }),
    round.kind === "YEAR_END"
      ? tx.rankingSnapshot.findFirst({ where: { blocYearId: y.id }, orderBy: LATEST_SNAPSHOT_FIRST, select: { status: true, data: true } })
      : null,
  ]);
  const members = y.members.map((m) => m.unit).sort((a, b) => compareVi(a.name, b.name));
  const byUnit = new Map(round.reports.map((r) => [r.unitId, r]));
  const ranking = snapshot && locksYear(snapshot.status) ? (snapshot.data as unknown as RankingSnapshotData).rows : [];
  return {
    kind: round.kind,
    year: y.year,
    blocName: y.bloc.name,
    cluster: y.bloc.kind === "CUM",
    leader: y.leader?.name ?? null,
    deputy: y.deputy?.name ?? null,
    members: members.map((u) => {
      const r = byUnit.get(u.id);
      return { name: u.name, report: r ? { content: r.content, submittedAt: r.submittedAt!, late: isLate(r.submittedAt, round.dueAt) } : null };
    }),
    planItems,
    activities,
    conferences,
    pledge: y.pledge ? { signed: y.pledge.status === "SIGNED", signedAt: y.pledge.signedAt, signatures: y.pledge._count.signatures } : null,
    registrations,
    ranking: ranking.map((r) => ({ rank: r.rank, unitName: r.unitName, total: r.totals.total })),
  };
}
