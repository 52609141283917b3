import { mkdtemp, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AppSession } from "@/lib/auth/session-types";
import type { ActionResult } from "@/lib/actions/result";

// Cross-unit and cross-bloc access: a unit officer tries every way we know to reach another
// unit's or another bloc's object by its id — the page loaders, the server actions, the file,
// document and export routes. Every attempt must be refused (forbidden / not found / 404), leave
// every table and the stored files as they were, and write no audit entry.

// Stored files live under DATA_DIR, read once when lib/env is first imported: set it before any app import.
process.env.DATA_DIR = path.join(await mkdtemp(path.join(os.tmpdir(), "tdk-cross-access-")), "data");

const current: { session: AppSession | null } = { session: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.session }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { db } = await import("@/lib/db");
const { loadAppSession } = await import("@/lib/auth/session-user");
const { seedDemo } = await import("@/prisma/seed/demo");
const { NotFoundError } = await import("@/lib/errors");
const { storeAttachment } = await import("@/lib/attachments/service");
const { filesDir } = await import("@/lib/attachments/storage");
const { loadYearContext } = await import("@/lib/blocs/year-context");
const { getBloc, getBlocYear } = await import("@/lib/blocs/queries");
const { getSheetView } = await import("@/lib/scoring/queries");
const { getExplanationsView } = await import("@/lib/explanations/queries");
const explanations = await import("@/lib/explanations/actions");
const { getRankingPage } = await import("@/lib/ranking/queries");
const scoring = await import("@/lib/scoring/actions");
const evidenceActions = await import("@/lib/evidence/actions");
const pledges = await import("@/lib/pledges/actions");
const awards = await import("@/lib/awards/actions");
const ranking = await import("@/lib/ranking/actions");
const conferences = await import("@/lib/conferences/actions");
const library = await import("@/lib/library/actions");
const regulations = await import("@/lib/regulations/actions");
const { getLibrary } = await import("@/lib/library/queries");
const { getRegulations } = await import("@/lib/regulations/queries");
const registrations = await import("@/lib/registrations/actions");
const { ownRegistration, registrationProgress } = await import("@/lib/registrations/queries");
const reports = await import("@/lib/reports/actions");
const { uploadReportFileAction } = await import("@/lib/report-files/actions");
const { reportsOfYear } = await import("@/lib/reports/queries");
const achievementReports = await import("@/lib/achievement-reports/actions");
const { achievementReportPage } = await import("@/lib/achievement-reports/queries");
const filesRoute = await import("@/app/api/files/[id]/route");
const documentsRoute = await import("@/app/api/documents/[kind]/[id]/route");
const rankingExport = await import("@/app/api/exports/ranking/[blocYearId]/route");
const sheetsExport = await import("@/app/api/exports/sheets/[blocYearId]/route");
const criteriaExport = await import("@/app/api/criteria/[setId]/export/route");
const signedCopies = await import("@/lib/signed-copies/actions");
const { uploadSignedCopy } = await import("@/lib/signed-copies/service");
const signedCopyRoute = await import("@/app/api/signed-copies/[kind]/[id]/route");

const NC = "bloc-noi-chinh-tinh";
const TD = "bloc-cum-noi-vu-trung-du-mien-nui";
const NC_2025 = "year-noi-chinh-tinh-2025";
const NC_2026 = "year-noi-chinh-tinh-2026";
const TD_2025 = "year-cum-noi-vu-trung-du-mien-nui-2025";
const TD_2026 = "year-cum-noi-vu-trung-du-mien-nui-2026";
const U = {
  ncThanhTra: "unit-nc-thanh-tra-tinh",
  ncCongAn: "unit-nc-cong-an",
  tdBacGiang: "unit-bg-so-noi-vu",
  tdHoaBinh: "unit-hb-so-noi-vu",
};
const sheetOf = (blocYearId: string, unitId: string) => `sheet-${blocYearId}-${unitId}`;
const leafOf = (blocYearId: string, code: string) => `criteria-${blocYearId.replace(/^year-/, "")}-${code}`;
const NC_PLEDGE = "pledge-noi-chinh-tinh-2026";
const NC_PROPOSAL = `proposal-${NC_2025}`;
const TD_PLEDGE = "xa-pledge-td-2026";
const TD_PROPOSAL = "xa-proposal-td-2025";
const NC_REGISTRATION = "xa-registration-nc-cong-an";
const NC_ROUND = "xa-report-round-nc-2026";
const TD_ROUND = "xa-report-round-td-2026";
const NC_REPORT_DRAFT = "xa-report-nc-cong-an";
const NC_REPORT_SUBMITTED = "xa-report-nc-toa-an";

const CALLERS = ["donvi", "cumvien", "truongkhoi"] as const;
type Caller = (typeof CALLERS)[number];
const sessions = new Map<Caller | "admin", AppSession>();

// Ids and versions of the targets, read in beforeAll: attempts carry the real current version,
// so a refusal can only come from the permission check, never from a stale version.
const ids: Record<string, string> = {};
const v: Record<string, number> = {};

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
const entries = [{ code: "2", points: "5", passed: "", note: "Thử ghi đè" }];

const uploadToAnswer = (sheetId: string) => {
  const form = new FormData();
  form.set("sheetId", sheetId);
  form.set("leafCode", "1");
  form.set("file", new File([PDF], "giai-trinh.pdf"));
  return viaAction(evidenceActions.uploadExplanationEvidenceAction(form));
};

