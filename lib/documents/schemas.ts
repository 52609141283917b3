import { z } from "zod";
import { isFutureDay } from "@/lib/format/vi";
import { DOCUMENT_KINDS } from "@/lib/documents/kinds";
import { id, optionalDate, optionalText } from "@/lib/validation/fields";

// The date field's yyyy-MM-dd, or blank to go back to the act's own date. Stored as a calendar day
// (UTC midnight of the Vietnam day), like every @db.Date.
const documentDay = () => optionalDate().refine((d) => d === null || !isFutureDay(d, new Date()), "validation.dateInFuture");

export const setDocumentDateSchema = z.object({
  kind: z.enum(DOCUMENT_KINDS, "validation.invalidChoice"),
  subjectId: id(),
  date: documentDay(),
});

export type SetDocumentDateInput = z.infer<typeof setDocumentDateSchema>;

/** The kinds numbered in a bloc's register (numbering.ts); the others carry the number their issuer gives. */
export const NUMBERED_KINDS = ["pledge", "minutes", "plan", "review-minutes", "award-submission"] as const;

// Blank: the next number in the register; otherwise the number the clerk typed ("5", "05").
export const takeDocumentNumberSchema = z.object({
  kind: z.enum(NUMBERED_KINDS, "validation.invalidChoice"),
  subjectId: id(),
  number: optionalText(6).refine((v) => v === null || /^\d{1,6}$/.test(v), "validation.number.wholeNumber"),
});

export type TakeDocumentNumberInput = z.infer<typeof takeDocumentNumberSchema>;
