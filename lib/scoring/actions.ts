"use server";

import { revalidatePath } from "next/cache";
import { action, preparedAction } from "@/lib/actions/action";
import { authorize } from "@/lib/errors";
import { loadYearContext } from "@/lib/blocs/year-context";
import {
  canAppraiseSheet,
  canAssignReviewers,
  canFinishReview,
  canEditSelf,
  canManageRound,
  canReturnSheet,
  canReviewSheet,
  canSubmitSheet,
} from "@/lib/scoring/policy";
import {
  assignReviewerSchema,
  balancedReviewSchema,
  extensionSchema,
  finishReviewSchema,
  layerSchema,
  returnSchema,
  roundSchema,
  saveSelfSchema,
  submitSchema,
} from "@/lib/scoring/schemas";
import * as service from "@/lib/scoring/service";
import { confirmBalancedReview } from "@/lib/scoring/review-assignment";
import { finishReview } from "@/lib/scoring/review-finish";
import { loadSelfSaveContext, loadSheetAndYear } from "@/lib/scoring/sheet-data";

function revalidate(year: { blocId: string; year: number }) {
  revalidatePath(`/blocs/${year.blocId}/years/${year.year}`, "layout");
}

export const setRoundAction = action(roundSchema, async ({ blocYearId, ...input }, session) => {
  const year = await loadYearContext(blocYearId);
  authorize(canManageRound(session, year));
  const result = await service.setRound(session, blocYearId, input);
  revalidate(year);
  return result;
});

export const addExtensionAction = action(extensionSchema, async ({ blocYearId, ...input }, session) => {
  const year = await loadYearContext(blocYearId);
  authorize(canManageRound(session, year));
  const result = await service.addExtension(session, blocYearId, input);
  revalidate(year);
  return result;
});

// What the save checks is read while the session is (preparedAction): an officer saves often.
export const saveSelfAction = preparedAction(
  saveSelfSchema,
  ({ blocYearId, entries }) =>
    loadSelfSaveContext(
      blocYearId,
      entries.map((e) => e.code),
    ),
  async ({ unitId, version, entries }, session, context) => {
    authorize(canEditSelf(session, context.year, unitId));
    // No revalidate: the grid already shows what was saved and takes the new version from the
    // result (components/scoring/sheet-grid.tsx), so the answer is a few bytes, not the page again.
    return service.saveSelf(session, context, unitId, version, entries);
  },
);

export const submitSheetAction = action(submitSchema, async ({ sheetId, version, headApprovedBy }, session) => {
  const { sheet, year } = await loadSheetAndYear(sheetId);
  authorize(canSubmitSheet(session, year, sheet.unitId));
  const result = await service.submitSheet(session, sheetId, version, headApprovedBy);
  revalidate(year);
  return result;
});

export const returnSheetAction = action(returnSchema, async ({ sheetId, version, reason, resubmitBy }, session) => {
  const { sheet, year } = await loadSheetAndYear(sheetId);
  authorize(canReturnSheet(session, year, sheet));
  const result = await service.returnSheet(session, sheetId, version, reason, resubmitBy ?? null);
  revalidate(year);
  return result;
});

export const saveLayerAction = action(layerSchema, async ({ sheetId, version, layer, entries }, session) => {
  const { sheet, year } = await loadSheetAndYear(sheetId);
  authorize(layer === "REVIEWED" ? canReviewSheet(session, year, sheet) : canAppraiseSheet(session, year, sheet));
  // The grid refreshes the page itself when the layers comparison beside it must change.
  return service.saveLayer(session, sheetId, version, layer, entries);
});

/** The reviewer (or the board) says the sheet's review is finished: the unit is told (lib/scoring/review-finish.ts). */
export const finishReviewAction = action(finishReviewSchema, async ({ sheetId, version }, session) => {
  const { sheet, year } = await loadSheetAndYear(sheetId);
  authorize(canFinishReview(session, year, sheet));
  const result = await finishReview(session, sheetId, version);
  revalidate(year);
  return result;
});

export const assignReviewerAction = action(assignReviewerSchema, async ({ blocYearId, unitId, reviewerUnitId }, session) => {
  const year = await loadYearContext(blocYearId);
  authorize(canAssignReviewers(session, year));
  const result = await service.assignReviewer(session, blocYearId, unitId, reviewerUnitId);
  revalidate(year);
  return result;
});

/** The balanced cross-review proposal, confirmed as a whole; each reviewer may then be changed one by one (assignReviewerAction). */
export const confirmBalancedReviewAction = action(balancedReviewSchema, async ({ blocYearId }, session) => {
  const year = await loadYearContext(blocYearId);
  authorize(canAssignReviewers(session, year));
  const result = await confirmBalancedReview(session, blocYearId);
  revalidate(year);
  return result;
});
