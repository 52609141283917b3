import "server-only";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { isIssued } from "@/lib/documents/act-date";
import type { DocumentKind } from "@/lib/documents/kinds";
import { canSetDocumentDate } from "@/lib/documents/policy";
import { loadDocumentSubject } from "@/lib/documents/subjects";
import { NotFoundError } from "@/lib/errors";

/** The date set by hand on one document, for a caller who may set it; null for anyone else. */
export async function documentDateFor(session: AppSession, kind: DocumentKind, subjectId: string) {
  const subject = await loadDocumentSubject(kind, subjectId).catch((e: unknown) => {
    if (e instanceof NotFoundError) return null;
    throw e;
  });
  if (!subject || !canSetDocumentDate(session, kind, subject.year)) return null;
  const [row, number] = await Promise.all([
    db.documentDate.findUnique({ where: { kind_subjectId: { kind, subjectId } }, select: { date: true } }),
    db.documentNumber.findUnique({ where: { kind_subjectId: { kind, subjectId } }, select: { number: true } }),
  ]);
  return { date: row?.date ?? null, number: number?.number ?? null, issued: isIssued(subject.issue, subject.yearClosed) };
}
