import { z } from "zod";
import { id, requiredText } from "@/lib/validation/fields";

const isFile = (v: unknown): v is File => v instanceof Blob && typeof (v as File).name === "string";
const uploaded = () =>
  z.preprocess((v) => (isFile(v) && v.size === 0 && v.name === "" ? undefined : v), z.custom<File>(isFile, { message: "validation.required" }));
export const evidenceUploadSchema = z.object({ sheetId: id(), code: requiredText(40), file: uploaded() });
/** A file for the unit's answer to review on the leaf `leafCode` (lib/evidence/explanation.ts). */
export const explanationEvidenceUploadSchema = z.object({ sheetId: id(), leafCode: requiredText(40), file: uploaded() });
export const evidenceDeleteSchema = z.object({ attachmentId: id() });
