import type { AppSession } from "@/lib/auth/session-types";
import { hasPermission } from "@/lib/auth/permissions";
import { canInYear, ownMemberUnitOf, type YearContext } from "@/lib/blocs/policy";
import { canAppraiseSheet, canReviewSheet } from "@/lib/scoring/policy";

type SheetRef = { unitId: string; reviewerUnitId: string | null };

/** Opening the window in which units answer their reviewed scores: the leader unit, or board staff of the bloc. */
export function canOpenExplanations(session: AppSession, year: YearContext) {
  return canInYear(session, "explanation.window", year);
}

/** Answering a reviewed score: an officer of the sheet's own unit only. */
export function canAnswer(session: AppSession, year: YearContext, unitId: string) {
  return hasPermission(session.role, "explanation.answer") && ownMemberUnitOf(session, year) === unitId;
}

/**
 * Keeping or changing a score the unit answered: whoever may write the layer that set it — the
 * reviewer (leader or assigned unit) for a reviewed score, board staff for an appraised one.
 */
export function canDecide(session: AppSession, year: YearContext, sheet: SheetRef, layer: "reviewed" | "appraised") {
  return layer === "reviewed" ? canReviewSheet(session, year, sheet) : canAppraiseSheet(session, year, sheet);
}

/** Whether the caller decides on any layer of this sheet (the action's first check; the layer's own is canDecide). */
export function canDecideAny(session: AppSession, year: YearContext, sheet: SheetRef) {
  return canDecide(session, year, sheet, "reviewed") || canDecide(session, year, sheet, "appraised");
}
