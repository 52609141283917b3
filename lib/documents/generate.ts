import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { toDateInputValue } from "@/lib/format/vi";
import { minutesDocument } from "./content/minutes";
import { planDocument } from "./content/plan";
import { pledgeDocument } from "./content/pledge";
import type { DocSettings } from "./content/common";
import { loadMinutesDoc, loadPlanDoc, loadPledgeDoc } from "./data";
import { renderDocx } from "./docx/render";
import type { OfficialDocument } from "./model";
import { renderPdf } from "./pdf/render";
import { documentFileName } from "./slug";

export const DOCUMENT_KINDS = ["pledge", "minutes", "plan"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_FORMATS = ["docx", "pdf"] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const CONTENT_TYPES: Record<DocumentFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
};

export const settingsFromEnv = (): DocSettings => ({ councilName: env.COUNCIL_NAME, boardName: env.BOARD_NAME, place: env.COUNCIL_PLACE });

/** The model and the file name of one document; null when it does not exist or is not visible. */
export async function buildDocument(kind: DocumentKind, id: string, visible: Prisma.BlocWhereInput, settings = settingsFromEnv()) {
  let model: OfficialDocument;
  let name: (ext: DocumentFormat) => string;
  if (kind === "pledge") {
    const data = await loadPledgeDoc(id, visible);
    if (!data) return null;
    model = pledgeDocument(data, settings);
    name = (ext) => documentFileName("giao ước thi đua", data.blocYear.bloc.code, String(data.blocYear.year), ext);
  } else if (kind === "minutes") {
    const data = await loadMinutesDoc(id, visible);
    if (!data) return null;
    model = minutesDocument(data, settings);
    name = (ext) => documentFileName("biên bản hội nghị", data.blocYear.bloc.code, toDateInputValue(data.date), ext);
  } else {
    const data = await loadPlanDoc(id, visible);
    if (!data) return null;
    model = planDocument(data, settings);
    name = (ext) => documentFileName("kế hoạch hoạt động", data.blocYear.bloc.code, String(data.blocYear.year), ext);
  }
  return { model, fileName: name };
}

export async function renderDocument(model: OfficialDocument, format: DocumentFormat): Promise<Uint8Array> {
  return format === "docx" ? new Uint8Array(await renderDocx(model)) : renderPdf(model);
}

/** Generates a document file; null when it does not exist or is not visible to the caller. */
export async function generateDocument(kind: DocumentKind, id: string, format: DocumentFormat, visible: Prisma.BlocWhereInput) {
  const built = await buildDocument(kind, id, visible);
  if (!built) return null;
  return { bytes: await renderDocument(built.model, format), fileName: built.fileName(format), contentType: CONTENT_TYPES[format] };
}