// ── How an attempt is judged refused ──
type Outcome = { refused: boolean; detail: string };
const viaAction = async (run: Promise<ActionResult<unknown>>): Promise<Outcome> => {
  const r = await run;
  return { refused: !r.ok && (r.error === "errors.forbidden" || r.error === "errors.notFound"), detail: JSON.stringify(r) };
};
const viaRoute = async (run: Promise<Response>): Promise<Outcome> => {
  const res = await run;
  return { refused: res.status === 404, detail: `HTTP ${res.status}` };
};
// A page loader refuses with null (notFound() on the page) or a NotFoundError.
const viaLoader = async (run: () => Promise<unknown>): Promise<Outcome> => {
  try {
    const value = await run();
    return { refused: value === null, detail: value === null ? "null" : "returned data" };
  } catch (error) {
    return { refused: error instanceof NotFoundError, detail: String(error) };
  }
};

const file = (id: string) => viaRoute(filesRoute.GET(new Request(`http://localhost/api/files/${id}`), { params: Promise.resolve({ id }) }));
const document = (kind: string, id: string, format = "pdf") =>
  viaRoute(documentsRoute.GET(new Request(`http://localhost/api/documents/${kind}/${id}?format=${format}`), { params: Promise.resolve({ kind, id }) }));
const exported = (route: { GET: (r: Request, c: { params: Promise<{ blocYearId: string }> }) => Promise<Response> }, blocYearId: string) =>
  viaRoute(route.GET(new Request(`http://localhost/api/exports/x/${blocYearId}`), { params: Promise.resolve({ blocYearId }) }));
const signedCopy = (kind: string, id: string) =>
  viaRoute(signedCopyRoute.GET(new Request(`http://localhost/api/signed-copies/${kind}/${id}`), { params: Promise.resolve({ kind, id }) }));
const uploadSignedCopyForm = (kind: string, subjectId: string) => {
  const form = new FormData();
  form.set("kind", kind);
  form.set("subjectId", subjectId);
  form.set("file", new File([PDF], "ban-da-ky.pdf"));
  return viaAction(signedCopies.uploadSignedCopyAction(form));
};
const criteriaFile = (setId: string) =>
  viaRoute(criteriaExport.GET(new Request(`http://localhost/api/criteria/${setId}/export`), { params: Promise.resolve({ setId }) }));
const sheetPage = (caller: Caller, blocYearId: string, unitId: string) =>
  viaLoader(async () => getSheetView(sessions.get(caller)!, await loadYearContext(blocYearId), unitId));
const upload = (sheetId: string) => {
  const form = new FormData();
  form.set("sheetId", sheetId);
  form.set("code", "1");
  form.set("file", new File([PDF], "minh-chung.pdf"));
  return viaAction(evidenceActions.uploadEvidenceAction(form));
};

type Attempt = { label: string; caller: Caller; run: () => Promise<Outcome> };

// The other unit in one's own bloc: its score sheet, by every path.
const otherSheet = (caller: Caller, blocYearId: string, unitId: string, evidenceKey: string): Attempt[] => {
  const sheetId = sheetOf(blocYearId, unitId);
  return [
    { label: `sheet page of ${unitId} ${blocYearId}`, caller, run: () => sheetPage(caller, blocYearId, unitId) },
    {
      label: `save self-scores on ${unitId}`,
      caller,
      run: () => viaAction(scoring.saveSelfAction({ blocYearId, unitId, version: v[sheetId], entries } as never)),
    },
    {
      label: `submit ${unitId}'s sheet`,
      caller,
      run: () => viaAction(scoring.submitSheetAction({ sheetId, version: v[sheetId], headApprovedBy: "Thủ trưởng" } as never)),
    },
    { label: `upload evidence to ${unitId}'s sheet`, caller, run: () => upload(sheetId) },
    { label: `delete ${unitId}'s evidence`, caller, run: () => viaAction(evidenceActions.deleteEvidenceAction({ attachmentId: ids[evidenceKey] } as never)) },
    { label: `download ${unitId}'s evidence`, caller, run: () => file(ids[evidenceKey]) },
    {
      label: `review ${unitId}'s sheet`,
      caller,
      run: () => viaAction(scoring.saveLayerAction({ sheetId, version: v[sheetId], layer: "REVIEWED", entries } as never)),
    },
    {
      label: `finish the review of ${unitId}'s sheet`,
      caller,
      run: () => viaAction(scoring.finishReviewAction({ sheetId, version: v[sheetId] } as never)),
    },
    { label: `attach evidence to ${unitId}'s answer`, caller, run: () => uploadToAnswer(sheetId) },
    {
      label: `return ${unitId}'s sheet`,
      caller,
      run: () => viaAction(scoring.returnSheetAction({ sheetId, version: v[sheetId], reason: "Trả lại để sửa" } as never)),
    },
    {
      label: `giải trình of ${unitId}`,
      caller,
      run: () => viaLoader(async () => getExplanationsView(sessions.get(caller)!, await loadYearContext(blocYearId), unitId)),
    },
    {
      label: `answer for ${unitId}`,
      caller,
      run: () => viaAction(explanations.answerExplanationAction({ sheetId, leafCode: "1", accepted: "accept", text: "" } as never)),
    },
    {
      label: `decide on ${unitId}'s explanation`,
      caller,
      run: () =>
        viaAction(explanations.decideExplanationAction({ sheetId, leafCode: "1", decision: "KEEP", points: "", passed: "", reason: "Giữ nguyên" } as never)),
    },
  ];
};

