import { z } from "zod";
import { isFutureDay } from "@/lib/format/vi";
import { DOCUMENT_KINDS } from "@/lib/documents/kinds";
import { id, optionalDate } from "@/lib/validation/fields";

// The date field's yyyy-MM-dd, or blank to go back to the act's own date. Stored as a calendar day
// (UTC midnight of the Vietnam day), like every @db.Date.
const documentDay = () => optionalDate().refine((d) => d === null || !isFutureDay(d, new Date()), "validation.dateInFuture");

export const setDocumentDateSchema = z.object({
  kind: z.enum(DOCUMENT_KINDS, "validation.invalidChoice"),
  subjectId: id(),
  date: documentDay(),
});

export type SetDocumentDateInput = z.infer<typeof setDocumentDateSchema>;
