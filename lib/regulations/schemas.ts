import { z } from "zod";
import { uploadedFile } from "@/lib/attachments/schemas";
import { id, optionalId, optionalText, requiredText } from "@/lib/validation/fields";

const day = () =>
  z
    .string("validation.required")
    .trim()
    .min(1, "validation.required")
    .pipe(z.iso.date("validation.date"))
    .transform((v) => new Date(`${v}T00:00:00Z`));

const draftFields = z.object({ title: requiredText(500), text: optionalText(100_000) });
export type DraftInput = z.infer<typeof draftFields>;

export const createRegulationSchema = draftFields.extend({ blocYearId: id() });
export const updateRegulationSchema = draftFields.extend({ regulationId: id() });
export const regulationIdSchema = z.object({ regulationId: id() });
// Adopted on a day, at a conference of the bloc and by a decision kept in its library (both optional:
// an older regulation may be recorded without them).
export const adoptRegulationSchema = z.object({ regulationId: id(), adoptedOn: day(), conferenceId: optionalId(), decisionId: optionalId() });
export type AdoptInput = Omit<z.infer<typeof adoptRegulationSchema>, "regulationId">;
// The upload form (components/attachments/upload-form.tsx) names the version ownerId.
export const regulationFileSchema = z.object({ ownerId: id(), file: uploadedFile() });