// Another bloc: its pages, sheets, pledge, proposal, files, documents and exports.
const otherBloc = (
  caller: Caller,
  t: {
    bloc: string;
    year: number;
    blocYearId: string;
    rankedYear?: string;
    unitId: string;
    evidenceKey: string;
    photoKey?: string;
    pledge: string;
    proposal: string;
    nomineeKey: string;
    setId: string;
  },
): Attempt[] => [
  { label: `bloc page ${t.bloc}`, caller, run: () => viaLoader(() => getBloc(sessions.get(caller)!, t.bloc)) },
  { label: `year pages ${t.bloc} ${t.year}`, caller, run: () => viaLoader(() => getBlocYear(sessions.get(caller)!, t.bloc, t.year)) },
  { label: `library of ${t.bloc}`, caller, run: () => viaLoader(() => getLibrary(sessions.get(caller)!, t.bloc, { q: "", kind: null })) },
  { label: `regulation of ${t.bloc}`, caller, run: () => viaLoader(() => getRegulations(sessions.get(caller)!, t.bloc)) },
  {
    label: `add a document to ${t.bloc}'s library`,
    caller,
    run: () =>
      viaAction(
        library.createDocumentAction({
          blocYearId: t.blocYearId,
          kind: "OTHER",
          number: "",
          issuedOn: "2026-03-01",
          issuer: "Không thuộc khối",
          title: "Văn bản lạ",
        }),
      ),
  },
  {
    label: `draft a regulation for ${t.bloc}`,
    caller,
    run: () => viaAction(regulations.createRegulationAction({ blocYearId: t.blocYearId, title: "Quy chế lạ", text: "" })),
  },
  { label: `sheet page of ${t.unitId} ${t.blocYearId}`, caller, run: () => sheetPage(caller, t.blocYearId, t.unitId) },
  {
    label: `save self-scores on ${t.unitId}`,
    caller,
    run: () =>
      viaAction(scoring.saveSelfAction({ blocYearId: t.blocYearId, unitId: t.unitId, version: v[sheetOf(t.blocYearId, t.unitId)] ?? 0, entries } as never)),
  },
  {
    label: `review ${t.unitId}'s sheet`,
    caller,
    run: () =>
      viaAction(
        scoring.saveLayerAction({
          sheetId: sheetOf(t.blocYearId, t.unitId),
          version: v[sheetOf(t.blocYearId, t.unitId)] ?? 1,
          layer: "REVIEWED",
          entries,
        } as never),
      ),
  },
  { label: `download ${t.unitId}'s evidence`, caller, run: () => file(ids[t.evidenceKey]) },
  ...(t.photoKey ? [{ label: `download a conference photo of ${t.bloc}`, caller, run: () => file(ids[t.photoKey!]) }] : []),
  {
    label: `sign ${t.pledge} for own unit`,
    caller,
    run: () => viaAction(pledges.signPledgeAction({ pledgeId: t.pledge, version: v[t.pledge], signerName: "Người ký", signerTitle: "Giám đốc" } as never)),
  },
  {
    label: `sign ${t.pledge} for ${t.unitId}`,
    caller,
    run: () =>
      viaAction(
        pledges.signPledgeAction({ pledgeId: t.pledge, version: v[t.pledge], unitId: t.unitId, signerName: "Người ký", signerTitle: "Giám đốc" } as never),
      ),
  },
  {
    label: `edit ${t.pledge}`,
    caller,
    run: () => viaAction(pledges.updatePledgeAction({ pledgeId: t.pledge, version: v[t.pledge], title: "Giao ước đã sửa", preamble: "" } as never)),
  },
  {
    label: `add an item to ${t.pledge}`,
    caller,
    run: () => viaAction(pledges.addPledgeItemAction({ pledgeId: t.pledge, version: v[t.pledge], content: "Nội dung chen vào" } as never)),
  },
  {
    label: `edit an item of ${t.pledge}`,
    caller,
    run: () => viaAction(pledges.updatePledgeItemAction({ itemId: ids[`${t.pledge}:item`], version: v[t.pledge], content: "Nội dung đã sửa" } as never)),
  },
  {
    label: `delete an item of ${t.pledge}`,
    caller,
    run: () => viaAction(pledges.deletePledgeItemAction({ itemId: ids[`${t.pledge}:item`], version: v[t.pledge] } as never)),
  },
  {
    label: `reopen ${t.pledge}`,
    caller,
    run: () => viaAction(pledges.reopenPledgeAction({ pledgeId: t.pledge, version: v[t.pledge], reason: "Mở lại" } as never)),
  },
  { label: `pledge document ${t.pledge}`, caller, run: () => document("pledge", t.pledge) },
  { label: `plan document ${t.blocYearId}`, caller, run: () => document("plan", t.blocYearId, "docx") },
  { label: `signed copy of ${t.blocYearId}'s plan`, caller, run: () => signedCopy("plan", t.blocYearId) },
  { label: `signed copy of ${t.blocYearId}'s plan by its file id`, caller, run: () => file(ids[`${t.blocYearId}:signedCopy`]) },
  { label: `file a signed copy of ${t.blocYearId}'s plan`, caller, run: () => uploadSignedCopyForm("plan", t.blocYearId) },
  {
    label: `remove the signed copy of ${t.blocYearId}'s plan`,
    caller,
    run: () => viaAction(signedCopies.removeSignedCopyAction({ kind: "plan", subjectId: t.blocYearId } as never)),
  },
  { label: `draft a proposal for ${t.blocYearId}`, caller, run: () => viaAction(awards.createProposalAction({ blocYearId: t.blocYearId } as never)) },
  {
    label: `add a nominee to ${t.proposal}`,
    caller,
    run: () =>
      viaAction(
        awards.addNomineeAction({ proposalId: t.proposal, version: v[t.proposal], unitId: sessions.get(caller)!.unitId!, awardFormId: ids.merit } as never),
      ),
  },
  {
    label: `remove a nominee of ${t.proposal}`,
    caller,
    run: () => viaAction(awards.removeNomineeAction({ nomineeId: ids[t.nomineeKey], version: v[t.proposal] } as never)),
  },
  {
    label: `submit ${t.proposal}`,
    caller,
    run: () => viaAction(awards.submitProposalAction({ proposalId: t.proposal, version: v[t.proposal], number: "1/TTr" } as never)),
  },
  {
    label: `reopen ${t.proposal}`,
    caller,
    run: () => viaAction(awards.reopenProposalAction({ proposalId: t.proposal, version: v[t.proposal], reason: "Mở lại" } as never)),
  },
  { label: `award-submission document ${t.proposal}`, caller, run: () => document("award-submission", t.proposal) },
  { label: `achievement-report document of ${t.proposal}'s nominee`, caller, run: () => document("achievement-report", ids[t.nomineeKey], "docx") },
  // A year whose ranking is approved: its members see every sheet there, outsiders still nothing.
  ...(t.rankedYear
    ? [
        { label: `sheet page of ${t.unitId} ${t.rankedYear} (approved)`, caller, run: () => sheetPage(caller, t.rankedYear!, t.unitId) },
        { label: `ranking export ${t.rankedYear} (approved)`, caller, run: () => exported(rankingExport, t.rankedYear!) },
        { label: `sheets export ${t.rankedYear} (approved)`, caller, run: () => exported(sheetsExport, t.rankedYear!) },
      ]
    : []),
  { label: `ranking export ${t.blocYearId}`, caller, run: () => exported(rankingExport, t.blocYearId) },
  { label: `sheets export ${t.blocYearId}`, caller, run: () => exported(sheetsExport, t.blocYearId) },
  { label: `criteria export ${t.setId}`, caller, run: () => criteriaFile(t.setId) },
];

