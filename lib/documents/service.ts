import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { writeAudit } from "@/lib/audit/write";
import { isIssued } from "@/lib/documents/act-date";
import type { SetDocumentDateInput } from "@/lib/documents/schemas";
import { holdDocumentSubject, loadDocumentSubject } from "@/lib/documents/subjects";
import { DomainError } from "@/lib/errors";

/**
 * Sets (or, with null, clears) the date a document carries. Refused once the document is issued:
 * its subject locked (a signed pledge, an approved ranking, a submitted proposal) or its year closed.
 */
export async function setDocumentDate(actor: AppSession, { kind, subjectId, date }: SetDocumentDateInput) {
  return db.$transaction(async (tx) => {
    await holdDocumentSubject(tx, kind, subjectId);
    const subject = await loadDocumentSubject(kind, subjectId, tx);
    if (isIssued(subject.issue, subject.yearClosed)) throw new DomainError("documents.errors.issued");
    const key = { kind_subjectId: { kind, subjectId } };
    const before = await tx.documentDate.findUnique({ where: key });
    if (date === null) {
      if (before) await tx.documentDate.delete({ where: key });
      await writeAudit(tx, actor, {
        action: "document.date.clear",
        entityType: "DocumentDate",
        entityId: before?.id ?? null,
        before,
        after: { kind, subjectId },
      });
      return { date: null };
    }
    const data = { date, setById: actor.userId, setAt: new Date() };
    const after = await tx.documentDate.upsert({ where: key, update: data, create: { ...data, kind, subjectId, blocYearId: subject.year.id } });
    await writeAudit(tx, actor, { action: "document.date.set", entityType: "DocumentDate", entityId: after.id, before, after });
    return { date: after.date };
  });
}
