import "server-only";
import type { Db, Tx } from "@/lib/db";
import { compareVi, formatNumber } from "@/lib/format/vi";
import type { RankingSnapshotData } from "@/lib/ranking/types";
import { REPORT_FIELDS, type ReportFacts } from "./facts";

// What one unit's achievement report is made of, read for a caller already let in: the reports
// page (queries.ts, scoped by policy.ts) and the document's loader (lib/documents/data.ts, which
// checks who reads the dossier). Not a loader of its own, hence not in queries.ts.

const storedSelect = { version: true, updatedAt: true, ...Object.fromEntries(REPORT_FIELDS.map((f) => [f, true])) } as {
  version: true;
  updatedAt: true;
} & Record<(typeof REPORT_FIELDS)[number], true>;

/** The facts of one unit's report for a bloc year: its text, ranking, registration and the awards granted before. */
export async function reportFacts(client: Db | Tx, blocYearId: string, unitId: string): Promise<ReportFacts | null> {
  const year = await client.blocYear.findUnique({
    where: { id: blocYearId },
    select: {
      year: true,
      bloc: { select: { name: true } },
      rankings: { where: { status: "APPROVED" }, orderBy: { signedAt: "desc" }, take: 1, select: { data: true } },
    },
  });
  const unit = await client.unit.findUnique({ where: { id: unitId }, select: { id: true, name: true } });
  if (!year || !unit) return null;
  const [stored, registration, awarded] = await Promise.all([
    client.achievementReport.findUnique({ where: { blocYearId_unitId: { blocYearId, unitId } }, select: storedSelect }),
    client.registration.findUnique({
      where: { blocYearId_unitId: { blocYearId, unitId } },
      select: { titles: { select: { awardForm: { select: { name: true, position: true } } } }, targets: { orderBy: { position: "asc" } } },
    }),
    client.awardNominee.findMany({
      where: { unitId, awarded: true, proposal: { status: "DECIDED", blocYear: { year: { lt: year.year } } } },
      select: {
        awardForm: { select: { name: true } },
        proposal: { select: { decisionNumber: true, decisionDate: true, decisionIssuer: true, blocYear: { select: { year: true } } } },
      },
    }),
  ]);
  const data = year.rankings[0]?.data as unknown as RankingSnapshotData | undefined;
  const row = data?.rows.find((r) => r.unitId === unitId);
  return {
    unit,
    year: year.year,
    blocName: year.bloc.name,
    ranking: row && data ? { rank: row.rank, count: data.rows.length, total: formatNumber(row.totals.total, 2), shared: row.shared } : null,
    registered: (registration?.titles ?? []).sort((a, b) => a.awardForm.position - b.awardForm.position).map((t) => t.awardForm.name),
    targets: (registration?.targets ?? []).map((t) => ({
      content: t.content,
      value: t.value === null ? null : formatNumber(Number(t.value), 2),
      measure: t.measure,
    })),
    pastAwards: awarded
      .map((a) => ({
        year: a.proposal.blocYear.year,
        formName: a.awardForm.name,
        decisionNumber: a.proposal.decisionNumber,
        decisionDate: a.proposal.decisionDate,
        issuer: a.proposal.decisionIssuer,
      }))
      .sort((a, b) => a.year - b.year || compareVi(a.formName, b.formName)),
    stored: stored ?? null,
  };
}