const NC_TARGET = {
  bloc: NC,
  year: 2026,
  blocYearId: NC_2026,
  rankedYear: NC_2025,
  unitId: U.ncThanhTra,
  evidenceKey: "ncThanhTraEvidence",
  photoKey: "ncPhoto",
  pledge: NC_PLEDGE,
  proposal: NC_PROPOSAL,
  nomineeKey: "ncNominee",
  setId: "criteria-noi-chinh-tinh-2026",
};
// TD has no approved year; TD 2026's sheets and exports are the ones to refuse. Its 2025 draft proposal is a fixture.
const TD_TARGET = {
  bloc: TD,
  year: 2026,
  blocYearId: TD_2026,
  unitId: U.tdHoaBinh,
  evidenceKey: "tdHoaBinhEvidence",
  pledge: TD_PLEDGE,
  proposal: TD_PROPOSAL,
  nomineeKey: "tdNominee",
  setId: "criteria-cum-noi-vu-trung-du-mien-nui-2026",
};

const ATTEMPTS: Attempt[] = [
  // donvi (Thanh tra tỉnh, an NC member): Công an's 2026 sheet in its own bloc, then the TD cluster.
  ...otherSheet("donvi", NC_2026, U.ncCongAn, "ncCongAnEvidence"),
  ...otherBloc("donvi", TD_TARGET),
  // cumvien (SNV Bắc Giang, a TD member): Hòa Bình's submitted sheet before approval, the cluster's
  // ranking before approval, then the NC bloc.
  ...otherSheet("cumvien", TD_2026, U.tdHoaBinh, "tdHoaBinhEvidence"),
  {
    label: "ranking page of TD 2026 before approval",
    caller: "cumvien",
    run: () => viaLoader(async () => getRankingPage(sessions.get("cumvien")!, await loadYearContext(TD_2026))),
  },
  { label: "ranking export TD 2026 before approval", caller: "cumvien", run: () => exported(rankingExport, TD_2026) },
  { label: "sheets export TD 2026 before approval", caller: "cumvien", run: () => exported(sheetsExport, TD_2026) },
  ...otherBloc("cumvien", NC_TARGET),
  { label: `download Công an's evidence ${NC_2026}`, caller: "cumvien", run: () => file(ids.ncCongAnEvidence) },
  { label: `review-minutes document ranking-${NC_2025}`, caller: "cumvien", run: () => document("review-minutes", `ranking-${NC_2025}`) },
  {
    label: `accept ${NC_PROPOSAL}`,
    caller: "cumvien",
    run: () => viaAction(awards.acceptProposalAction({ proposalId: NC_PROPOSAL, version: v[NC_PROPOSAL] } as never)),
  },
  {
    label: `return ${NC_PROPOSAL}`,
    caller: "cumvien",
    run: () => viaAction(awards.returnProposalAction({ proposalId: NC_PROPOSAL, version: v[NC_PROPOSAL], reason: "Trả lại" } as never)),
  },
  {
    label: `decide ${NC_PROPOSAL}`,
    caller: "cumvien",
    run: () =>
      viaAction(
        awards.decideProposalAction({
          proposalId: NC_PROPOSAL,
          version: v[NC_PROPOSAL],
          decisionNumber: "1/QĐ",
          decisionDate: "2026-01-20",
          decisionIssuer: "UBND tỉnh",
          awarded: [],
        } as never),
      ),
  },
  {
    label: `move a nominee of ${NC_PROPOSAL}`,
    caller: "cumvien",
    run: () => viaAction(awards.moveNomineeAction({ nomineeId: ids.ncNominee, version: v[NC_PROPOSAL], direction: "down" } as never)),
  },
  // truongkhoi (SNV, NC's 2026 leader): a leader's powers must not reach the TD cluster.
  ...otherBloc("truongkhoi", TD_TARGET),
  {
    label: "return Hòa Bình's TD sheet",
    caller: "truongkhoi",
    run: () =>
      viaAction(scoring.returnSheetAction({ sheetId: sheetOf(TD_2026, U.tdHoaBinh), version: v[sheetOf(TD_2026, U.tdHoaBinh)], reason: "Trả lại" } as never)),
  },
  {
    label: "finish the review of Hòa Bình's TD sheet",
    caller: "truongkhoi",
    run: () => viaAction(scoring.finishReviewAction({ sheetId: sheetOf(TD_2026, U.tdHoaBinh), version: v[sheetOf(TD_2026, U.tdHoaBinh)] } as never)),
  },
  {
    label: "assign a reviewer in TD 2026",
    caller: "truongkhoi",
    run: () => viaAction(scoring.assignReviewerAction({ blocYearId: TD_2026, unitId: U.tdHoaBinh, reviewerUnitId: U.tdBacGiang } as never)),
  },
  {
    label: "open giải trình in TD 2026",
    caller: "truongkhoi",
    run: () => viaAction(explanations.openExplanationsAction({ blocYearId: TD_2026, until: "2099-12-30T10:00" } as never)),
  },
  {
    label: "decide on Hòa Bình's TD explanation",
    caller: "truongkhoi",
    run: () =>
      viaAction(
        explanations.decideExplanationAction({
          sheetId: sheetOf(TD_2026, U.tdHoaBinh),
          leafCode: "3",
          decision: "KEEP",
          points: "",
          passed: "",
          reason: "Giữ nguyên",
        } as never),
      ),
  },
  {
    label: "open TD's pledge for signing",
    caller: "truongkhoi",
    run: () => viaAction(pledges.openPledgeAction({ pledgeId: TD_PLEDGE, version: v[TD_PLEDGE] } as never)),
  },
  {
    label: "sign TD 2026's ranking off",
    caller: "truongkhoi",
    run: () => viaAction(ranking.signOffAction({ blocYearId: TD_2026, signerName: "Lê Thị Thanh Hương" } as never)),
  },
  {
    label: "publish TD 2026's tie-break rules",
    caller: "truongkhoi",
    run: () => viaAction(ranking.publishRulesAction({ blocYearId: TD_2026, version: v.tdRules } as never)),
  },
  {
    label: "create a TD 2026 conference",
    caller: "truongkhoi",
    run: () =>
      viaAction(
        conferences.createConferenceAction({
          blocYearId: TD_2026,
          kind: "YEAR_END",
          title: "Hội nghị tổng kết",
          date: "2026-12-18T08:00",
          venue: "Sở Nội vụ",
        } as never),
      ),
  },
  // Recording the registrations announced at NC 2026's signing conference: a member does not organise it, another bloc's member neither.
  ...(["donvi", "cumvien"] as const).map((caller): Attempt => ({
    label: "announce the registrations at NC 2026's signing conference",
    caller,
    run: () => viaAction(conferences.announceRegistrationsAction({ conferenceId: "conf-noi-chinh-tinh-2026-signing" } as never)),
  })),
  // The registration (lib/registrations): Công an's submitted one in NC 2026, by another member, another bloc's member and leader.
  ...(["donvi", "cumvien", "truongkhoi"] as const).flatMap((caller): Attempt[] => [
    ...(caller === "truongkhoi"
      ? []
      : [
          {
            label: `return ${NC_REGISTRATION}`,
            caller,
            run: () =>
              viaAction(registrations.returnRegistrationAction({ registrationId: NC_REGISTRATION, version: v[NC_REGISTRATION], reason: "Trả lại" } as never)),
          },
          {
            label: `registrations of ${NC_2026}`,
            caller,
            run: () =>
              viaLoader(async () => {
                const rows = await registrationProgress(sessions.get(caller)!, await loadYearContext(NC_2026));
                return rows.length ? rows : null;
              }),
          },
        ]),
    {
      label: `register in ${caller === "cumvien" ? NC_2026 : TD_2026}`,
      caller,
      run: () =>
        viaAction(registrations.saveRegistrationAction({ blocYearId: caller === "cumvien" ? NC_2026 : TD_2026, version: 0, awardFormIds: [] } as never)),
    },
    {
      label: `set the registration deadline of ${caller === "truongkhoi" ? TD_2026 : NC_2026}`,
      caller,
      run: () =>
        viaAction(registrations.setRegistrationDeadlineAction({ blocYearId: caller === "truongkhoi" ? TD_2026 : NC_2026, dueAt: "2099-03-31T17:00" } as never)),
    },
    {
      label: `own registration in ${caller === "cumvien" ? NC_2026 : TD_2026}`,
      caller,
      run: () => viaLoader(async () => ownRegistration(sessions.get(caller)!, await loadYearContext(caller === "cumvien" ? NC_2026 : TD_2026))),
    },
  ]),
  // Periodic reports (lib/reports): Công an's draft with its file and Tòa án's submitted report in NC 2026, by
  // another member (donvi), another bloc's member (cumvien) and the leader (truongkhoi: a draft stays the unit's;
  // TD's round is another bloc's).
  ...(["donvi", "cumvien", "truongkhoi"] as const).flatMap((caller): Attempt[] => {
    const foreignRound = caller === "truongkhoi" ? TD_ROUND : NC_ROUND;
    const foreignYear = caller === "truongkhoi" ? TD_2026 : NC_2026;
    const uploadTo = (ownerId: string) => {
      const form = new FormData();
      form.set("ownerId", ownerId);
      form.set("file", new File([PDF], "bao-cao.pdf"));
      return viaAction(uploadReportFileAction(form));
    };
    return [
      { label: `file of ${NC_REPORT_DRAFT} (a draft)`, caller, run: () => file(ids.ncReportFile) },
      { label: `attach a file to ${NC_REPORT_DRAFT}`, caller, run: () => uploadTo(NC_REPORT_DRAFT) },
      {
        label: `other units' reports in ${NC_2026}`,
        caller,
        run: () =>
          viaLoader(async () => {
            const rounds = await reportsOfYear(sessions.get(caller)!, await loadYearContext(NC_2026));
            const seen = rounds.flatMap((r) => r.progress.filter((p) => p.report && p.report.id === NC_REPORT_DRAFT));
            const draftRead = rounds.some((r) => r.own?.id === NC_REPORT_DRAFT);
            return seen.length || draftRead ? seen : null;
          }),
      },
      ...(caller === "truongkhoi"
        ? []
        : [
            {
              label: `return ${NC_REPORT_SUBMITTED}`,
              caller,
              run: () => viaAction(reports.returnUnitReportAction({ reportId: NC_REPORT_SUBMITTED, version: 1, reason: "Trả lại" } as never)),
            },
            { label: `compiled registrations document of ${NC_2026}`, caller, run: () => document("registrations", NC_2026) },
          ]),
      {
        label: `schedule a report of ${foreignYear}`,
        caller,
        run: () => viaAction(reports.scheduleReportAction({ blocYearId: foreignYear, kind: "YEAR_END", dueAt: "2099-12-10T17:00" } as never)),
      },
      {
        label: `report in ${caller === "cumvien" ? NC_ROUND : TD_ROUND}`,
        caller,
        run: () => viaAction(reports.saveUnitReportAction({ roundId: caller === "cumvien" ? NC_ROUND : TD_ROUND, version: 0, content: "Báo cáo" } as never)),
      },
      {
        label: `draft the summary of ${foreignRound}`,
        caller,
        run: () => viaAction(reports.generateSummaryAction({ roundId: foreignRound, version: 1 } as never)),
      },
      {
        label: `edit the summary of ${foreignRound}`,
        caller,
        run: () => viaAction(reports.saveSummaryAction({ roundId: foreignRound, version: 1, summary: "Sửa" } as never)),
      },
      {
        label: `pass the summary of ${foreignRound}`,
        caller,
        run: () =>
          viaAction(
            reports.passSummaryAction({
              roundId: foreignRound,
              version: 1,
              conferenceId: "conf-noi-chinh-tinh-2026-signing",
            } as never),
          ),
      },
      ...(caller === "donvi"
        ? []
        : [{ label: `summary document of ${foreignRound}`, caller, run: () => document("bloc-report", caller === "cumvien" ? NC_ROUND : TD_ROUND) }]),
      ...(caller === "truongkhoi" ? [{ label: `compiled registrations document of ${TD_2026}`, caller, run: () => document("registrations", TD_2026) }] : []),
    ];
  }),
  // The achievement reports (lib/achievement-reports): a unit writes only its own, in a year it is a member of; the
  // reports page of another bloc's year answers nothing.
  ...(
    [
      ["donvi", TD_2026],
      ["cumvien", NC_2026],
      ["truongkhoi", TD_2026],
    ] as const
  ).flatMap(([caller, blocYearId]): Attempt[] => [
    {
      label: `write an achievement report in ${blocYearId}`,
      caller,
      run: () => viaAction(achievementReports.saveAchievementReportAction({ blocYearId, version: 0, situation: "Ghi đè", results: "Ghi đè" } as never)),
    },
    {
      label: `achievement reports of ${blocYearId}`,
      caller,
      run: () => viaLoader(async () => achievementReportPage(sessions.get(caller)!, await loadYearContext(blocYearId))),
    },
  ]),
];

