// Filing a document's signed copy: checked (type, size, every digital signature), then stored
// with lib/attachments, its record and audit entry in the file row's transaction. A copy that
// fails verification is refused with the reason and changes nothing; a new copy replaces the old.
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/audit/write";
import { DomainError, NotFoundError } from "@/lib/errors";
import { SIGNED_COPY } from "@/lib/attachments/schemas";
import { detectFileType } from "@/lib/attachments/file-types";
import { assertSize, removeStoredFiles, storeAttachment } from "@/lib/attachments/service";
import { loadDocumentSubject } from "@/lib/documents/subjects";
import { formatDateTime } from "@/lib/format/vi";
import { SIGNED_COPY_EXTENSIONS, type SignedCopyRef } from "@/lib/signed-copies/schemas";
import { trustAnchors } from "@/lib/signed-copies/trust";
import { verifySignedCopy, type Verification } from "@/lib/signed-copies/verify";

const key = (ref: SignedCopyRef) => ({ kind_subjectId: { kind: ref.kind, subjectId: ref.subjectId } });

/** Why a PDF is refused, as a message key with the signer's name where one was read. */
function refuse(verification: Verification): never {
  const revoked = verification.signatures.find((s) => s.revocation?.status === "revoked");
  if (verification.verdict === "REVOKED" && revoked) {
    const at = revoked.revocation?.revokedAt;
    throw new DomainError("signedCopies.errors.REVOKED", { signer: revoked.commonName ?? "?", time: at ? formatDateTime(at) : "?" });
  }
  const signer = verification.signatures.find((s) => s.commonName && s.kind !== "timestamp")?.commonName ?? "?";
  // An appended update that changes what a reader sees: say which kind of change. Bytes that are
  // no update at all get the plain MODIFIED message: the file is simply not what was signed.
  if (verification.change && verification.change !== "unreadable") throw new DomainError(`signedCopies.errors.changed.${verification.change}`, { signer });
  throw new DomainError(`signedCopies.errors.${verification.verdict}`, { signer });
}

export async function uploadSignedCopy(actor: AppSession, ref: SignedCopyRef, file: { name: string; bytes: Uint8Array }) {
  assertSize(file.bytes.byteLength);
  const subject = await loadDocumentSubject(ref.kind, ref.subjectId);
  const type = detectFileType(file.name, file.bytes);
  if (!type || !(SIGNED_COPY_EXTENSIONS as readonly string[]).includes(type.ext)) throw new DomainError("signedCopies.errors.type");
  const verification = await verifySignedCopy(file.bytes, trustAnchors());
  if (verification.verdict !== "SCAN" && verification.verdict !== "VALID") refuse(verification);
  let replaced: string | null = null;
  const owner = { type: SIGNED_COPY, id: `${ref.kind}:${ref.subjectId}`, blocYearId: subject.year.id } as const;
  await storeAttachment(actor, owner, file, undefined, async (tx, attachmentId) => {
    const before = await tx.signedCopy.findUnique({ where: key(ref), include: { attachment: { select: { storedName: true, fileName: true } } } });
    // The old file's row goes, and its record with it (ON DELETE CASCADE); its bytes after commit.
    if (before) await tx.attachment.delete({ where: { id: before.attachmentId } });
    replaced = before?.attachment.storedName ?? null;
    const after = await tx.signedCopy.create({
      data: {
        blocYearId: subject.year.id,
        kind: ref.kind,
        subjectId: ref.subjectId,
        attachmentId,
        verdict: verification.verdict,
        signatures: verification.signatures as unknown as Prisma.InputJsonValue,
        uploadedById: actor.userId,
      },
    });
    await writeAudit(tx, actor, { action: before ? "signedCopy.replace" : "signedCopy.upload", entityType: "SignedCopy", entityId: after.id, before, after });
  });
  if (replaced) await removeStoredFiles([replaced]);
  return { verdict: verification.verdict, signatures: verification.signatures.length };
}

/** Removes the signed copy (a wrong file): the document is no longer marked signed. */
export async function removeSignedCopy(actor: AppSession, ref: SignedCopyRef) {
  const storedName = await db.$transaction(async (tx) => {
    const before = await tx.signedCopy.findUnique({ where: key(ref), include: { attachment: { select: { storedName: true, fileName: true } } } });
    if (!before) throw new NotFoundError();
    await tx.attachment.delete({ where: { id: before.attachmentId } });
    await writeAudit(tx, actor, { action: "signedCopy.remove", entityType: "SignedCopy", entityId: before.id, before });
    return before.attachment.storedName;
  });
  await removeStoredFiles([storedName]);
  return { removed: true };
}
