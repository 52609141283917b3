import type { AppSession } from "@/lib/auth/session-types";
import { canByYearRole, canInYear, canSeeDossier, memberSeesApproved, type YearContext } from "@/lib/blocs/policy";
import type { RankingStatus } from "@/lib/generated/prisma/enums";
import { isHeadOf } from "@/lib/units/policy";

/**
 * The ranking of a bloc year: board staff of the bloc, the council, the leader and deputy
 * units always; the other members only once the board has approved it (rule 2).
 */
export function canViewRanking(session: AppSession, year: YearContext, status: RankingStatus | null) {
  return canInYear(session, "ranking.view", year) || memberSeesApproved(session, year, status === "APPROVED");
}

/** The leader unit's head, who signs the ranking off in person (anyone else records the head's name). */
export function isLeaderHead(session: AppSession, year: Pick<YearContext, "leaderUnitId">) {
  return isHeadOf(session, year.leaderUnitId);
}

/** Choosing and publishing the tie-break rules: the leader unit or the board. */
export function canSetRules(session: AppSession, year: YearContext) {
  return canInYear(session, "ranking.rules", year);
}

export function canBallot(session: AppSession, year: YearContext) {
  return canInYear(session, "ranking.ballot", year);
}

/** The leader unit signs off (its head, or an officer recording the head's name); board staff never do. */
export function canSignOff(session: AppSession, year: YearContext) {
  return canByYearRole(session, "ranking.signOff", year);
}

/** Approving or returning a signed-off ranking: board staff of the bloc. */
export function canApprove(session: AppSession, year: YearContext) {
  return canInYear(session, "ranking.approve", year);
}

/** Reopening an approved ranking stays with the board, with a reason. */
export function canReopen(session: AppSession, year: YearContext) {
  return canInYear(session, "ranking.reopen", year);
}

/** The public read-only page of the approved ranking. */
export function canPublish(session: AppSession, year: YearContext) {
  return canInYear(session, "ranking.publish", year);
}

/** What the ranking's state allows, as the loader reads it (lib/ranking/queries.ts). */
export type RankingFacts = { status: RankingStatus | null; locked: boolean; rulesPublished: boolean };

/** The ranking page's powers: each rule above, as the ranking's state allows it now. */
export function rankingCan(session: AppSession, year: YearContext, facts: RankingFacts) {
  const approved = facts.status === "APPROVED";
  return {
    setRules: canSetRules(session, year) && !facts.rulesPublished,
    ballot: canBallot(session, year) && !facts.locked,
    signOff: canSignOff(session, year) && !facts.locked,
    signAsHead: isLeaderHead(session, year),
    approve: canApprove(session, year) && facts.status === "SIGNED_OFF",
    reopen: canReopen(session, year) && approved,
    publish: canPublish(session, year) && approved,
    // The review minutes are part of the award dossier.
    reviewMinutes: facts.status !== null && canSeeDossier(session, year, facts.status),
  };
}

export type RankingCan = ReturnType<typeof rankingCan>;
