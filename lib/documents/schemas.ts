import { z } from "zod";
import { isFutureDay } from "@/lib/documents/act-date";
import { DOCUMENT_KINDS } from "@/lib/documents/kinds";
import { parseVietnamDate, toDateInputValue } from "@/lib/format/vi";
import { id } from "@/lib/validation/fields";

// "dd/MM/yyyy" as typed (the calendar field to come sends the same), or blank to go back to the
// act's own date. Stored as a calendar day (UTC midnight of the Vietnam day), like every @db.Date.
const documentDay = () =>
  z
    .string("validation.date")
    .max(20, "validation.date")
    .transform((v, ctx) => {
      if (v.trim() === "") return null;
      const start = parseVietnamDate(v);
      if (!start) {
        ctx.addIssue({ code: "custom", message: "validation.date" });
        return z.NEVER;
      }
      return new Date(`${toDateInputValue(start)}T00:00:00Z`);
    })
    .refine((d) => d === null || !isFutureDay(d, new Date()), "validation.dateInFuture");

export const setDocumentDateSchema = z.object({
  kind: z.enum(DOCUMENT_KINDS, "validation.invalidChoice"),
  subjectId: id(),
  date: documentDay(),
});

export type SetDocumentDateInput = z.infer<typeof setDocumentDateSchema>;
