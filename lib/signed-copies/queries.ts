import "server-only";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { visibleBlocsWhere } from "@/lib/blocs/policy";
import { buildDocument } from "@/lib/documents/generate";
import type { DocumentKind } from "@/lib/documents/kinds";
import { loadDocumentSubject } from "@/lib/documents/subjects";
import { NotFoundError } from "@/lib/errors";
import { canFileSignedCopy } from "@/lib/signed-copies/policy";
import type { SignatureResult } from "@/lib/signed-copies/verify";

export type SignedCopyView = {
  fileName: string;
  size: number;
  uploadedAt: Date;
  uploadedBy: string | null;
  verdict: "SCAN" | "VALID";
  signatures: SignatureResult[];
};

/**
 * Beside a document the caller can open: its signed copy, if filed, and whether the caller may
 * file one. Null when the document is missing or its bloc not visible.
 */
export async function signedCopyFor(session: AppSession, kind: DocumentKind, subjectId: string) {
  const subject = await loadDocumentSubject(kind, subjectId).catch((e: unknown) => {
    if (e instanceof NotFoundError) return null;
    throw e;
  });
  if (!subject) return null;
  const visible = await db.bloc.count({ where: { AND: [visibleBlocsWhere(session), { id: subject.year.blocId }] } });
  if (!visible) return null;
  const row = await db.signedCopy.findUnique({
    where: { kind_subjectId: { kind, subjectId } },
    select: {
      verdict: true,
      signatures: true,
      uploadedAt: true,
      uploadedBy: { select: { name: true } },
      attachment: { select: { fileName: true, size: true } },
    },
  });
  const copy: SignedCopyView | null = row && {
    fileName: row.attachment.fileName,
    size: row.attachment.size,
    uploadedAt: row.uploadedAt,
    uploadedBy: row.uploadedBy?.name ?? null,
    verdict: row.verdict as SignedCopyView["verdict"],
    signatures: row.signatures as unknown as SignatureResult[],
  };
  return { copy, canFile: canFileSignedCopy(session, kind, subject.year) };
}

/**
 * The signed copy's file for a caller who may open the document itself (each kind's own
 * visibility: the award dossier's, a unit's report); null otherwise, missing or not.
 */
export async function downloadableSignedCopy(session: AppSession, kind: DocumentKind, subjectId: string) {
  const row = await db.signedCopy.findUnique({
    where: { kind_subjectId: { kind, subjectId } },
    select: { attachment: { select: { fileName: true, storedName: true, mimeType: true, size: true } } },
  });
  if (!row) return null;
  if (!(await buildDocument(kind, subjectId, visibleBlocsWhere(session), session))) return null;
  return row.attachment;
}
