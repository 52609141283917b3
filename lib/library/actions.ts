"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { formAction } from "@/lib/actions/form-action";
import { db } from "@/lib/db";
import { authorize, NotFoundError } from "@/lib/errors";
import type { AppSession } from "@/lib/auth/session-types";
import { loadYearContext } from "@/lib/blocs/year-context";
import { assertSize } from "@/lib/attachments/service";
import { throttleAction } from "@/lib/limits/throttle";
import { canManageLibrary } from "@/lib/library/policy";
import { createDocumentSchema, documentFileSchema, documentIdSchema, updateDocumentSchema } from "@/lib/library/schemas";
import * as service from "@/lib/library/service";

// A document's year is read on the server from its id: the browser's ids prove nothing.
async function authorizeYear(session: AppSession, blocYearId: string) {
  const year = await loadYearContext(blocYearId);
  authorize(canManageLibrary(session, year));
  return year;
}

async function yearOfDocument(documentId: string) {
  const row = await db.libraryDocument.findUnique({ where: { id: documentId }, select: { blocYearId: true } });
  if (!row) throw new NotFoundError();
  return row.blocYearId;
}

const refresh = (blocId: string) => revalidatePath(`/blocs/${blocId}`, "layout");

export const createDocumentAction = action(createDocumentSchema, async ({ blocYearId, ...input }, session) => {
  const year = await authorizeYear(session, blocYearId);
  const result = await service.createDocument(session, blocYearId, input);
  refresh(year.blocId);
  return result;
});

export const updateDocumentAction = action(updateDocumentSchema, async ({ documentId, ...input }, session) => {
  const year = await authorizeYear(session, await yearOfDocument(documentId));
  const result = await service.updateDocument(session, documentId, input);
  refresh(year.blocId);
  return result;
});

export const deleteDocumentAction = action(documentIdSchema, async ({ documentId }, session) => {
  const year = await authorizeYear(session, await yearOfDocument(documentId));
  const result = await service.deleteDocument(session, documentId);
  refresh(year.blocId);
  return result;
});

export const uploadDocumentFileAction = formAction(documentFileSchema, async ({ ownerId, file }, session) => {
  await throttleAction("uploads", session.userId);
  const year = await authorizeYear(session, await yearOfDocument(ownerId));
  // Refuse before reading the bytes; the service checks again on what it stores.
  assertSize(file.size);
  const result = await service.attachDocumentFile(session, ownerId, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  refresh(year.blocId);
  return result;
});
