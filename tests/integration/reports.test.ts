// Periodic reports (lib/reports, lib/report-files): the schedule, a unit's report with the head's
// approval and the late flag, returns, who reads what (rule 2, the file included), the summary
// drafted from the data and passed at a conference (then frozen), and its documents.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { createBloc, createBlocYear, setLeadership, setMembers } from "@/lib/blocs/service";
import { createBlocSchema } from "@/lib/blocs/schemas";
import { loadYearContext } from "@/lib/blocs/year-context";
import { findDownloadableAttachment } from "@/lib/attachments/queries";
import { attachReportFile } from "@/lib/report-files/service";
import { generateDocument } from "@/lib/documents/generate";
import type { DocumentKind } from "@/lib/documents/kinds";
import { storedActor } from "../support/actors";
import { docxText, pdfText, unzip } from "../support/document-files";

const current: { session: AppSession | null } = { session: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.session }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const actions = await import("@/lib/reports/actions");
const queries = await import("@/lib/reports/queries");

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

/** A bloc year of four members (leader u0, deputy u1) with a mid-year conference and one in another year. */
async function makeWorld() {
  const tag = Math.random().toString(36).slice(2, 7).toUpperCase();
  const board = await storedActor({ userId: `board-${tag}`, username: `board-${tag}` });
  const unitIds: string[] = [];
  for (let i = 0; i < 5; i++) unitIds.push((await db.unit.create({ data: { code: `P${tag}-${i}`, name: `Sở ${i} (${tag})`, shortName: `S${i}` } })).id);
  const [u0, u1, u2, u3, outside] = unitIds;
  const blocId = (await createBloc(board, createBlocSchema.parse({ code: `RP${tag}`, name: `Khối ${tag}`, kind: "KHOI" }))).id;
  const year = await createBlocYear(board, blocId, 2026, false);
  const other = await createBlocYear(board, blocId, 2025, false);
  await setMembers(board, year.id, [u0, u1, u2, u3]);
  await setLeadership(board, year.id, u0, u1);
  const conference = await db.conference.create({
    data: { blocYearId: year.id, kind: "MID_YEAR", title: "Hội nghị sơ kết 6 tháng đầu năm 2026", date: new Date("2026-07-22T01:30:00Z") },
  });
  await db.conference.create({
    data: { blocYearId: year.id, kind: "SIGNING", title: "Hội nghị ký kết giao ước thi đua năm 2026", date: new Date("2026-03-05T01:30:00Z") },
  });
  const otherConference = await db.conference.create({
    data: { blocYearId: other.id, kind: "MID_YEAR", title: "Hội nghị 2025", date: new Date("2025-07-20T01:30:00Z") },
  });
  const officer = (name: string, unitId: string, isUnitHead = false) =>
    storedActor({ userId: `${name}-${tag}`, username: `${name}-${tag}`, name: `Cán bộ ${name}`, role: "UNIT_OFFICER", unitId, isUnitHead, allBlocs: false });
  return {
    yearId: year.id,
    conferenceId: conference.id,
    otherConferenceId: otherConference.id,
    units: { u0, u1, u2, u3, outside },
    board,
    otherBoard: await storedActor({ userId: `board2-${tag}`, username: `board2-${tag}`, allBlocs: false, assignedBlocIds: [] }),
    council: await storedActor({ userId: `council-${tag}`, username: `council-${tag}`, role: "COUNCIL" }),
    leaderOfficer: await officer("lead", u0),
    deputyOfficer: await officer("deputy", u1),
    member: await officer("member", u2),
    memberHead: await officer("head", u2, true),
    otherMember: await officer("other", u3),
    outsider: await officer("outsider", outside),
  };
}

beforeEach(async () => {
  w = await makeWorld();
});

const as = (session: AppSession) => (current.session = session);
const year = () => loadYearContext(w.yearId);
const inDays = (days: number) => {
  const d = new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000);
  return d.toISOString().slice(0, 16);
};

async function schedule(days = 7) {
  as(w.leaderOfficer);
  const r = await actions.scheduleReportAction({ blocYearId: w.yearId, kind: "MID_YEAR", dueAt: inDays(days) });
  expect(r).toMatchObject({ ok: true });
  return (r as { data: { id: string } }).data.id;
}