// Every table an attempt could touch, and the stored files: equal before and after, or the attempt changed data.
const TABLES = [
  "ScoreSheet",
  "ScoreEntry",
  "Attachment",
  "Pledge",
  "PledgeItem",
  "PledgeSignature",
  "AwardProposal",
  "AwardNominee",
  "AwardQuota",
  "RankingSnapshot",
  "RankingRules",
  "RankingBallot",
  "Conference",
  "CriteriaSet",
  "CriterionNode",
  "ScoringRound",
  "BlocYear",
  "Registration",
  "RegistrationTitle",
  "RegistrationTarget",
  "ReportRound",
  "UnitReport",
  "AchievementReport",
  "AuditLog",
];
// Table names cannot be parameters: Prisma.raw, on the constant list above only.
const HASH_SQL = Prisma.sql`SELECT ${Prisma.raw(TABLES.map((t) => `(SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) FROM "${t}" x) AS "${t}"`).join(", "))}`;
async function state() {
  const [row] = await db.$queryRaw<Record<string, string>[]>(HASH_SQL);
  const files = (await readdir(filesDir()).catch(() => [] as string[])).sort().join(",");
  return { ...row, files };
}
const changed = (a: Record<string, string>, b: Record<string, string>) => Object.keys(a).filter((k) => a[k] !== b[k]);

