import "server-only";
import type { AppSession } from "@/lib/auth/session-types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readCouncilSettings } from "@/lib/council/settings";
import { db } from "@/lib/db";
import { toDateInputValue } from "@/lib/format/vi";
import { achievementReportDocument } from "./content/achievement-report";
import { awardSubmissionDocument } from "./content/award-submission";
import type { DocSettings } from "./content/common";
import { minutesDocument } from "./content/minutes";
import { planDocument } from "./content/plan";
import { pledgeDocument } from "./content/pledge";
import { reviewMinutesDocument } from "./content/review-minutes";
import { loadAchievementReportDoc, loadAwardSubmissionDoc, loadMinutesDoc, loadPlanDoc, loadPledgeDoc, loadReviewMinutesDoc } from "./data";
import { renderDocx } from "./docx/render";
import type { OfficialDocument } from "./model";
import { renderPdf } from "./pdf/render";
import { documentFileName } from "./slug";
import type { DocumentKind } from "./kinds";

export const DOCUMENT_FORMATS = ["docx", "pdf"] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const CONTENT_TYPES: Record<DocumentFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
};

/** The council's settings as stored, with the legal documents on record. */
export async function loadDocSettings(): Promise<DocSettings> {
  const [council, legal] = await Promise.all([readCouncilSettings(db), db.legalDocument.findMany()]);
  return { ...council, legal, today: new Date() };
}

type Built = { model: OfficialDocument; fileName: (ext: DocumentFormat) => string };

/**
 * The award dossier (review minutes, submission, achievement reports) has its own visibility on
 * top of the bloc filter, so it needs the viewer; without one it is not visible.
 */
async function buildDossier(kind: DocumentKind, id: string, visible: Prisma.BlocWhereInput, viewer: AppSession, settings: DocSettings): Promise<Built | null> {
  if (kind === "review-minutes") {
    const data = await loadReviewMinutesDoc(id, visible, viewer);
    if (!data) return null;
    const year = String(data.blocYear.year);
    return { model: reviewMinutesDocument(data, settings), fileName: (ext) => documentFileName("biên bản bình xét", data.blocYear.bloc.code, year, ext) };
  }
  if (kind === "award-submission") {
    const data = await loadAwardSubmissionDoc(id, visible, viewer);
    if (!data) return null;
    const year = String(data.blocYear.year);
    return {
      model: awardSubmissionDocument(data, settings),
      fileName: (ext) => documentFileName("tờ trình đề nghị khen thưởng", data.blocYear.bloc.code, year, ext),
    };
  }
  const data = await loadAchievementReportDoc(id, visible, viewer);
  if (!data) return null;
  const year = String(data.blocYear.year);
  return { model: achievementReportDocument(data, settings), fileName: (ext) => documentFileName("báo cáo thành tích", data.nominee.unit.code, year, ext) };
}

/** The model and the file name of one document; null when it does not exist or is not visible. */
export async function buildDocument(
  kind: DocumentKind,
  id: string,
  visible: Prisma.BlocWhereInput,
  viewer: AppSession | null = null,
  given?: DocSettings,
): Promise<Built | null> {
  const settings = given ?? (await loadDocSettings());
  if (kind === "pledge") {
    const data = await loadPledgeDoc(id, visible);
    if (!data) return null;
    return {
      model: pledgeDocument(data, settings),
      fileName: (ext) => documentFileName("giao ước thi đua", data.blocYear.bloc.code, String(data.blocYear.year), ext),
    };
  }
  if (kind === "minutes") {
    const data = await loadMinutesDoc(id, visible);
    if (!data) return null;
    return {
      model: minutesDocument(data, settings),
      fileName: (ext) => documentFileName("biên bản hội nghị", data.blocYear.bloc.code, toDateInputValue(data.date), ext),
    };
  }
  if (kind === "plan") {
    const data = await loadPlanDoc(id, visible);
    if (!data) return null;
    return {
      model: planDocument(data, settings),
      fileName: (ext) => documentFileName("kế hoạch hoạt động", data.blocYear.bloc.code, String(data.blocYear.year), ext),
    };
  }
  return viewer ? buildDossier(kind, id, visible, viewer, settings) : null;
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
