"use server";

import { revalidatePath } from "next/cache";
import { action, preparedAction } from "@/lib/actions/action";
import { formAction } from "@/lib/actions/form-action";
import { db } from "@/lib/db";
import { authorize, NotFoundError } from "@/lib/errors";
import { loadYearContext } from "@/lib/blocs/year-context";
import * as attachments from "@/lib/attachments/service";
import { throttleAction } from "@/lib/limits/throttle";
import { canAppraiseSheet, canAssignReviewers, canEditSelf, canManageRound, canReturnSheet, canReviewSheet, canSubmitSheet } from "@/lib/scoring/policy";
import {
  assignReviewerSchema,
  evidenceDeleteSchema,
  evidenceUploadSchema,
  extensionSchema,
  layerSchema,
  returnSchema,
  roundSchema,
  saveSelfSchema,
  submitSchema,
} from "@/lib/scoring/schemas";
import * as evidence from "@/lib/scoring/evidence-service";
import * as service from "@/lib/scoring/service";
import { EVIDENCE, loadSelfSaveContext } from "@/lib/scoring/sheet-data";

// The sheet and its year, looked up on the server: the browser's ids prove nothing.
async function sheetAndYear(sheetId: string) {
  const sheet = await db.scoreSheet.findUnique({
    where: { id: sheetId },
    select: { id: true, blocYearId: true, unitId: true, reviewerUnitId: true, status: true, resubmitBy: true, lockedAt: true },
  });
  if (!sheet) throw new NotFoundError();
  return { sheet, year: await loadYearContext(sheet.blocYearId) };
}

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
  const { sheet, year } = await sheetAndYear(sheetId);
  authorize(canSubmitSheet(session, year, sheet.unitId));
  const result = await service.submitSheet(session, sheetId, version, headApprovedBy);
  revalidate(year);
  return result;
});

export const returnSheetAction = action(returnSchema, async ({ sheetId, version, reason, resubmitBy }, session) => {
  const { sheet, year } = await sheetAndYear(sheetId);
  authorize(canReturnSheet(session, year, sheet));
  const result = await service.returnSheet(session, sheetId, version, reason, resubmitBy ?? null);
  revalidate(year);
  return result;
});

export const saveLayerAction = action(layerSchema, async ({ sheetId, version, layer, entries }, session) => {
  const { sheet, year } = await sheetAndYear(sheetId);
  authorize(layer === "REVIEWED" ? canReviewSheet(session, year, sheet) : canAppraiseSheet(session, year, sheet));
  // The grid refreshes the page itself when the layers comparison beside it must change.
  return service.saveLayer(session, sheetId, version, layer, entries);
});

export const assignReviewerAction = action(assignReviewerSchema, async ({ blocYearId, unitId, reviewerUnitId }, session) => {
  const year = await loadYearContext(blocYearId);
  authorize(canAssignReviewers(session, year));
  const result = await service.assignReviewer(session, blocYearId, unitId, reviewerUnitId);
  revalidate(year);
  return result;
});

export const uploadEvidenceAction = formAction(evidenceUploadSchema, async ({ sheetId, code, file }, session) => {
  await throttleAction("uploads", session.userId);
  const { sheet, year } = await sheetAndYear(sheetId);
  authorize(canEditSelf(session, year, sheet.unitId));
  // Refuse before reading the bytes; the service checks again on what it stores.
  attachments.assertSize(file.size);
  const result = await evidence.uploadEvidence(session, sheet, code, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  revalidate(year);
  return result;
});

export const deleteEvidenceAction = action(evidenceDeleteSchema, async ({ attachmentId }, session) => {
  const row = await db.attachment.findUnique({ where: { id: attachmentId }, select: { ownerType: true, ownerId: true } });
  if (!row || row.ownerType !== EVIDENCE) throw new NotFoundError();
  const { sheet, year } = await sheetAndYear(row.ownerId.split(":")[0]);
  authorize(canEditSelf(session, year, sheet.unitId));
  const result = await evidence.deleteEvidence(session, sheet, attachmentId);
  revalidate(year);
  return result;
});
