import { z } from "zod";
import { id, requiredText } from "@/lib/validation/fields";

const isFile = (v: unknown): v is File => v instanceof Blob && typeof (v as File).name === "string";
export const evidenceUploadSchema = z.object({
  sheetId: id(),
  code: requiredText(40),
  file: z.preprocess((v) => (isFile(v) && v.size === 0 && v.name === "" ? undefined : v), z.custom<File>(isFile, { message: "validation.required" })),
});
export const evidenceDeleteSchema = z.object({ attachmentId: id() });
