import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { writeAudit } from "@/lib/audit/write";
import { NotFoundError } from "@/lib/errors";
import { deleteAttachment, detachOwnerFiles, removeStoredFiles, storeAttachment } from "@/lib/attachments/service";
import type { DocumentInput } from "@/lib/library/schemas";
import { searchKeyOf } from "@/lib/library/search";

const AUDIT = { entityType: "LibraryDocument" } as const;

export async function createDocument(actor: AppSession, blocYearId: string, input: DocumentInput) {
  return db.$transaction(async (tx) => {
    const doc = await tx.libraryDocument.create({ data: { blocYearId, ...input, searchKey: searchKeyOf(input) } });
    await writeAudit(tx, actor, { ...AUDIT, action: "libraryDocument.create", entityId: doc.id, after: doc });
    return { id: doc.id };
  });
}

export async function updateDocument(actor: AppSession, documentId: string, input: DocumentInput) {
  return db.$transaction(async (tx) => {
    const before = await tx.libraryDocument.findUnique({ where: { id: documentId } });
    if (!before) throw new NotFoundError();
    const after = await tx.libraryDocument.update({ where: { id: documentId }, data: { ...input, searchKey: searchKeyOf(input) } });
    await writeAudit(tx, actor, { ...AUDIT, action: "libraryDocument.update", entityId: documentId, before, after });
    return { id: documentId };
  });
}

/** Removes a document and its file; a regulation adopted by it keeps its other facts (the link is set null). */
export async function deleteDocument(actor: AppSession, documentId: string) {
  const files = await db.$transaction(async (tx) => {
    const before = await tx.libraryDocument.findUnique({ where: { id: documentId } });
    if (!before) throw new NotFoundError();
    const files = await detachOwnerFiles(tx, "library", documentId);
    await tx.libraryDocument.delete({ where: { id: documentId } });
    await writeAudit(tx, actor, { ...AUDIT, action: "libraryDocument.delete", entityId: documentId, before: { ...before, files } });
    return files;
  });
  await removeStoredFiles(files.map((f) => f.storedName));
  return { id: documentId };
}

/** Stores the document's file (quota and checks of lib/attachments), then removes the one it replaces. */
export async function attachDocumentFile(actor: AppSession, documentId: string, file: { name: string; bytes: Uint8Array }) {
  const doc = await db.libraryDocument.findUnique({ where: { id: documentId }, select: { blocYearId: true } });
  if (!doc) throw new NotFoundError();
  const old = await db.attachment.findMany({ where: { ownerType: "library", ownerId: documentId }, select: { id: true } });
  const stored = await storeAttachment(actor, { type: "library", id: documentId, blocYearId: doc.blocYearId }, file);
  for (const { id } of old) await deleteAttachment(actor, id);
  return stored;
}
