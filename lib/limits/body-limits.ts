import { readFileSync } from "node:fs";
import path from "node:path";

/*
 * How big a server action's body may be (docs/SECURITY.md, "Throttling and body limits"), checked
 * by the production server before Next reads it (lib/limits/action-gate.ts). Only the actions
 * that take a file may send megabytes; next.config.ts gives Next the largest as its own cap.
 */
export const SIGNED_OUT_BODY_BYTES = 64 * 1024;
export const ACTION_BODY_BYTES = 1024 * 1024;
// An attachment or evidence file (10 MB, lib/attachments/file-types.ts) and the form around it.
export const UPLOAD_BODY_BYTES = 11 * 1024 * 1024;

/** The actions that take a file, as `file#export`; tests/unit/upload-actions.test.ts finds every formAction in lib and checks it is here. */
export const UPLOAD_ACTIONS = [
  "lib/attachments/actions.ts#uploadAttachmentAction",
  "lib/evidence/actions.ts#uploadEvidenceAction",
  "lib/evidence/actions.ts#uploadExplanationEvidenceAction",
  "lib/criteria/actions.ts#importCriteriaAction",
  "lib/library/actions.ts#uploadDocumentFileAction",
  "lib/regulations/actions.ts#uploadRegulationFileAction",
  "lib/report-files/actions.ts#uploadReportFileAction",
  "lib/signed-copies/actions.ts#uploadSignedCopyAction",
] as const;

type Manifest = { node?: Record<string, { filename?: string; exportedName?: string }> };

/**
 * The ids a build gave the upload actions. `next build` writes every action's id with its file and
 * export name to server-reference-manifest.json; an upload action missing there (renamed, moved)
 * stops the server rather than refusing every upload as too big.
 */
export function uploadActionIds(manifest: Manifest): Set<string> {
  const ids = new Set<string>();
  const found = new Set<string>();
  for (const [id, entry] of Object.entries(manifest.node ?? {})) {
    const name = `${entry.filename}#${entry.exportedName}`;
    if ((UPLOAD_ACTIONS as readonly string[]).includes(name)) {
      ids.add(id);
      found.add(name);
    }
  }
  const missing = UPLOAD_ACTIONS.filter((name) => !found.has(name));
  if (missing.length) throw new Error(`upload actions not found in the build's server-reference manifest: ${missing.join(", ")}`);
  return ids;
}

/** The same, read from a build folder. */
export function readUploadActionIds(distDir: string): Set<string> {
  return uploadActionIds(JSON.parse(readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8")) as Manifest);
}
