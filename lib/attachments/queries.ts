import "server-only";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { visibleBlocsWhere } from "@/lib/blocs/policy";
import type { OwnerType } from "@/lib/attachments/schemas";

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
  return db.attachment.findFirst({
    where: { id, blocYear: { bloc: visibleBlocsWhere(session) } },
    select: { id: true, fileName: true, storedName: true, mimeType: true, size: true },
  });
}
