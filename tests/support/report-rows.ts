// Rows of the action permission matrix (tests/integration/action-permissions.test.ts) for the
// periodic reports (lib/reports, lib/report-files). A scratch NC 2019 year led by truongkhoi's unit
// (Sở Nội vụ), deputy phokhoi's (Sở Tư pháp), with its 6-month report due far ahead; each row
// arranges the state its action needs with plain database writes (no audit entry), then calls the
// real action with the fresh version. "@…" markers are replaced at run time; malformed input has
// none and passes through.
import { db } from "@/lib/db";
import { getSession } from "@/lib/auth/session";
import type { ActionResult } from "@/lib/actions/result";
import type { AppSession } from "@/lib/auth/session-types";
import * as reports from "@/lib/reports/actions";
import { uploadReportFileAction } from "@/lib/report-files/actions";
import { setDocumentDateAction } from "@/lib/documents/actions";
import { deleteAttachment } from "@/lib/attachments/service";

type Input = Record<string, unknown>;
export type ReportRow = { name: string; run: (input: Input) => Promise<ActionResult<unknown>>; input: () => Input; allowed: string[] };

const NC_BLOC = "bloc-noi-chinh-tinh";
const YEAR = 2019;
const SCRATCH = `year-noi-chinh-tinh-${YEAR}`;
const ROUND = "perm-report-round";
const CONFERENCE = "perm-report-conference";
const NC_MEMBERS = ["unit-nc-thanh-tra-tinh", "unit-nc-quan-su", "unit-nc-cong-an", "unit-nc-so-noi-vu", "unit-nc-so-tu-phap", "unit-nc-vien-kiem-sat"];
const OTHER_UNIT = "unit-nc-cong-an"; // no demo caller's unit: the submitted report the managers return
const MANAGERS = ["admin", "bantdkt", "bantdkt.khoi", "truongkhoi"];
// Officers of member units report for their own: Thanh tra (donvi, thutruong), Sở Nội vụ, Sở Tư pháp.
const REPORTERS = ["donvi", "thutruong", "truongkhoi", "phokhoi"];
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

/** The scratch year with its round, open (not passed) and with a summary; the round's summary version. */
async function scratchRound() {
  if (!(await db.blocYear.findUnique({ where: { id: SCRATCH } }))) {
    await db.blocYear.create({ data: { id: SCRATCH, blocId: NC_BLOC, year: YEAR, leaderUnitId: "unit-nc-so-noi-vu", deputyUnitId: "unit-nc-so-tu-phap" } });
    await db.blocMember.createMany({ data: NC_MEMBERS.map((unitId) => ({ blocYearId: SCRATCH, year: YEAR, unitId })) });
    await db.conference.create({
      data: { id: CONFERENCE, blocYearId: SCRATCH, kind: "MID_YEAR", title: "Hội nghị sơ kết 6 tháng", date: new Date("2019-07-20T01:30:00Z") },
    });
  }
  const open = { passedAt: null, conferenceId: null, summary: "I. KẾT QUẢ\nNội dung." };
  const round = await db.reportRound.upsert({
    where: { id: ROUND },
    create: { id: ROUND, blocYearId: SCRATCH, kind: "MID_YEAR", dueAt: new Date("2099-07-10T10:00:00Z"), ...open },
    update: open,
  });
  return round.summaryVersion;
}

/** The caller's own unit's report as a draft with text; its version (1, unused, when the caller has none). */
async function ownDraft() {
  await scratchRound();
  const unitId = (await getSession())?.unitId;
  if (!unitId || !NC_MEMBERS.includes(unitId)) return { version: 1, reportId: "khong-co" };
  const r = await db.unitReport.upsert({
    where: { roundId_unitId: { roundId: ROUND, unitId } },
    create: { roundId: ROUND, unitId, content: "Báo cáo 6 tháng" },
    update: { status: "DRAFT" },
  });
  return { version: r.version, reportId: r.id };
}

async function submittedOfOther() {
  await scratchRound();
  const r = await db.unitReport.upsert({
    where: { roundId_unitId: { roundId: ROUND, unitId: OTHER_UNIT } },
    create: { roundId: ROUND, unitId: OTHER_UNIT, content: "Báo cáo", status: "SUBMITTED", headApprovedBy: "Thủ trưởng", submittedAt: new Date() },
    update: { status: "SUBMITTED" },
  });
  return { reportId: r.id, version: r.version };
}

