import { db, type Tx } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { writeAudit } from "@/lib/audit/write";
import { DomainError, NotFoundError } from "@/lib/errors";
import { cleanFileName, detectFileType, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_MB } from "@/lib/attachments/file-types";
import { deleteStoredFile, newStoredName, storesInDatabase, writeStoredFile } from "@/lib/attachments/storage";
import { writeChunks } from "@/lib/attachments/database-store";
import { ownerColumns, type Owner } from "@/lib/attachments/owners";
import type { DocumentOwnerType, OwnerType } from "@/lib/attachments/schemas";
import { assertQuota, quotaHolder } from "@/lib/attachments/quota";
import { log } from "@/lib/log/logger";

export function assertSize(size: number) {
  if (size > MAX_ATTACHMENT_BYTES) throw new DomainError("attachments.errors.tooLarge", { max: MAX_ATTACHMENT_MB });
  if (size === 0) throw new DomainError("attachments.errors.empty");
}

/**
 * What an owner checks first inside the transaction that writes the file's row, so that nothing
 * it checked (a sheet's lock, its status) can change before the row commits.
 */
export type OwnerCheck = (tx: Tx) => Promise<void>;

/** What an owner writes beside the new file's row, in the same transaction (a signed copy's record). */
export type OwnerRecord = (tx: Tx, attachmentId: string) => Promise<void>;

/**
 * Stores an uploaded file for a conference, an activity or a sheet's evidence, counted against the
 * uploader's quota (lib/attachments/quota.ts). In the database, the bytes go in the transaction of
 * the row and its audit entry: both or neither. In the folder, the file is written under a random
 * name first, then the row and its audit entry in one transaction; if that fails the file is
 * removed again, so a failure leaves neither behind. A crash between the two leaves only a file
 * without a row, which the hourly sweep removes (lib/attachments/orphans.ts); a row is never
 * without its file.
 */
export async function storeAttachment(actor: AppSession, owner: Owner, file: { name: string; bytes: Uint8Array }, check?: OwnerCheck, record?: OwnerRecord) {
  assertSize(file.bytes.byteLength);
  const fileName = cleanFileName(file.name);
  const type = detectFileType(fileName, file.bytes);
  if (!type) throw new DomainError("attachments.errors.type");
  const holder = quotaHolder(actor);
  await assertQuota(db, holder, owner.blocYearId, file.bytes.byteLength, { early: true });
  const storedName = newStoredName(type.ext);
  const inDatabase = storesInDatabase();
  if (!inDatabase) await writeStoredFile(storedName, file.bytes);
  try {
    return await db.$transaction(async (tx) => {
      await check?.(tx);
      await assertQuota(tx, holder, owner.blocYearId, file.bytes.byteLength);
      const attachment = await tx.attachment.create({
        data: {
          blocYearId: owner.blocYearId,
          ...ownerColumns(owner),
          fileName,
          storedName,
          mimeType: type.mime,
          size: file.bytes.byteLength,
          uploadedById: actor.userId,
          unitId: holder.unitId,
        },
      });
      if (inDatabase) await writeChunks(tx, storedName, file.bytes);
      await writeAudit(tx, actor, { action: "attachment.upload", entityType: "Attachment", entityId: attachment.id, after: attachment });
      await record?.(tx, attachment.id);
      return { id: attachment.id };
    });
  } catch (error) {
    if (!inDatabase) await deleteStoredFile(storedName).catch(() => {});
    throw error;
  }
}

/** Removes a file: the row (with its audit entry; in the database, its bytes) first, then a folder's file once that committed. */
export async function deleteAttachment(actor: AppSession, attachmentId: string, check?: OwnerCheck) {
  const before = await db.$transaction(async (tx) => {
    await check?.(tx);
    const row = await tx.attachment.findUnique({ where: { id: attachmentId } });
    if (!row) throw new NotFoundError();
    await tx.attachment.delete({ where: { id: attachmentId } });
    await writeAudit(tx, actor, { action: "attachment.delete", entityType: "Attachment", entityId: attachmentId, before: row });
    return row;
  });
  await removeStoredFiles([before.storedName]);
  return { id: attachmentId };
}

/** Inside the owner's delete transaction: drops the owner's file rows and says which files to remove after commit. */
export async function detachOwnerFiles(tx: Tx, ownerType: OwnerType | DocumentOwnerType, ownerId: string) {
  const rows = await tx.attachment.findMany({ where: { ownerType, ownerId }, select: { id: true, storedName: true, fileName: true } });
  await tx.attachment.deleteMany({ where: { ownerType, ownerId } });
  return rows;
}

/** Best effort: a file left behind is only wasted space, never a dangling row. */
export async function removeStoredFiles(storedNames: string[]) {
  for (const name of storedNames) {
    await deleteStoredFile(name).catch((error) => log.error({ scope: "attachments", file: name, err: error }, "could not remove a stored file"));
  }
}
