"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { authorize } from "@/lib/errors";
import { canSetDocumentDate } from "@/lib/documents/policy";
import { setDocumentDateSchema, takeDocumentNumberSchema } from "@/lib/documents/schemas";
import * as service from "@/lib/documents/service";
import { loadDocumentSubject } from "@/lib/documents/subjects";

export const setDocumentDateAction = action(setDocumentDateSchema, async (input, session) => {
  const { year } = await loadDocumentSubject(input.kind, input.subjectId);
  authorize(canSetDocumentDate(session, input.kind, year));
  const result = await service.setDocumentDate(session, input);
  revalidatePath(`/blocs/${year.blocId}/years/${year.year}`, "layout");
  return result;
});

/** The document's number in its issuer's register (numbering.ts), by whoever prepares it. */
export const takeDocumentNumberAction = action(takeDocumentNumberSchema, async (input, session) => {
  const { year } = await loadDocumentSubject(input.kind, input.subjectId);
  authorize(canSetDocumentDate(session, input.kind, year));
  const result = await service.takeDocumentNumber(session, input);
  revalidatePath(`/blocs/${year.blocId}/years/${year.year}`, "layout");
  return result;
});