/** u2's report saved by its officer and submitted by its head; the report's id. */
async function submitted(roundId: string, content = "Hoàn thành 100% kế hoạch thanh tra 6 tháng. Tổ chức 2 hội nghị chuyên đề.") {
  as(w.member);
  const saved = await actions.saveUnitReportAction({ roundId, version: 0, content });
  expect(saved).toMatchObject({ ok: true, data: { version: 1 } });
  as(w.memberHead);
  expect(await actions.submitUnitReportAction({ roundId, version: 1 })).toMatchObject({ ok: true });
  return (saved as { data: { id: string } }).data.id;
}

describe("the schedule", () => {
  it("is set and moved by the leader or the board, audited; a member or another bloc's board is refused", async () => {
    const roundId = await schedule(7);
    as(w.board);
    expect(await actions.scheduleReportAction({ blocYearId: w.yearId, kind: "MID_YEAR", dueAt: inDays(10) })).toMatchObject({
      ok: true,
      data: { id: roundId },
    });
    for (const caller of [w.member, w.memberHead, w.deputyOfficer, w.otherBoard, w.council, w.outsider]) {
      as(caller);
      expect(await actions.scheduleReportAction({ blocYearId: w.yearId, kind: "YEAR_END", dueAt: inDays(30) })).toEqual({
        ok: false,
        error: "errors.forbidden",
      });
    }
    expect(await db.reportRound.count({ where: { blocYearId: w.yearId } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: roundId, action: "report.schedule" } })).toBe(2);
  });
});

describe("a unit's report", () => {
  it("is drafted by an officer and submitted with the head's approval: an officer must name the head, the head approves in person", async () => {
    const roundId = await schedule();
    as(w.member);
    const saved = await actions.saveUnitReportAction({ roundId, version: 0, content: "Kết quả 6 tháng" });
    expect(await actions.submitUnitReportAction({ roundId, version: 1 })).toMatchObject({ ok: false, error: "reports.errors.headApprovalRequired" });
    expect(await actions.submitUnitReportAction({ roundId, version: 1, headApprovedBy: "Nguyễn Văn Thủ" })).toMatchObject({ ok: true });
    const row = await db.unitReport.findUniqueOrThrow({ where: { id: (saved as { data: { id: string } }).data.id } });
    expect(row).toMatchObject({ status: "SUBMITTED", headApprovedBy: "Nguyễn Văn Thủ", unitId: w.units.u2 });
    // Submitted is final until returned.
    expect(await actions.saveUnitReportAction({ roundId, version: 2, content: "Sửa" })).toMatchObject({ ok: false, error: "reports.errors.alreadySubmitted" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: row.id, action: "report.submit" } });
    expect(audit.after).toMatchObject({ byHead: false, late: false });
  });

  it("is flagged late when submitted after the due date, and still taken", async () => {
    const roundId = await schedule(7);
    await db.reportRound.update({ where: { id: roundId }, data: { dueAt: new Date(Date.now() - 86_400_000) } });
    const reportId = await submitted(roundId);
    as(w.leaderOfficer);
    const [round] = await queries.reportsOfYear(w.leaderOfficer, await year());
    expect(round.progress.find((p) => p.unit.id === w.units.u2)?.report).toMatchObject({ id: reportId, late: true, headApprovedBy: w.memberHead.name });
    expect((await db.auditLog.findFirstOrThrow({ where: { entityId: reportId, action: "report.submit" } })).after).toMatchObject({ byHead: true, late: true });
  });

  it("is returned with a reason by the leader or the board, then corrected and submitted again", async () => {
    const roundId = await schedule();
    const reportId = await submitted(roundId);
    for (const caller of [w.member, w.deputyOfficer, w.otherMember, w.otherBoard, w.council]) {
      as(caller);
      expect(await actions.returnUnitReportAction({ reportId, version: 2, reason: "Bổ sung số liệu" })).toEqual({ ok: false, error: "errors.forbidden" });
    }
    as(w.leaderOfficer);
    expect(await actions.returnUnitReportAction({ reportId, version: 2, reason: "Bổ sung số liệu" })).toMatchObject({ ok: true, data: { version: 3 } });
    expect(await db.unitReport.findUniqueOrThrow({ where: { id: reportId } })).toMatchObject({
      status: "DRAFT",
      returnReason: "Bổ sung số liệu",
      submittedAt: null,
    });
    as(w.member);
    expect(await actions.saveUnitReportAction({ roundId, version: 3, content: "Đã bổ sung số liệu" })).toMatchObject({ ok: true });
    as(w.memberHead);
    expect(await actions.submitUnitReportAction({ roundId, version: 4 })).toMatchObject({ ok: true });
    // A stale version changes nothing.
    as(w.leaderOfficer);
    expect(await actions.returnUnitReportAction({ reportId, version: 2, reason: "x" })).toMatchObject({ ok: false, error: "reports.errors.stale" });
  });

  it("is read by its own unit only while a draft; by those who follow the reports once submitted; never by another member or outsider (text and file)", async () => {
    const roundId = await schedule();
    as(w.member);
    const saved = await actions.saveUnitReportAction({ roundId, version: 0, content: "Bản nháp riêng" });
    const reportId = (saved as { data: { id: string } }).data.id;
    const file = await attachReportFile(w.member, reportId, w.units.u2, { name: "bao-cao.pdf", bytes: PDF });
    // Another unit cannot attach to it.
    await expect(attachReportFile(w.otherMember, reportId, w.units.u3, { name: "x.pdf", bytes: PDF })).rejects.toThrow();

    const readers = async () => {
      const out: string[] = [];
      for (const [name, caller] of Object.entries({
        member: w.member,
        lead: w.leaderOfficer,
        deputy: w.deputyOfficer,
        council: w.council,
        other: w.otherMember,
        outsider: w.outsider,
      })) {
        const rounds = await queries.reportsOfYear(caller, await year());
        const seen = rounds[0]?.own?.content ?? rounds[0]?.progress.find((p) => p.unit.id === w.units.u2)?.report?.content;
        if (seen && (await findDownloadableAttachment(caller, file.id))) out.push(name);
      }
      return out;
    };
    expect(await readers()).toEqual(["member"]);
    as(w.memberHead);
    await actions.submitUnitReportAction({ roundId, version: 1 });
    expect(await readers()).toEqual(["member", "lead", "deputy", "council"]);
  });
});

