import { z } from "zod";
import { uploadedFile } from "@/lib/attachments/schemas";
import { DOCUMENT_KINDS } from "@/lib/documents/kinds";
import { id } from "@/lib/validation/fields";

/** What a signed copy may be: a scan (PDF or photo) or a digitally signed PDF. */
export const SIGNED_COPY_EXTENSIONS = ["pdf", "jpg", "jpeg", "png"] as const;

const documentRef = { kind: z.enum(DOCUMENT_KINDS, "validation.invalidChoice"), subjectId: id() };

export const uploadSignedCopySchema = z.object({ ...documentRef, file: uploadedFile() });
export const removeSignedCopySchema = z.object(documentRef);
export type SignedCopyRef = z.infer<typeof removeSignedCopySchema>;