beforeAll(async () => {
  await seedDemo(db, { reset: false });
  for (const username of [...CALLERS, "admin"] as const) {
    const user = await db.user.findUniqueOrThrow({ where: { username } });
    sessions.set(username, (await loadAppSession(db, user.id))!);
  }
  const admin = sessions.get("admin")!;
  const evidence = (blocYearId: string, unitId: string) => ({
    type: "evidence" as const,
    sheetId: sheetOf(blocYearId, unitId),
    nodeId: leafOf(blocYearId, "1"),
    blocYearId,
  });

  // NC 2026: Công an's and Thanh tra's draft sheets, each with an evidence file; a conference photo.
  for (const unitId of [U.ncCongAn, U.ncThanhTra]) await db.scoreSheet.create({ data: { id: sheetOf(NC_2026, unitId), blocYearId: NC_2026, unitId } });
  ids.ncCongAnEvidence = (await storeAttachment(admin, evidence(NC_2026, U.ncCongAn), { name: "Minh chứng Công an.pdf", bytes: PDF })).id;
  ids.ncThanhTraEvidence = (await storeAttachment(admin, evidence(NC_2026, U.ncThanhTra), { name: "Minh chứng Thanh tra.pdf", bytes: PDF })).id;
  ids.ncPhoto = (
    await storeAttachment(admin, { type: "conference", id: "conf-noi-chinh-tinh-2026-signing", blocYearId: NC_2026 }, { name: "bien-ban.pdf", bytes: PDF })
  ).id;
  // TD 2026: Hòa Bình's submitted sheet gets an evidence file.
  ids.tdHoaBinhEvidence = (await storeAttachment(admin, evidence(TD_2026, U.tdHoaBinh), { name: "Minh chứng Hòa Bình.pdf", bytes: PDF })).id;

  // NC and TD 2026: each year's plan has its signed copy (a scan).
  for (const blocYearId of [NC_2026, TD_2026]) {
    await uploadSignedCopy(admin, { kind: "plan", subjectId: blocYearId }, { name: "ke-hoach-da-ky.pdf", bytes: PDF });
    ids[`${blocYearId}:signedCopy`] = (
      await db.signedCopy.findUniqueOrThrow({ where: { kind_subjectId: { kind: "plan", subjectId: blocYearId } } })
    ).attachmentId;
  }

  // NC and TD 2026 open for registration; Công an's NC registration submitted.
  for (const id of [NC_2026, TD_2026]) await db.blocYear.update({ where: { id }, data: { registrationDueAt: new Date("2099-03-31T10:00:00Z") } });
  await db.registration.create({
    data: { id: NC_REGISTRATION, blocYearId: NC_2026, unitId: U.ncCongAn, status: "SUBMITTED", headApprovedBy: "Thủ trưởng", submittedAt: new Date() },
  });

  // The 6-month reports of NC and TD 2026: Công an's draft with a file, Tòa án's submitted report.
  for (const [id, blocYearId] of [
    [NC_ROUND, NC_2026],
    [TD_ROUND, TD_2026],
  ])
    await db.reportRound.create({ data: { id, blocYearId, kind: "MID_YEAR", dueAt: new Date("2099-07-10T10:00:00Z"), summary: "I. KẾT QUẢ" } });
  await db.unitReport.create({ data: { id: NC_REPORT_DRAFT, roundId: NC_ROUND, unitId: U.ncCongAn, content: "Bản nháp của Công an" } });
  await db.unitReport.create({
    data: { id: NC_REPORT_SUBMITTED, roundId: NC_ROUND, unitId: "unit-nc-toa-an", content: "Báo cáo", status: "SUBMITTED", submittedAt: new Date() },
  });
  ids.ncReportFile = (await storeAttachment(admin, { type: "report", id: NC_REPORT_DRAFT, blocYearId: NC_2026 }, { name: "bao-cao.pdf", bytes: PDF })).id;

  // TD has no pledge or proposal in the demo: an open 2026 pledge and a draft 2025 proposal, written with plain prisma.
  await db.pledge.create({
    data: {
      id: TD_PLEDGE,
      blocYearId: TD_2026,
      status: "OPEN",
      title: "Giao ước thi đua năm 2026",
      openedAt: new Date("2026-02-20T01:00:00Z"),
      items: { create: [{ id: `${TD_PLEDGE}-item-1`, position: 0, content: "Hoàn thành xuất sắc nhiệm vụ" }] },
    },
  });
  ids.merit = (await db.awardForm.findUniqueOrThrow({ where: { code: "BK-TINH" } })).id;
  await db.awardProposal.create({
    data: {
      id: TD_PROPOSAL,
      blocYearId: TD_2025,
      nominees: { create: [{ id: `${TD_PROPOSAL}-hb`, unitId: U.tdHoaBinh, awardFormId: ids.merit, position: 0 }] },
    },
  });
  ids.tdNominee = `${TD_PROPOSAL}-hb`;
  ids.ncNominee = (await db.awardNominee.findFirstOrThrow({ where: { proposalId: NC_PROPOSAL }, orderBy: { position: "asc" } })).id;
  ids[`${NC_PLEDGE}:item`] = `${NC_PLEDGE}-item-1`;
  ids[`${TD_PLEDGE}:item`] = `${TD_PLEDGE}-item-1`;

  for (const s of await db.scoreSheet.findMany({ select: { id: true, version: true } })) v[s.id] = s.version;
  for (const p of await db.pledge.findMany({ select: { id: true, version: true } })) v[p.id] = p.version;
  for (const p of await db.awardProposal.findMany({ select: { id: true, version: true } })) v[p.id] = p.version;
  v[NC_REGISTRATION] = 1;
  v.tdRules = (await db.rankingRules.findUniqueOrThrow({ where: { blocYearId: TD_2026 } })).version;
}, 120_000);

