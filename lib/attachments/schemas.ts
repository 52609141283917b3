import { z } from "zod";
import { id } from "@/lib/validation/fields";

export const OWNER_TYPES = ["conference", "activity"] as const;
export type OwnerType = (typeof OWNER_TYPES)[number];
/** The owner type of a sheet's evidence files (lib/evidence), uploaded through their own actions. */
export const EVIDENCE = "evidence";
/** The owner type of evidence attached to a unit's answer to review (lib/evidence/explanation.ts). */
export const EXPLANATION = "explanation";
/**
 * Owner types of files uploaded through their own domain's actions: a library document, a
 * regulation's version, a generated document's signed copy (lib/signed-copies), a unit's
 * periodic report (lib/report-files).
 */
export const DOCUMENT_OWNERS = ["library", "regulation", "signed-copy", "report"] as const;
/** A signed copy is served by its own route, which checks the document's own visibility. */
export const SIGNED_COPY = "signed-copy";
export type DocumentOwnerType = (typeof DOCUMENT_OWNERS)[number];

// Checked as a named Blob rather than `instanceof File`: the request's FormData may come from
// another realm's File class. An empty file input still posts a nameless, empty File: "no file".
const isFile = (v: unknown): v is File => v instanceof Blob && typeof (v as File).name === "string";
export const uploadedFile = () =>
  z.preprocess((v) => (isFile(v) && v.size === 0 && v.name === "" ? undefined : v), z.custom<File>(isFile, { message: "validation.required" }));

export const uploadSchema = z.object({ ownerType: z.enum(OWNER_TYPES, "validation.invalidChoice"), ownerId: id(), file: uploadedFile() });
export const attachmentIdSchema = z.object({ attachmentId: id() });