const marked = (input: Input) => Object.values(input).some((v) => typeof v === "string" && v.startsWith("@"));
const prepared = (run: (input: never) => Promise<ActionResult<unknown>>, arrange: (input: Input) => Promise<Input>) => async (input: Input) =>
  run((marked(input) ? await arrange(input) : input) as never);
const onRound = async (input: Input) => ({ ...input, roundId: ROUND, version: await scratchRound() });

async function upload(input: Input, admin: AppSession) {
  const form = new FormData();
  for (const [k, v] of Object.entries(input)) form.set(k, v instanceof Blob ? v : String(v));
  const result = await uploadReportFileAction(form);
  // The stored file is removed again at once: the matrix only asks who may upload.
  if (result.ok) await deleteAttachment(admin, (result.data as { id: string }).id);
  return result;
}

export const reportRows = (admin: () => AppSession): ReportRow[] => [
  {
    name: "scheduleReport",
    run: prepared(reports.scheduleReportAction, async (input) => (await scratchRound(), { ...input, blocYearId: SCRATCH })),
    input: () => ({ blocYearId: "@scratch", kind: "MID_YEAR", dueAt: "2099-07-10T17:00" }),
    allowed: MANAGERS,
  },
  {
    name: "saveUnitReport",
    run: prepared(reports.saveUnitReportAction, async (input) => ({ ...input, roundId: ROUND, version: (await ownDraft()).version })),
    input: () => ({ roundId: "@round", content: "Kết quả công tác 6 tháng đầu năm" }),
    allowed: REPORTERS,
  },
  {
    name: "submitUnitReport",
    run: prepared(reports.submitUnitReportAction, async (input) => ({ ...input, roundId: ROUND, version: (await ownDraft()).version })),
    input: () => ({ roundId: "@round", headApprovedBy: "Hoàng Văn Nam" }),
    allowed: REPORTERS,
  },
  {
    name: "returnUnitReport",
    run: prepared(reports.returnUnitReportAction, async (input) => ({ ...input, ...(await submittedOfOther()) })),
    input: () => ({ reportId: "@submitted", reason: "Bổ sung số liệu" }),
    allowed: MANAGERS,
  },
  { name: "generateSummary", run: prepared(reports.generateSummaryAction, onRound), input: () => ({ roundId: "@round" }), allowed: MANAGERS },
  {
    name: "saveSummary",
    run: prepared(reports.saveSummaryAction, onRound),
    input: () => ({ roundId: "@round", summary: "I. KẾT QUẢ\nĐã sửa." }),
    allowed: MANAGERS,
  },
  {
    name: "passSummary",
    run: prepared(reports.passSummaryAction, onRound),
    input: () => ({ roundId: "@round", conferenceId: CONFERENCE }),
    allowed: MANAGERS,
  },
  {
    // The date the summary carries, before a conference passes it: whoever compiles it.
    name: "setDocumentDate (bloc-report)",
    run: prepared(setDocumentDateAction, async (input) => (await scratchRound(), { ...input, subjectId: ROUND })),
    input: () => ({ kind: "bloc-report", subjectId: "@round", date: "2026-07-22" }),
    allowed: MANAGERS,
  },
  {
    name: "setDocumentDate (registrations)",
    run: prepared(setDocumentDateAction, async (input) => (await scratchRound(), { ...input, subjectId: SCRATCH })),
    input: () => ({ kind: "registrations", subjectId: "@scratch", date: "2026-03-05" }),
    allowed: MANAGERS,
  },
  {
    // The caller's own draft's file: only its unit's officers, whoever else names the report.
    name: "uploadReportFile",
    run: async (i) =>
      upload(
        marked(i)
          ? { ...i, ownerId: (await ownDraft()).reportId === "khong-co" ? (await submittedOfOther(), await draftOf(OTHER_UNIT)) : (await ownDraft()).reportId }
          : i,
        admin(),
      ),
    input: () => ({ ownerId: "@own", file: new File([PDF], "bao-cao.pdf", { type: "application/pdf" }) }),
    allowed: REPORTERS,
  },
];

/** Another unit's draft, which a caller without a report of their own tries to attach to. */
async function draftOf(unitId: string) {
  const r = await db.unitReport.upsert({
    where: { roundId_unitId: { roundId: ROUND, unitId } },
    create: { roundId: ROUND, unitId, content: "Bản nháp" },
    update: { status: "DRAFT" },
  });
  return r.id;
}