describe("cross-unit and cross-bloc access", () => {
  it("the targets exist and their owners reach them (so a refusal means something)", async () => {
    // Each object is there, and the same paths answer for those who may use them.
    current.session = sessions.get("admin")!;
    expect((await file(ids.ncCongAnEvidence)).refused).toBe(false);
    expect((await file(ids.tdHoaBinhEvidence)).refused).toBe(false);
    expect((await document("pledge", TD_PLEDGE)).refused).toBe(false);
    expect((await document("award-submission", NC_PROPOSAL)).refused).toBe(false);
    current.session = sessions.get("donvi")!;
    expect((await sheetPage("donvi", NC_2026, U.ncThanhTra)).refused).toBe(false);
    expect((await file(ids.ncThanhTraEvidence)).refused).toBe(false);
    expect((await document("pledge", NC_PLEDGE)).refused).toBe(false);
    expect((await exported(rankingExport, NC_2025)).refused).toBe(false);
    current.session = sessions.get("cumvien")!;
    expect((await sheetPage("cumvien", TD_2026, U.tdBacGiang)).refused).toBe(false);
    current.session = sessions.get("truongkhoi")!;
    expect((await sheetPage("truongkhoi", NC_2026, U.ncCongAn)).refused).toBe(false);
    const progress = await registrationProgress(sessions.get("truongkhoi")!, await loadYearContext(NC_2026));
    expect(progress.find((r) => r.unit.id === U.ncCongAn)?.registration).toMatchObject({ id: NC_REGISTRATION, status: "SUBMITTED" });
    expect((await file(ids.ncCongAnEvidence)).refused).toBe(false);
    expect((await document("bloc-report", NC_ROUND)).refused).toBe(false);
    expect((await document("registrations", NC_2026)).refused).toBe(false);
    // A member unit reads and writes its own report only; the leader reads every member's.
    const own = await achievementReportPage(sessions.get("donvi")!, await loadYearContext(NC_2026));
    expect(own?.own?.unit.id).toBe(U.ncThanhTra);
    expect(own?.all).toEqual([]);
    const leader = await achievementReportPage(sessions.get("truongkhoi")!, await loadYearContext(NC_2026));
    expect(leader?.all.map((r) => r.facts.unit.id)).toContain(U.ncCongAn);
  });

  it("refuses every attempt, changes no data and writes no audit entry", async () => {
    const failures: string[] = [];
    let refused = 0;
    for (const attempt of ATTEMPTS) {
      current.session = sessions.get(attempt.caller)!;
      const before = await state();
      const outcome = await attempt.run();
      const diff = changed(before, await state());
      if (outcome.refused && diff.length === 0) refused++;
      else failures.push(`${attempt.caller}: ${attempt.label} → ${outcome.detail}${diff.length ? `; changed ${diff.join(", ")}` : ""}`);
    }
    const byCaller = CALLERS.map((c) => `${c} ${ATTEMPTS.filter((a) => a.caller === c).length}`).join(", ");
    console.info(`[cross-access] attempts refused: ${refused}/${ATTEMPTS.length} (${byCaller})`);
    expect(failures).toEqual([]);
    expect(refused).toBe(ATTEMPTS.length);
    expect(ATTEMPTS.length).toBeGreaterThan(90);
  }, 120_000);
});
