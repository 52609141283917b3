import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { DomainError, NotFoundError } from "@/lib/errors";
import { deleteAttachment, storeAttachment } from "@/lib/attachments/service";
import { openRound } from "@/lib/reports/service";

// A unit's report file (lib/reports): stored as an attachment ("report", the report's id), added
// while the report is a draft of an open round, so nothing changes under the leader's eyes once it
// is submitted. A new file replaces the one before. Its own domain: attachments asks the reports'
// policy who may download the file, so lib/reports itself cannot import attachments.

/** Stores the draft's file (checks and quota of lib/attachments), then removes the one it replaces. */
export async function attachReportFile(actor: AppSession, reportId: string, unitId: string, file: { name: string; bytes: Uint8Array }) {
  const report = await db.unitReport.findFirst({ where: { id: reportId, unitId }, select: { roundId: true, round: { select: { blocYearId: true } } } });
  if (!report) throw new NotFoundError();
  const old = await db.attachment.findMany({ where: { ownerType: "report", ownerId: reportId }, select: { id: true } });
  const stored = await storeAttachment(actor, { type: "report", id: reportId, blocYearId: report.round.blocYearId }, file, async (tx) => {
    await openRound(tx, report.roundId);
    const now = await tx.unitReport.findUnique({ where: { id: reportId }, select: { status: true } });
    if (now?.status !== "DRAFT") throw new DomainError("reports.errors.alreadySubmitted");
  });
  for (const { id } of old) await deleteAttachment(actor, id);
  return stored;
}
