// Evidence files on a unit's sheet, one leaf at a time: stored as attachments (lib/attachments),
// taken only while the sheet takes self-scores. The sheet is checked inside the transaction that
// writes the file's row, holding the year and the sheet (lib/scoring/sheet-lock.ts): a file never
// lands on a sheet that a sign-off locked or a submit took meanwhile, and a sign-off or a submit
// counts the files as they are.
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import type { Owner } from "@/lib/attachments/owners";
import { EVIDENCE } from "@/lib/attachments/schemas";
import * as attachments from "@/lib/attachments/service";
import { NotFoundError } from "@/lib/errors";
import { assertTakesEvidence } from "@/lib/scoring/sheet-checks";
import { refusingLocked, shareSheet } from "@/lib/scoring/sheet-lock";

type Sheet = { id: string; blocYearId: string };

const takesEvidence = (sheet: Sheet, now: Date) => async (tx: Parameters<attachments.OwnerCheck>[0]) =>
  assertTakesEvidence(tx, await shareSheet(tx, sheet.id, sheet.blocYearId), now);

/** A file for the leaf `code` of the sheet; a refusal because the sheet is locked is logged. */
export async function uploadEvidence(actor: AppSession, sheet: Sheet, code: string, file: { name: string; bytes: Uint8Array }, now = new Date()) {
  const node = await db.criterionNode.findFirst({ where: { code, kind: { not: null }, set: { blocYearId: sheet.blocYearId } }, select: { id: true } });
  if (!node) throw new NotFoundError();
  attachments.assertSize(file.bytes.byteLength);
  const owner: Owner = { type: EVIDENCE, sheetId: sheet.id, nodeId: node.id, blocYearId: sheet.blocYearId };
  return refusingLocked(actor, "evidence.upload", { sheetId: sheet.id }, async () => {
    // Refused before the file is written when it would be; checked again where it counts.
    await db.$transaction(takesEvidence(sheet, now));
    return attachments.storeAttachment(actor, owner, file, takesEvidence(sheet, now));
  });
}

/** Removes one of the sheet's files (the caller found `attachmentId` on this sheet); a refusal because it is locked is logged. */
export async function deleteEvidence(actor: AppSession, sheet: Sheet, attachmentId: string, now = new Date()) {
  return refusingLocked(actor, "evidence.delete", { sheetId: sheet.id }, () => attachments.deleteAttachment(actor, attachmentId, takesEvidence(sheet, now)));
}
