import type { AppSession } from "@/lib/auth/session-types";
import { canInYear, yearRoleOf, type YearContext } from "@/lib/blocs/policy";
import type { RankingStatus } from "@/lib/generated/prisma/enums";

/**
 * The ranking of a bloc year: board staff of the bloc, the council, the leader and deputy
 * units always; the other members only once the board has approved it (rule 2).
 */
export function canViewRanking(session: AppSession, year: YearContext, status: RankingStatus | null) {
  if (session.role === "ADMIN" || session.role === "COUNCIL") return true;
  if (session.role === "BOARD") return canInYear(session, "ranking.approve", year);
  const role = yearRoleOf(session, year);
  if (role === "leader" || role === "deputy") return true;
  return role === "member" && status === "APPROVED";
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
  return session.role === "UNIT_OFFICER" && canInYear(session, "ranking.signOff", year);
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