describe("the bloc's summary", () => {
  it("is drafted from the units' reports and the year's data, edited, and passed at a conference of the year, which freezes the round", async () => {
    const roundId = await schedule();
    await submitted(roundId);
    as(w.member);
    expect(await actions.generateSummaryAction({ roundId, version: 1 })).toEqual({ ok: false, error: "errors.forbidden" });
    as(w.leaderOfficer);
    expect(await actions.generateSummaryAction({ roundId, version: 1 })).toMatchObject({ ok: true, data: { version: 2 } });
    const draft = (await db.reportRound.findUniqueOrThrow({ where: { id: roundId } })).summary!;
    expect(draft).toContain("I. KẾT QUẢ CÔNG TÁC THI ĐUA, KHEN THƯỞNG 6 THÁNG ĐẦU NĂM 2026");
    expect(draft).toContain("1/4 đơn vị đã gửi báo cáo");
    expect(draft).toContain("Hoàn thành 100% kế hoạch thanh tra 6 tháng.");
    // The period ends on 30/06: the signing conference is in it, the mid-year one (which passes it) is not.
    expect(draft).toContain("- Hội nghị ký kết giao ước thi đua năm 2026 (05/03/2026).");
    expect(draft).not.toContain("Hội nghị sơ kết 6 tháng đầu năm 2026 (");
    expect(draft).toMatch(/Chưa gửi báo cáo: .*Sở 0/);
    const text = `${draft}\nBổ sung của trưởng khối.`;
    expect(await actions.saveSummaryAction({ roundId, version: 2, summary: text })).toMatchObject({ ok: true, data: { version: 3 } });
    expect(await actions.saveSummaryAction({ roundId, version: 2, summary: "cũ" })).toMatchObject({ ok: false, error: "reports.errors.stale" });

    expect(await actions.passSummaryAction({ roundId, version: 3, conferenceId: w.otherConferenceId })).toMatchObject({
      ok: false,
      error: "reports.errors.conference",
    });
    expect(await actions.passSummaryAction({ roundId, version: 3, conferenceId: w.conferenceId })).toMatchObject({ ok: true });
    expect(await db.auditLog.findFirstOrThrow({ where: { entityId: roundId, action: "report.pass" } })).toMatchObject({ entityType: "ReportRound" });
    // Both ways: the round names the conference, the conference lists the round.
    expect(await queries.reportsPassedAt(w.member, w.conferenceId)).toEqual([expect.objectContaining({ id: roundId, kind: "MID_YEAR" })]);
    expect(await queries.reportsPassedAt(w.outsider, w.conferenceId)).toEqual([]);
    const [round] = await queries.reportsOfYear(w.otherMember, await year());
    expect(round).toMatchObject({ summary: text, conference: { id: w.conferenceId } });

    // Frozen: the summary, the schedule and the units' reports.
    expect(await actions.saveSummaryAction({ roundId, version: 4, summary: "x" })).toMatchObject({ ok: false, error: "reports.errors.passed" });
    expect(await actions.scheduleReportAction({ blocYearId: w.yearId, kind: "MID_YEAR", dueAt: inDays(3) })).toMatchObject({
      ok: false,
      error: "reports.errors.passed",
    });
    as(w.otherMember);
    expect(await actions.saveUnitReportAction({ roundId, version: 0, content: "Muộn" })).toMatchObject({ ok: false, error: "reports.errors.passed" });
  });

  it("is kept from members until passed", async () => {
    const roundId = await schedule();
    as(w.leaderOfficer);
    await actions.generateSummaryAction({ roundId, version: 1 });
    const [round] = await queries.reportsOfYear(w.otherMember, await year());
    expect(round.summary).toBeNull();
  });
});

