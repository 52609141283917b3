import "server-only";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import type { BlocYearContext } from "@/lib/blocs/year-context";
import { loadCurrentRanking } from "@/lib/ranking/current";
import { canViewRanking } from "@/lib/ranking/policy";
import { locksYear } from "@/lib/blocs/year-lock";
import type { TieBreakRule } from "@/lib/ranking/types";
import { canViewSheet } from "@/lib/scoring/policy";
import { loadScoringSet } from "@/lib/scoring/sheet-data";

export type RankingGroup = { code: string; title: string };

/** The ranking page of a bloc year for whoever may see it; null for anyone else (rule 2). */
export async function getRankingPage(session: AppSession, year: BlocYearContext) {
  const { inputs, ...current } = await loadCurrentRanking(db, year.id);
  const status = current.snapshot?.status ?? null;
  if (!canViewRanking(session, year, status)) return null;
  // A live ranking has just read the criteria set, the rules and the sheets: not read again.
  const [set, rules, history, conferences, leader, sheets] = await Promise.all([
    inputs ? inputs.set : loadScoringSet(db, year.id),
    inputs ? inputs.rules : db.rankingRules.findUnique({ where: { blocYearId: year.id } }),
    db.rankingSnapshot.findMany({ where: { blocYearId: year.id }, orderBy: [{ signedAt: "desc" }, { id: "desc" }], omit: { data: true } }),
    db.conference.findMany({ where: { blocYearId: year.id }, select: { id: true, title: true, date: true }, orderBy: { date: "desc" } }),
    year.leaderUnitId ? db.unit.findUnique({ where: { id: year.leaderUnitId }, select: { name: true, headName: true } }) : null,
    inputs ? inputs.sheets : db.scoreSheet.findMany({ where: { blocYearId: year.id }, select: { unitId: true, reviewerUnitId: true } }),
  ]);
  const approved = status === "APPROVED";
  const reviewerOf = new Map(sheets.map((s) => [s.unitId, s.reviewerUnitId]));
  const visibleSheets = year.memberUnitIds.filter((unitId) =>
    canViewSheet(session, year, { unitId, reviewerUnitId: reviewerOf.get(unitId) ?? null }, approved),
  );
  const groups: RankingGroup[] = (set?.tree ?? []).filter((n) => n.type === "group" || n.kind !== "gate").map((n) => ({ code: n.code, title: n.title }));
  return {
    ...current,
    groups,
    setPublished: set?.status === "PUBLISHED",
    rules: rules && { version: rules.version, rules: rules.rules as TieBreakRule[], publishedAt: rules.publishedAt },
    history,
    conferences,
    leader,
    visibleSheets,
    // What the page's powers depend on (rankingCan in lib/ranking/policy.ts).
    facts: { status, locked: locksYear(status), rulesPublished: !!rules?.publishedAt },
  };
}

export type RankingPage = NonNullable<Awaited<ReturnType<typeof getRankingPage>>>;

/** The approved ranking a bloc year has made public, for the page anyone may open; null otherwise. */
export async function getPublicRanking(blocYearId: string) {
  const by = await db.blocYear.findUnique({ where: { id: blocYearId }, select: { id: true, year: true, bloc: { select: { name: true } } } });
  if (!by) return null;
  const current = await loadCurrentRanking(db, blocYearId);
  if (current.live || current.snapshot?.status !== "APPROVED" || !current.snapshot.isPublic) return null;
  const set = await loadScoringSet(db, blocYearId);
  const groups: RankingGroup[] = (set?.tree ?? []).filter((n) => n.type === "group" || n.kind !== "gate").map((n) => ({ code: n.code, title: n.title }));
  return { blocName: by.bloc.name, year: by.year, approvedAt: current.snapshot.approvedAt, ranking: current.ranking, groups };
}
