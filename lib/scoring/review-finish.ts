// The reviewer's last step on a sheet: "review finished" (đã chấm xong). Reviewing is a series of
// saves; this says the reviewer has gone through the whole sheet, so the unit is told its reviewed
// scores stand and may answer them (giải trình). A leaf left unreviewed stands at its self-score
// (finalValue, lib/scoring/layers.ts): that is the reviewer agreeing, not a gap, so it does not
// refuse the finish. Once finished, the reviewed layer is changed only through a decision on the
// unit's answer (lib/explanations/service.ts); returning the sheet clears it.
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { writeAudit } from "@/lib/audit/write";
import { DomainError } from "@/lib/errors";
import { holdSheetYear } from "@/lib/blocs/year-lock";
import { claimSheet } from "@/lib/scoring/sheet-checks";
import { lockedError, refusingLocked } from "@/lib/scoring/sheet-lock";

export const reviewFinishedError = () => new DomainError("scoring.errors.reviewFinished");

/** Submitted, unlocked, not yet finished → finished, with who and when; audited ("score.review.finish", notified). */
export async function finishReview(actor: AppSession, sheetId: string, version: number, now = new Date()) {
  return refusingLocked(actor, "score.review.finish", { sheetId }, () =>
    db.$transaction(async (tx) => {
      await holdSheetYear(tx, sheetId);
      const sheet = await claimSheet(tx, { id: sheetId }, version);
      if (sheet.lockedAt) throw lockedError();
      if (sheet.status !== "SUBMITTED") throw new DomainError("scoring.errors.notSubmitted");
      if (sheet.reviewFinishedAt) throw reviewFinishedError();
      const reviewed = await tx.scoreEntry.count({ where: { sheetId, layer: "REVIEWED" } });
      const after = await tx.scoreSheet.update({ where: { id: sheetId }, data: { reviewFinishedAt: now, reviewFinishedBy: actor.name } });
      await writeAudit(tx, actor, {
        action: "score.review.finish",
        entityType: "ScoreSheet",
        entityId: sheetId,
        before: { reviewFinishedAt: null },
        after: { unitId: sheet.unitId, reviewFinishedAt: now, reviewedLeaves: reviewed },
      });
      return { id: sheetId, version: after.version };
    }),
  );
}
