"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { formAction } from "@/lib/actions/form-action";
import { db } from "@/lib/db";
import { authorize, NotFoundError } from "@/lib/errors";
import { loadYearContext } from "@/lib/blocs/year-context";
import { canManageAttachments } from "@/lib/attachments/policy";
import { ownerOf } from "@/lib/attachments/owners";
import { attachmentIdSchema, OWNER_TYPES, uploadSchema, type OwnerType } from "@/lib/attachments/schemas";
import * as service from "@/lib/attachments/service";
import { throttleAction } from "@/lib/limits/throttle";

export const uploadAttachmentAction = formAction(uploadSchema, async ({ ownerType, ownerId, file }, session) => {
  await throttleAction("uploads", session.userId);
  const owner = await ownerOf(ownerType, ownerId);
  const year = await loadYearContext(owner.blocYearId);
  authorize(canManageAttachments(session, ownerType, year));
  // Refuse before reading the bytes; the service checks again on what it stores.
  service.assertSize(file.size);
  const result = await service.storeAttachment(session, owner, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  revalidatePath(`/blocs/${year.blocId}/years/${year.year}`, "layout");
  return result;
});

export const deleteAttachmentAction = action(attachmentIdSchema, async ({ attachmentId }, session) => {
  const row = await db.attachment.findUnique({ where: { id: attachmentId }, select: { ownerType: true, blocYearId: true } });
  if (!row || !OWNER_TYPES.includes(row.ownerType as OwnerType)) throw new NotFoundError();
  const year = await loadYearContext(row.blocYearId);
  authorize(canManageAttachments(session, row.ownerType as OwnerType, year));
  const result = await service.deleteAttachment(session, attachmentId);
  revalidatePath(`/blocs/${year.blocId}/years/${year.year}`, "layout");
  return result;
});