async function texts(kind: DocumentKind, id: string, viewer: AppSession): Promise<string[]> {
  const docx = await generateDocument(kind, id, "docx", {}, viewer);
  const pdf = await generateDocument(kind, id, "pdf", {}, viewer);
  return [docxText(unzip(Buffer.from(docx!.bytes)).get("word/document.xml")!.toString("utf8")), await pdfText(pdf!.bytes)];
}

describe("documents", () => {
  it("the summary: BÁO CÁO with its trích yếu, the text's sections, the date of the conference that passed it, the leader's signature and Nơi nhận", async () => {
    const roundId = await schedule();
    await submitted(roundId);
    as(w.leaderOfficer);
    await actions.generateSummaryAction({ roundId, version: 1 });
    await actions.passSummaryAction({ roundId, version: 2, conferenceId: w.conferenceId });
    const file = await generateDocument("bloc-report", roundId, "docx", {}, w.member);
    expect(file?.fileName).toMatch(/^bao-cao-so-ket-6-thang_RP[A-Z0-9]+_2026\.docx$/);
    for (const text of await texts("bloc-report", roundId, w.member)) {
      expect(text).toContain("BÁO CÁO");
      expect(text).toMatch(/Số: …\/BC-RP/);
      expect(text).toContain("Kết quả công tác thi đua, khen thưởng 6 tháng đầu năm 2026");
      expect(text).toContain("ngày 22 tháng 7 năm 2026");
      expect(text).toContain("TRƯỞNG KHỐI");
      expect(text).toContain("Nơi nhận:");
      expect(text).toContain("Hoàn thành 100% kế hoạch thanh tra 6 tháng.");
    }
    expect(await generateDocument("bloc-report", roundId, "pdf", { id: "__none__" }, w.outsider)).toBeNull();
  });

  it("the compiled registrations: BẢNG TỔNG HỢP with a row per submitted unit, for those who follow the registrations only", async () => {
    const form = await db.awardForm.create({ data: { code: `CO-${w.yearId.slice(-6)}`, name: "Cờ thi đua", position: 0 } });
    await db.registration.create({
      data: {
        blocYearId: w.yearId,
        unitId: w.units.u2,
        status: "SUBMITTED",
        headApprovedBy: "Thủ trưởng Hai",
        submittedAt: new Date("2026-02-10T03:00:00Z"),
        titles: { create: { awardFormId: form.id } },
        targets: { create: { position: 0, content: "Hoàn thành kế hoạch", value: 99.5, measure: "%" } },
      },
    });
    for (const caller of [w.member, w.otherMember, w.outsider]) expect(await generateDocument("registrations", w.yearId, "pdf", {}, caller)).toBeNull();
    for (const text of await texts("registrations", w.yearId, w.deputyOfficer)) {
      expect(text).toContain("BẢNG TỔNG HỢP");
      expect(text).toContain("Đăng ký thi đua năm 2026 của các đơn vị thành viên");
      expect(text).toContain("1/4 đơn vị đã đăng ký");
      expect(text).toContain("Hoàn thành kế hoạch: 99,5 %");
      expect(text).toContain("Thủ trưởng phê duyệt: Thủ trưởng Hai, gửi ngày 10/02/2026");
      expect(text).toContain("Cờ thi đua: 1");
    }
  });
});
