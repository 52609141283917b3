import "server-only";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { visibleBlocsWhere } from "@/lib/blocs/policy";
import { SIGNED_COPY, type OwnerType } from "@/lib/attachments/schemas";
import { loadYearContext } from "@/lib/blocs/year-context";
import { rankingApproved } from "@/lib/blocs/year-lock";
import { canViewSheet } from "@/lib/scoring/policy";
import { canReadUnitReport } from "@/lib/reports/policy";

/** The files of a conference or activity, for a caller who may see its bloc. */
export async function listAttachments(session: AppSession, ownerType: OwnerType, ownerId: string) {
  return db.attachment.findMany({
    where: { ownerType, ownerId, blocYear: { bloc: visibleBlocsWhere(session) } },
    orderBy: { createdAt: "asc" },
    select: { id: true, fileName: true, mimeType: true, size: true, createdAt: true, uploadedBy: { select: { name: true } } },
  });
}

/** A file the caller may download, or null: missing and forbidden look the same. */
export async function findDownloadableAttachment(session: AppSession, id: string) {
  const file = await db.attachment.findFirst({
    // A signed copy is as visible as its document, which seeing the bloc does not settle: its own route serves it.
    where: { id, blocYear: { bloc: visibleBlocsWhere(session) }, ownerType: { not: SIGNED_COPY } },
    select: {
      id: true,
      fileName: true,
      storedName: true,
      mimeType: true,
      size: true,
      sheetId: true,
      blocYearId: true,
      ownerType: true,
      ownerId: true,
      explanation: { select: { sheetId: true } },
    },
  });
  if (!file) return null;
  // A unit's periodic report is its own until submitted (rule 2), like the report's text.
  if (file.ownerType === "report" && !(await mayReadReport(session, file.ownerId, file.blocYearId))) return null;
  // Evidence, of a leaf or of an answer to review, belongs to one unit's sheet: seeing the bloc is not enough (rule 2).
  const sheetId = file.sheetId ?? file.explanation?.sheetId ?? null;
  if (sheetId !== null && !(await mayReadEvidence(session, sheetId, file.blocYearId))) return null;
  return { id: file.id, fileName: file.fileName, storedName: file.storedName, mimeType: file.mimeType, size: file.size };
}

async function mayReadEvidence(session: AppSession, sheetId: string, blocYearId: string) {
  const sheet = await db.scoreSheet.findFirst({ where: { id: sheetId, blocYearId }, select: { unitId: true, reviewerUnitId: true } });
  return !!sheet && canViewSheet(session, await loadYearContext(blocYearId), sheet, await rankingApproved(db, blocYearId));
}

async function mayReadReport(session: AppSession, reportId: string | null, blocYearId: string) {
  const report = reportId ? await db.unitReport.findUnique({ where: { id: reportId }, select: { unitId: true, status: true } }) : null;
  return !!report && canReadUnitReport(session, await loadYearContext(blocYearId), report);
}
