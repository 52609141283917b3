"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { formAction } from "@/lib/actions/form-action";
import { authorize } from "@/lib/errors";
import type { AppSession } from "@/lib/auth/session-types";
import { assertSize } from "@/lib/attachments/service";
import { loadDocumentSubject } from "@/lib/documents/subjects";
import { throttleAction } from "@/lib/limits/throttle";
import { canFileSignedCopy } from "@/lib/signed-copies/policy";
import { removeSignedCopySchema, uploadSignedCopySchema, type SignedCopyRef } from "@/lib/signed-copies/schemas";
import * as service from "@/lib/signed-copies/service";

// The document's year is read on the server from its kind and id: the browser's ids prove nothing.
async function authorizeDocument(session: AppSession, ref: SignedCopyRef) {
  const { year } = await loadDocumentSubject(ref.kind, ref.subjectId);
  authorize(canFileSignedCopy(session, ref.kind, year));
  return year;
}

const refresh = (blocId: string, year: number) => revalidatePath(`/blocs/${blocId}/years/${year}`, "layout");

export const uploadSignedCopyAction = formAction(uploadSignedCopySchema, async ({ file, ...ref }, session) => {
  await throttleAction("uploads", session.userId);
  const year = await authorizeDocument(session, ref);
  // Refuse before reading the bytes; the service checks again on what it stores.
  assertSize(file.size);
  const result = await service.uploadSignedCopy(session, ref, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  refresh(year.blocId, year.year);
  return result;
});

export const removeSignedCopyAction = action(removeSignedCopySchema, async (ref, session) => {
  const year = await authorizeDocument(session, ref);
  const result = await service.removeSignedCopy(session, ref);
  refresh(year.blocId, year.year);
  return result;
});
