"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { formAction } from "@/lib/actions/form-action";
import { db } from "@/lib/db";
import { authorize, NotFoundError } from "@/lib/errors";
import { assertSize } from "@/lib/attachments/service";
import { throttleAction } from "@/lib/limits/throttle";
import { evidenceDeleteSchema, evidenceUploadSchema, explanationEvidenceUploadSchema } from "@/lib/evidence/schemas";
import * as explanationEvidence from "@/lib/evidence/explanation";
import { canAnswer } from "@/lib/explanations/policy";
import * as evidence from "@/lib/evidence/service";
import { canEditSelf } from "@/lib/scoring/policy";
import { loadSheetAndYear } from "@/lib/scoring/sheet-data";

function revalidate(year: { blocId: string; year: number }) {
  revalidatePath(`/blocs/${year.blocId}/years/${year.year}`, "layout");
}

export const uploadEvidenceAction = formAction(evidenceUploadSchema, async ({ sheetId, code, file }, session) => {
  await throttleAction("uploads", session.userId);
  const { sheet, year } = await loadSheetAndYear(sheetId);
  authorize(canEditSelf(session, year, sheet.unitId));
  // Refuse before reading the bytes; the service checks again on what it stores.
  assertSize(file.size);
  const result = await evidence.uploadEvidence(session, sheet, code, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  revalidate(year);
  return result;
});

export const deleteEvidenceAction = action(evidenceDeleteSchema, async ({ attachmentId }, session) => {
  const row = await db.attachment.findUnique({ where: { id: attachmentId }, select: { sheetId: true } });
  if (!row?.sheetId) throw new NotFoundError();
  const { sheet, year } = await loadSheetAndYear(row.sheetId);
  authorize(canEditSelf(session, year, sheet.unitId));
  const result = await evidence.deleteEvidence(session, sheet, attachmentId);
  revalidate(year);
  return result;
});

/** Evidence for the unit's answer to review: its own officers, as they answer (canAnswer). */
export const uploadExplanationEvidenceAction = formAction(explanationEvidenceUploadSchema, async ({ sheetId, leafCode, file }, session) => {
  await throttleAction("uploads", session.userId);
  const { sheet, year } = await loadSheetAndYear(sheetId);
  authorize(canAnswer(session, year, sheet.unitId));
  assertSize(file.size);
  const result = await explanationEvidence.uploadExplanationEvidence(session, sheet, leafCode, {
    name: file.name,
    bytes: new Uint8Array(await file.arrayBuffer()),
  });
  revalidate(year);
  return result;
});

export const deleteExplanationEvidenceAction = action(evidenceDeleteSchema, async ({ attachmentId }, session) => {
  const explanation = await explanationEvidence.explanationOfFile(attachmentId);
  const { sheet, year } = await loadSheetAndYear(explanation.sheetId);
  authorize(canAnswer(session, year, sheet.unitId));
  const result = await explanationEvidence.deleteExplanationEvidence(session, sheet, explanation.leafCode, attachmentId);
  revalidate(year);
  return result;
});
