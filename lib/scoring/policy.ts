import type { AppSession } from "@/lib/auth/session-types";
import { hasPermission, reachOf, type Permission } from "@/lib/auth/permissions";
import { canInYear, memberSeesApproved, ownMemberUnitOf, type YearContext } from "@/lib/blocs/policy";
import { ownUnitOf } from "@/lib/units/policy";

type SheetRef = { unitId: string; reviewerUnitId: string | null };

/** The unit officer's own unit, when it is a member that year. */
function ownMemberUnit(session: AppSession, permission: Permission, year: YearContext, unitId: string) {
  return hasPermission(session.role, permission) && ownMemberUnitOf(session, year) === unitId;
}

/** Opening, closing and extending the round: board staff of the bloc. */
export function canManageRound(session: AppSession, year: YearContext) {
  return canInYear(session, "round.manage", year);
}

/** Self-scores: a unit officer of that unit only. */
export function canEditSelf(session: AppSession, year: YearContext, unitId: string) {
  return ownMemberUnit(session, "score.edit", year, unitId);
}

export function canSubmitSheet(session: AppSession, year: YearContext, unitId: string) {
  return ownMemberUnit(session, "score.submit", year, unitId);
}

/** Returning a submitted sheet: board staff by scope, the leader unit's officers. Never one's own. */
export function canReturnSheet(session: AppSession, year: YearContext, sheet: SheetRef) {
  return session.unitId !== sheet.unitId && canInYear(session, "score.return", year);
}

/** Review: the leader unit, or the unit assigned to this sheet (cross-scoring) — never a unit on its own sheet. */
export function canReviewSheet(session: AppSession, year: YearContext, sheet: SheetRef) {
  if (session.unitId && session.unitId === sheet.unitId) return false;
  if (canInYear(session, "score.review", year)) return true;
  return sheet.reviewerUnitId !== null && ownMemberUnitOf(session, year) === sheet.reviewerUnitId;
}

/**
 * Whose turn it is to review a sheet: the unit assigned to it, else the leader unit (a sheet's
 * reviewer left blank means the leader reviews). Others may hold the power (canReviewSheet); the
 * work waits on this unit.
 */
export function reviewerUnitOf(year: Pick<YearContext, "leaderUnitId">, sheet: Pick<SheetRef, "reviewerUnitId">): string | null {
  return sheet.reviewerUnitId ?? year.leaderUnitId;
}

/** Marking a sheet's review finished: whoever reviews it (leader or assigned unit), or board staff who appraise it. */
export function canFinishReview(session: AppSession, year: YearContext, sheet: SheetRef) {
  return canReviewSheet(session, year, sheet) || canAppraiseSheet(session, year, sheet);
}

/** Appraising this year's sheets at all: board staff of the bloc (never a sheet of one's own unit: canAppraiseSheet). */
export function canAppraiseIn(session: AppSession, year: YearContext) {
  return canInYear(session, "score.appraise", year);
}

/** Appraisal on top of the review: board staff. */
export function canAppraiseSheet(session: AppSession, year: YearContext, sheet: SheetRef) {
  return session.unitId !== sheet.unitId && canAppraiseIn(session, year);
}

/** Assigning reviewing units: the leader or the board. */
export function canAssignReviewers(session: AppSession, year: YearContext) {
  return canInYear(session, "score.review", year) || canInYear(session, "score.appraise", year);
}

/** Every member's sheet: board, council, the leader unit. */
export function canViewAllSheets(session: AppSession, year: YearContext) {
  return canInYear(session, "score.viewAll", year);
}

/**
 * One sheet: whoever sees all, the unit itself, and its assigned reviewer. The other members
 * see it only once the ranking is approved (signed off and approved by the board: rule 2).
 */
export function canViewSheet(session: AppSession, year: YearContext, sheet: SheetRef, rankingApproved: boolean) {
  if (canViewAllSheets(session, year)) return true;
  const own = ownUnitOf(session);
  if (!own) return false;
  if (own === sheet.unitId) return year.memberUnitIds.includes(sheet.unitId);
  if (memberSeesApproved(session, year, rankingApproved) && year.memberUnitIds.includes(sheet.unitId)) return true;
  return canReviewSheet(session, year, sheet);
}

/**
 * Loading units' self-scores from a workbook (lib/imports/score-import.ts): board staff of the
 * bloc, who run its round, and administrators. Never a unit officer, the leader's included: a
 * unit does not write other units' self-scores.
 */
export function canImportScores(session: AppSession, year: YearContext) {
  return canInYear(session, "score.import", year);
}

/** The import page, its template and its upload: whoever may import into at least one bloc. */
export function canOpenScoreImport(session: AppSession) {
  if (!hasPermission(session.role, "score.import")) return false;
  return reachOf(session) === "all" || session.assignedBlocIds.length > 0;
}

/** The scoring page of a year: running the round, assigning reviewers, and the caller's own member unit's sheet. */
export function scoringCan(session: AppSession, year: YearContext) {
  return { manageRound: canManageRound(session, year), assign: canAssignReviewers(session, year), ownUnit: ownMemberUnitOf(session, year) };
}

export type ScoringCan = ReturnType<typeof scoringCan>;
