import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import type { BlocYearContext } from "@/lib/blocs/year-context";
import { compareVi, formatNumber } from "@/lib/format/vi";
import type { RankingSnapshotData } from "@/lib/ranking/types";
import { achievementReportCan } from "./policy";
import { REPORT_FIELDS, type ReportFacts } from "./facts";

// What a unit's achievement report is made of, read for the page (scoped by the caller's powers,
// policy.ts) and for the document (whose loader has already checked who reads it).

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

/**
 * The page: the caller's own unit's report (a unit officer of a member unit) and, for those who
 * read them all, every member's, nominees first. Null when the caller may do neither.
 */
export async function achievementReportPage(session: AppSession, year: BlocYearContext) {
  const proposal = await db.awardProposal.findUnique({
    where: { blocYearId: year.id },
    select: { status: true, nominees: { select: { unitId: true, awardForm: { select: { name: true } } } } },
  });
  const can = achievementReportCan(session, year, proposal?.status ?? null);
  if (!can.writesFor && !can.readAll) return null;
  const nominated = new Map((proposal?.nominees ?? []).map((n) => [n.unitId, n.awardForm.name]));
  const own = can.writesFor ? await reportFacts(db, year.id, can.writesFor) : null;
  const unitIds = can.readAll ? year.memberUnitIds : [];
  const all = (await Promise.all(unitIds.map((u) => reportFacts(db, year.id, u)))).filter((f): f is ReportFacts => f !== null);
  const ordered = all.sort((a, b) => Number(nominated.has(b.unit.id)) - Number(nominated.has(a.unit.id)) || compareVi(a.unit.name, b.unit.name));
  return { can, own, all: ordered.map((f) => ({ facts: f, nominatedFor: nominated.get(f.unit.id) ?? null })), proposalStatus: proposal?.status ?? null };
}

export type AchievementReportPage = NonNullable<Awaited<ReturnType<typeof achievementReportPage>>>;
