import { z } from "zod";
import { uploadedFile } from "@/lib/attachments/schemas";
import { id, optionalText, requiredText } from "@/lib/validation/fields";

export const LIBRARY_KINDS = ["MEMBERSHIP_DECISION", "LEADERSHIP_DECISION", "PLAN", "GUIDANCE", "REGULATION", "REPORT", "MINUTES", "OTHER"] as const;

// The date field sends yyyy-MM-dd; a document is issued on a calendar day, stored at 00:00 UTC.
const issuedOn = () =>
  z
    .string("validation.required")
    .trim()
    .min(1, "validation.required")
    .pipe(z.iso.date("validation.date"))
    .transform((v) => new Date(`${v}T00:00:00Z`));

const documentFields = z.object({
  kind: z.enum(LIBRARY_KINDS, "validation.invalidChoice"),
  number: optionalText(100),
  issuedOn: issuedOn(),
  issuer: requiredText(300),
  title: requiredText(500),
});

export type DocumentInput = z.infer<typeof documentFields>;

export const createDocumentSchema = documentFields.extend({ blocYearId: id() });
export const updateDocumentSchema = documentFields.extend({ documentId: id() });
export const documentIdSchema = z.object({ documentId: id() });
// The upload form (components/attachments/upload-form.tsx) names the document ownerId.
export const documentFileSchema = z.object({ ownerId: id(), file: uploadedFile() });

/** The library page's filters, read from the address: text to look for and a kind. */
export function readLibraryFilters(params: Record<string, string | string[] | undefined>) {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
  const kind = first(params.kind);
  return { q: first(params.q).slice(0, 200), kind: (LIBRARY_KINDS as readonly string[]).includes(kind) ? (kind as (typeof LIBRARY_KINDS)[number]) : null };
}
