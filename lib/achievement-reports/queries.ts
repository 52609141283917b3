import "server-only";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import type { BlocYearContext } from "@/lib/blocs/year-context";
import { compareVi } from "@/lib/format/vi";
import { achievementReportCan } from "./policy";
import type { ReportFacts } from "./facts";
import { reportFacts } from "./report-facts";

// The reports page, scoped by the caller's powers (policy.ts).

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
