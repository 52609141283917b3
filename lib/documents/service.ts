import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { writeAudit } from "@/lib/audit/write";
import { isIssued } from "@/lib/documents/act-date";
import type { SetDocumentDateInput, TakeDocumentNumberInput } from "@/lib/documents/schemas";
import { takeNumber } from "@/lib/documents/numbering";
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

/**
 * Gives the document its number in its issuer's register: the next one, or the one typed. Once the
 * document is issued its number stays as it is.
 */
export async function takeDocumentNumber(actor: AppSession, { kind, subjectId, number }: TakeDocumentNumberInput) {
  return db.$transaction(async (tx) => {
    await holdDocumentSubject(tx, kind, subjectId);
    const subject = await loadDocumentSubject(kind, subjectId, tx);
    const before = await tx.documentNumber.findUnique({ where: { kind_subjectId: { kind, subjectId } } });
    if (before && isIssued(subject.issue, subject.yearClosed)) throw new DomainError("documents.errors.numberFixed");
    const typed = number === null ? null : Number(number);
    if (typed !== null && typed < 1) throw new DomainError("documents.errors.numberFormat");
    const taken = await takeNumber(tx, kind, subjectId, typed, actor.userId);
    const after = await tx.documentNumber.findUniqueOrThrow({ where: { kind_subjectId: { kind, subjectId } } });
    await writeAudit(tx, actor, { action: "document.number.take", entityType: "DocumentNumber", entityId: after.id, before, after });
    return { number: taken };
  });
}
