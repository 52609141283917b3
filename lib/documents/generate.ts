import "server-only";
import type { AppSession } from "@/lib/auth/session-types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readCouncilSettings } from "@/lib/council/settings";
import { db } from "@/lib/db";
import type { DocSettings } from "./content/common";
import { renderDocx } from "./docx/render";
import { parseIssuerStyles } from "./issuer";
import type { OfficialDocument } from "./model";
import { renderPdf } from "./pdf/render";
import { documentFileName } from "./slug";
import type { DocumentKind } from "./kinds";
import { DOCUMENTS } from "./registry";

export const DOCUMENT_FORMATS = ["docx", "pdf"] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const CONTENT_TYPES: Record<DocumentFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
};

/** The council's settings as stored, with the legal documents on record and who heads each kind. */
export async function loadDocSettings(): Promise<DocSettings> {
  const [council, legal, issuers] = await Promise.all([
    readCouncilSettings(db),
    db.legalDocument.findMany(),
    db.councilSettings.findUnique({ where: { id: 1 }, select: { documentIssuers: true } }),
  ]);
  return { ...council, legal, today: new Date(), issuers: parseIssuerStyles(issuers?.documentIssuers) };
}

type Built = { model: OfficialDocument; fileName: (ext: DocumentFormat) => string };

/**
 * The model and the file name of one document; null when it does not exist or is not visible.
 * The award dossier's kinds have their own visibility on top of the bloc filter: without a
 * viewer they are not visible.
 */
export async function buildDocument(
  kind: DocumentKind,
  id: string,
  visible: Prisma.BlocWhereInput,
  viewer: AppSession | null = null,
  given?: DocSettings,
): Promise<Built | null> {
  // The document's number in its issuer's register, once taken (numbering.ts).
  const [settings, number] = await Promise.all([
    given ?? loadDocSettings(),
    db.documentNumber.findUnique({ where: { kind_subjectId: { kind, subjectId: id } }, select: { number: true } }),
  ]);
  const built = await DOCUMENTS[kind].build(id, visible, viewer, { ...settings, number: number?.number ?? given?.number ?? null });
  if (!built) return null;
  const { what, code, when } = built.name;
  return { model: built.model, fileName: (ext) => documentFileName(what, code, when, ext) };
}

export async function renderDocument(model: OfficialDocument, format: DocumentFormat): Promise<Uint8Array> {
  return format === "docx" ? new Uint8Array(await renderDocx(model)) : renderPdf(model);
}

/**
 * Generates a document file; null when it does not exist or is not visible to the caller. The
 * route draws it in a worker thread (`render`: render-pool.ts), scripts and tests on their own.
 */
export async function generateDocument(
  kind: DocumentKind,
  id: string,
  format: DocumentFormat,
  visible: Prisma.BlocWhereInput,
  viewer: AppSession | null = null,
  render: (model: OfficialDocument, format: DocumentFormat) => Promise<Uint8Array> = renderDocument,
) {
  const built = await buildDocument(kind, id, visible, viewer);
  if (!built) return null;
  return { bytes: await render(built.model, format), fileName: built.fileName(format), contentType: CONTENT_TYPES[format] };
}
