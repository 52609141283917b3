// Evidence on a unit's answer to review (giải trình): files attached to an explanation, stored as
// attachments with the same limits, types and quota as a leaf's evidence. Taken only while the
// unit may still change its answer: the window open, the answer an explanation (not an
// acceptance) not yet decided, the year not locked. Checked inside the transaction that writes the
// file's row, holding the sheet's year as every score write does (lib/scoring/sheet-lock.ts), so a
// decision or a sign-off either sees the file or refuses it. A file goes with its answer (a
// foreign key), and is frozen with it in the ranking snapshot (lib/explanations/data.ts).
import { db, type Tx } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { EXPLANATION } from "@/lib/attachments/schemas";
import * as attachments from "@/lib/attachments/service";
import { holdSheetYear, yearLocked } from "@/lib/blocs/year-lock";
import { DomainError, NotFoundError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format/vi";
import { loadExplainWindow } from "@/lib/explanations/data";
import { explainWindowState } from "@/lib/explanations/rules";
import { lockedError, refusingLocked } from "@/lib/scoring/sheet-lock";

type Sheet = { id: string; blocYearId: string };

/** The explanation of `leafCode` on the sheet, when it still takes files; refused with the reason otherwise. */
async function openExplanation(tx: Tx, sheet: Sheet, leafCode: string, now: Date) {
  if ((await holdSheetYear(tx, sheet.id)) !== sheet.blocYearId) throw new DomainError("scoring.errors.stale");
  if (await yearLocked(tx, sheet.blocYearId)) throw lockedError();
  const window = await loadExplainWindow(tx, sheet.blocYearId);
  const state = explainWindowState(window, now);
  if (state === "none") throw new DomainError("explanations.errors.notOpen");
  if (state === "closed") throw new DomainError("explanations.errors.closed", { date: formatDateTime(window!.explainUntil) });
  const explanation = await tx.scoreExplanation.findUnique({
    where: { sheetId_leafCode: { sheetId: sheet.id, leafCode } },
    select: { id: true, accepted: true, decision: true },
  });
  if (!explanation || explanation.accepted) throw new DomainError("explanations.errors.evidenceNeedsExplanation", { leaf: leafCode });
  if (explanation.decision) throw new DomainError("explanations.errors.decided", { leaf: leafCode });
  return explanation;
}

/** A file for the unit's explanation of `leafCode`; a refusal because the year is locked is logged. */
export async function uploadExplanationEvidence(
  actor: AppSession,
  sheet: Sheet,
  leafCode: string,
  file: { name: string; bytes: Uint8Array },
  now = new Date(),
) {
  attachments.assertSize(file.bytes.byteLength);
  return refusingLocked(actor, "explanation.evidence.upload", { sheetId: sheet.id }, async () => {
    // Refused before the file is written when it would be; checked again where it counts.
    const { id } = await db.$transaction((tx) => openExplanation(tx, sheet, leafCode, now));
    const owner = { type: EXPLANATION, explanationId: id, blocYearId: sheet.blocYearId } as const;
    return attachments.storeAttachment(actor, owner, file, async (tx) => {
      if ((await openExplanation(tx, sheet, leafCode, now)).id !== id) throw new DomainError("scoring.errors.stale");
    });
  });
}

/** The explanation a file is attached to, with its sheet: what the delete action authorises against. */
export async function explanationOfFile(attachmentId: string) {
  const row = await db.attachment.findUnique({
    where: { id: attachmentId },
    select: { explanation: { select: { sheetId: true, leafCode: true } } },
  });
  if (!row?.explanation) throw new NotFoundError();
  return row.explanation;
}

/** Removes one of the explanation's files, under the same conditions as adding one. */
export async function deleteExplanationEvidence(actor: AppSession, sheet: Sheet, leafCode: string, attachmentId: string, now = new Date()) {
  return refusingLocked(actor, "explanation.evidence.delete", { sheetId: sheet.id }, () =>
    attachments.deleteAttachment(actor, attachmentId, async (tx) => {
      const { id } = await openExplanation(tx, sheet, leafCode, now);
      // The file must be this explanation's: an id from elsewhere is not found.
      if (!(await tx.attachment.findFirst({ where: { id: attachmentId, explanationId: id }, select: { id: true } }))) throw new NotFoundError();
    }),
  );
}
