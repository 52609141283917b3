import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { AppSession } from "@/lib/auth/session-types";
import type { EntryInput } from "@/lib/scoring/schemas";
import { saveSelf } from "../support/self-save";

// Evidence files are stored under DATA_DIR, read once when lib/env is first imported: set it before any app import.
process.env.DATA_DIR = path.join(await mkdtemp(path.join(os.tmpdir(), "tdk-scoring-")), "data");

// Actions run as a chosen session; everything below the session read is real.
const current: { session: AppSession | null } = { session: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.session }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const { db } = await import("@/lib/db");
const { createBloc, createBlocYear, setLeadership, setMembers } = await import("@/lib/blocs/service");
const { createBlocSchema } = await import("@/lib/blocs/schemas");
const { loadYearContext } = await import("@/lib/blocs/year-context");
const scoring = await import("@/lib/scoring/service");
const { getSheetView } = await import("@/lib/scoring/queries");
const { storedActor } = await import("../support/actors");
const actions = await import("@/lib/scoring/actions");
const evidenceActions = await import("@/lib/evidence/actions");

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
const pdfFile = (name = "minh-chung.pdf") => new File([new Uint8Array(PDF)], name);
const form = (fields: Record<string, string | File>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
const DAY = 24 * 60 * 60 * 1000;

/**
 * A bloc year of four members (leader u0, deputy u1) with a published criteria set and an
 * open round: 1 (standard, max 10, evidence required), 2 (standard, max 20), B1 (bonus, 5),
 * D1 (deduction, 5), G1 (gate).
 */
async function makeWorld() {
  const tag = Math.random().toString(36).slice(2, 7).toUpperCase();
  const board = await storedActor({ userId: `sboard-${tag}`, username: `sboard-${tag}` });
  const unitIds: string[] = [];
  for (let i = 0; i < 4; i++) {
    const u = await db.unit.create({ data: { code: `S${tag}-${i}`, name: `Đơn vị chấm ${i} (${tag})`, shortName: `D${i}` } });
    unitIds.push(u.id);
  }
  const [u0, u1, u2, u3] = unitIds;
  const blocId = (await createBloc(board, createBlocSchema.parse({ code: `SC${tag}`, name: `Khối chấm ${tag}`, kind: "KHOI" }))).id;
  const year = await createBlocYear(board, blocId, 2026, false);
  await setMembers(board, year.id, unitIds);
  await setLeadership(board, year.id, u0, u1);
  const set = await db.criteriaSet.create({ data: { blocYearId: year.id, name: "Bảng tiêu chí 2026", status: "PUBLISHED", publishedAt: new Date() } });
  const group = await db.criterionNode.create({ data: { setId: set.id, position: 0, code: "I", title: "Nhiệm vụ chung" } });
  const leaf = (
    position: number,
    code: string,
    kind: "STANDARD" | "BONUS" | "DEDUCTION" | "GATE",
    max: number | null,
    evidenceRequired = false,
    parentId: string | null = group.id,
  ) =>
    db.criterionNode.create({
      data: { setId: set.id, parentId, position, code, title: `Tiêu chí ${code}`, kind, maxHundredths: max === null ? null : max * 100, evidenceRequired },
    });
  const nodes = {
    n1: await leaf(0, "1", "STANDARD", 10, true),
    n2: await leaf(1, "2", "STANDARD", 20),
    b1: await leaf(1, "B1", "BONUS", 5, false, null),
    d1: await leaf(2, "D1", "DEDUCTION", 5, false, null),
    g1: await leaf(3, "G1", "GATE", null, false, null),
  };
  const now = Date.now();
  await db.scoringRound.create({ data: { blocYearId: year.id, opensAt: new Date(now - DAY), closesAt: new Date(now + DAY) } });
  const officer = (name: string, unitId: string, isUnitHead = false) =>
    storedActor({ userId: `s${name}-${tag}`, username: `s${name}-${tag}`, name: `Cán bộ ${name}`, role: "UNIT_OFFICER", unitId, isUnitHead, allBlocs: false });
  return {
    yearId: year.id,
    units: { u0, u1, u2, u3 },
    nodes,
    board,
    leader: await officer("lead", u0),
    deputy: await officer("deputy", u1),
    member: await officer("member", u2),
    memberHead: await officer("head", u2, true),
    other: await officer("other", u3),
  };
}

const e = (code: string, points: number | null, note: string | null = null, passed: boolean | null = null): EntryInput => ({ code, points, passed, note });
const full = [e("1", 8, "Đúng hạn"), e("2", 15), e("B1", 0), e("D1", 1), e("G1", null, null, true)];
const sheetOf = (unitId: string) => db.scoreSheet.findUniqueOrThrow({ where: { blocYearId_unitId: { blocYearId: w.yearId, unitId } } });
const attachEvidence = (sheetId: string, nodeId: string) =>
  db.attachment.create({
    data: {
      blocYearId: w.yearId,
      ownerType: "evidence",
      sheetId,
      nodeId,
      fileName: "minh-chung.pdf",
      storedName: `ev-${Math.random()}.pdf`,
      mimeType: "application/pdf",
      size: 10,
    },
  });

/** u2's sheet filled in, with evidence for leaf 1, submitted by its head. */
async function submitted() {
  const { id, version } = await saveSelf(w.member, w.yearId, w.units.u2, 0, full);
  await attachEvidence(id, w.nodes.n1.id);
  await scoring.submitSheet(w.memberHead, id, version, null);
  return sheetOf(w.units.u2);
}

beforeEach(async () => {
  w = await makeWorld();
  current.session = null;
});

describe("the scoring window", () => {
  it("refuses self-scores and submission after the close; an extension for one unit opens only that unit", async () => {
    const { id, version } = await saveSelf(w.member, w.yearId, w.units.u2, 0, full);
    await attachEvidence(id, w.nodes.n1.id);
    const later = new Date(Date.now() + 3 * DAY);
    await expect(saveSelf(w.member, w.yearId, w.units.u2, version, full, later)).rejects.toMatchObject({ key: "scoring.errors.closed" });
    await expect(scoring.submitSheet(w.memberHead, id, version, null, later)).rejects.toMatchObject({ key: "scoring.errors.closed" });

    await scoring.addExtension(w.board, w.yearId, { unitId: w.units.u2, closesAt: new Date(Date.now() + 5 * DAY), reason: "Đơn vị có văn bản xin gia hạn" });
    await saveSelf(w.member, w.yearId, w.units.u2, version, full, later);
    await expect(saveSelf(w.other, w.yearId, w.units.u3, 0, full, later)).rejects.toMatchObject({ key: "scoring.errors.closed" });
    expect((await scoring.submitSheet(w.memberHead, id, version + 1, null, later)).id).toBe(id);
    const before = new Date(Date.now() - 2 * DAY);
    await expect(saveSelf(w.other, w.yearId, w.units.u3, 0, full, before)).rejects.toMatchObject({ key: "scoring.errors.notOpenYet" });
  });

  it("an extension needs a reason and a later close; only the board sets the round", async () => {
    current.session = w.board;
    expect(await actions.addExtensionAction({ blocYearId: w.yearId, unitId: "", closesAt: "2099-01-01T17:00", reason: "" })).toMatchObject({
      ok: false,
      error: "errors.validation",
    });
    expect(await actions.addExtensionAction({ blocYearId: w.yearId, unitId: "", closesAt: "2000-01-01T17:00", reason: "Lý do" })).toMatchObject({
      ok: false,
      error: "scoring.errors.extensionNotLater",
    });
    expect(await actions.addExtensionAction({ blocYearId: w.yearId, unitId: "", closesAt: "2099-01-01T17:00", reason: "Gia hạn chung" })).toMatchObject({
      ok: true,
    });
    current.session = w.leader;
    expect(await actions.setRoundAction({ blocYearId: w.yearId, opensAt: "2026-11-01T08:00", closesAt: "2026-11-30T17:00" })).toEqual({
      ok: false,
      error: "errors.forbidden",
    });
  });

  it("refuses scoring on a criteria set that is not published", async () => {
    await db.criteriaSet.update({ where: { blocYearId: w.yearId }, data: { status: "DRAFT" } });
    await expect(saveSelf(w.member, w.yearId, w.units.u2, 0, full)).rejects.toMatchObject({ key: "scoring.errors.setNotPublished" });
  });
});

describe("self-score, submit, return, resubmit", () => {
  it("refuses an out-of-range value, a missing evidence and a submission without the head's approval", async () => {
    await expect(saveSelf(w.member, w.yearId, w.units.u2, 0, [e("2", 25)])).rejects.toMatchObject({
      key: "scoring.rules.above_max",
      params: { leaf: "2", max: "20" },
    });
    await expect(saveSelf(w.member, w.yearId, w.units.u2, 0, [e("G1", 3)])).rejects.toMatchObject({
      key: "scoring.rules.not_pass_fail",
      params: { leaf: "G1" },
    });
    // A group's code and an unknown code name no leaf; the save is refused as a whole.
    for (const code of ["I", "Z9"]) {
      await expect(saveSelf(w.member, w.yearId, w.units.u2, 0, [e("2", 5), e(code, 1)])).rejects.toMatchObject({
        key: "scoring.rules.unknown_leaf",
        params: { leaf: code },
      });
    }
    expect(await db.scoreSheet.count({ where: { blocYearId: w.yearId, unitId: w.units.u2 } })).toBe(0);
    const { id, version } = await saveSelf(w.member, w.yearId, w.units.u2, 0, full);

    await expect(scoring.submitSheet(w.member, id, version, null)).rejects.toMatchObject({ key: "scoring.errors.headApprovalRequired" });
    await expect(scoring.submitSheet(w.member, id, version, "Nguyễn Văn Thủ")).rejects.toMatchObject({
      key: "scoring.rules.missing_evidence",
      params: { leaf: "1" },
    });
    await attachEvidence(id, w.nodes.n1.id);
    // A value stored out of range (a set changed after scoring, say) still stops the submission.
    await db.scoreEntry.update({ where: { sheetId_nodeId_layer: { sheetId: id, nodeId: w.nodes.n2.id, layer: "SELF" } }, data: { hundredths: 2500 } });
    await expect(scoring.submitSheet(w.member, id, version, "Nguyễn Văn Thủ")).rejects.toMatchObject({ key: "scoring.rules.above_max", params: { leaf: "2" } });
    await db.scoreEntry.update({ where: { sheetId_nodeId_layer: { sheetId: id, nodeId: w.nodes.n2.id, layer: "SELF" } }, data: { hundredths: 1500 } });
    // A missing value is named too.
    const v2 = (await saveSelf(w.member, w.yearId, w.units.u2, version, [e("D1", null)])).version;
    await expect(scoring.submitSheet(w.member, id, v2, "Nguyễn Văn Thủ")).rejects.toMatchObject({ key: "scoring.rules.missing_value", params: { leaf: "D1" } });
    const v3 = (await saveSelf(w.member, w.yearId, w.units.u2, v2, [e("D1", 0)])).version;

    await scoring.submitSheet(w.member, id, v3, "Nguyễn Văn Thủ");
    expect(await sheetOf(w.units.u2)).toMatchObject({ status: "SUBMITTED", headApprovedBy: "Nguyễn Văn Thủ", submittedById: w.member.userId });
  });

  it("submitted sheets are frozen for the unit; the leader returns with a reason; the unit edits and resubmits", async () => {
    const sheet = await submitted();
    expect(sheet.headApprovedBy).toBe(w.memberHead.name);
    await expect(saveSelf(w.member, w.yearId, w.units.u2, sheet.version, full)).rejects.toMatchObject({ key: "scoring.errors.notEditable" });

    current.session = w.deputy;
    expect(await actions.returnSheetAction({ sheetId: sheet.id, version: sheet.version, reason: "Thiếu minh chứng" })).toEqual({
      ok: false,
      error: "errors.forbidden",
    });
    current.session = w.leader;
    expect(await actions.returnSheetAction({ sheetId: sheet.id, version: sheet.version, reason: "" })).toMatchObject({ ok: false, error: "errors.validation" });
    expect(await actions.returnSheetAction({ sheetId: sheet.id, version: sheet.version, reason: "Tiêu chí 2 chưa có giải trình" })).toMatchObject({ ok: true });
    const returned = await sheetOf(w.units.u2);
    expect(returned).toMatchObject({ status: "RETURNED", returnReason: "Tiêu chí 2 chưa có giải trình" });

    current.session = w.member;
    const saved = await actions.saveSelfAction({
      blocYearId: w.yearId,
      unitId: w.units.u2,
      version: returned.version,
      entries: [{ code: "2", points: "14,5", passed: "", note: "Bổ sung giải trình" }],
    });
    expect(saved).toMatchObject({ ok: true });
    const v = (saved as { data: { version: number } }).data.version;
    expect(await actions.submitSheetAction({ sheetId: sheet.id, version: v, headApprovedBy: "Trần Thị Thủ" })).toMatchObject({ ok: true });
    expect(await sheetOf(w.units.u2)).toMatchObject({ status: "SUBMITTED", headApprovedBy: "Trần Thị Thủ" });
    const two = await db.scoreEntry.findUniqueOrThrow({ where: { sheetId_nodeId_layer: { sheetId: sheet.id, nodeId: w.nodes.n2.id, layer: "SELF" } } });
    expect(two).toMatchObject({ hundredths: 1450, note: "Bổ sung giải trình", byUserId: w.member.userId });
    const audit = await db.auditLog.findMany({ where: { entityId: sheet.id }, orderBy: [{ at: "asc" }, { id: "asc" }], select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(["score.self.save", "score.submit", "score.return", "score.self.save", "score.submit"]);
  });
});

describe("review and appraisal", () => {
  it("a unit never reviews itself", async () => {
    await expect(scoring.assignReviewer(w.board, w.yearId, w.units.u2, w.units.u2)).rejects.toMatchObject({ key: "scoring.errors.selfReview" });
    // The leader's own sheet: the leader unit may not review it.
    const own = await saveSelf(w.leader, w.yearId, w.units.u0, 0, full);
    await attachEvidence(own.id, w.nodes.n1.id);
    await scoring.submitSheet(w.leader, own.id, own.version, "Thủ trưởng Sở");
    current.session = w.leader;
    const { version } = await sheetOf(w.units.u0);
    expect(await actions.saveLayerAction({ sheetId: own.id, version, layer: "REVIEWED", entries: [e("2", 10, "Giảm")] })).toEqual({
      ok: false,
      error: "errors.forbidden",
    });
    expect(await actions.returnSheetAction({ sheetId: own.id, version, reason: "Tự trả" })).toEqual({ ok: false, error: "errors.forbidden" });
  });

  it("an assigned unit reviews that sheet only; others may not", async () => {
    const sheet = await submitted();
    current.session = w.leader;
    expect(await actions.assignReviewerAction({ blocYearId: w.yearId, unitId: w.units.u2, reviewerUnitId: w.units.u3 })).toMatchObject({ ok: true });
    const { version } = await sheetOf(w.units.u2);
    current.session = w.deputy;
    expect(await actions.saveLayerAction({ sheetId: sheet.id, version, layer: "REVIEWED", entries: [e("2", 15)] })).toEqual({
      ok: false,
      error: "errors.forbidden",
    });
    current.session = w.other;
    expect(await actions.saveLayerAction({ sheetId: sheet.id, version, layer: "APPRAISED", entries: [e("2", 15)] })).toEqual({
      ok: false,
      error: "errors.forbidden",
    });
    expect(await actions.saveLayerAction({ sheetId: sheet.id, version, layer: "REVIEWED", entries: [e("2", 12, "Thiếu 1 báo cáo")] })).toMatchObject({
      ok: true,
    });
    const reviewed = await db.scoreEntry.findUniqueOrThrow({
      where: { sheetId_nodeId_layer: { sheetId: sheet.id, nodeId: w.nodes.n2.id, layer: "REVIEWED" } },
    });
    expect(reviewed).toMatchObject({ hundredths: 1200, note: "Thiếu 1 báo cáo", byUnitId: w.units.u3, byName: w.other.name });
  });

  it("a reason wherever the review differs from the self-score; the board appraises on top with the same rule; every layer is kept", async () => {
    const sheet = await submitted();
    await expect(scoring.saveLayer(w.leader, sheet.id, sheet.version, "REVIEWED", [e("2", 12)])).rejects.toMatchObject({
      key: "scoring.errors.reasonRequired",
      params: { leaf: "2" },
    });
    await expect(scoring.saveLayer(w.leader, sheet.id, sheet.version, "REVIEWED", [e("G1", null, "  ", false)])).rejects.toMatchObject({
      key: "scoring.errors.reasonRequired",
      params: { leaf: "G1" },
    });
    // Agreeing needs no reason; 15 and 15.00 are the same.
    const r1 = await scoring.saveLayer(w.leader, sheet.id, sheet.version, "REVIEWED", [e("2", 15.0), e("1", 7, "Một nội dung chưa đạt")]);
    await expect(scoring.saveLayer(w.board, sheet.id, r1.version, "APPRAISED", [e("1", 8)])).rejects.toMatchObject({
      key: "scoring.errors.reasonRequired",
      params: { leaf: "1" },
    });
    await scoring.saveLayer(w.board, sheet.id, r1.version, "APPRAISED", [e("1", 8, "Minh chứng bổ sung đạt")]);

    const year = await loadYearContext(w.yearId);
    const view = await getSheetView(w.board, year, w.units.u2);
    const one = view.diff!.leaves.find((l) => l.leafCode === "1")!;
    expect(one.layers.self?.value).toBe(8);
    expect(one.layers.reviewed).toMatchObject({ value: 7, reason: "Một nội dung chưa đạt", by: w.leader.name });
    expect(one.layers.appraised).toMatchObject({ value: 8, reason: "Minh chứng bổ sung đạt", by: w.board.name });
    expect(one.final).toMatchObject({ value: 8, layer: "appraised" });
    expect(view.diff!.totals.reviewed.total).toBe(view.diff!.totals.self.total - 1);
  });

  it("review needs a submitted sheet", async () => {
    const { id, version } = await saveSelf(w.member, w.yearId, w.units.u2, 0, full);
    await expect(scoring.saveLayer(w.leader, id, version, "REVIEWED", [e("2", 15)])).rejects.toMatchObject({ key: "scoring.errors.notSubmitted" });
  });
});

describe("concurrent edits and privacy", () => {
  it("two saves with the same version: the second is refused and nothing of it is stored", async () => {
    const { id, version } = await saveSelf(w.member, w.yearId, w.units.u2, 0, [e("2", 10)]);
    await saveSelf(w.member, w.yearId, w.units.u2, version, [e("2", 11)]);
    await expect(saveSelf(w.memberHead, w.yearId, w.units.u2, version, [e("2", 19), e("B1", 5)])).rejects.toMatchObject({ key: "scoring.errors.stale" });
    const entries = await db.scoreEntry.findMany({ where: { sheetId: id } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ hundredths: 1100, byUserId: w.member.userId });
    // A second "first save" is stale too, never a second sheet.
    await expect(saveSelf(w.memberHead, w.yearId, w.units.u2, 0, [e("2", 1)])).rejects.toMatchObject({ key: "scoring.errors.stale" });
  });

  it("another unit's officer can neither read nor write the sheet", async () => {
    await saveSelf(w.member, w.yearId, w.units.u2, 0, full);
    const year = await loadYearContext(w.yearId);
    await expect(getSheetView(w.other, year, w.units.u2)).rejects.toMatchObject({ key: "errors.notFound" });
    await expect(getSheetView(w.deputy, year, w.units.u2)).rejects.toMatchObject({ key: "errors.notFound" });
    expect((await getSheetView(w.member, year, w.units.u2)).leaves).toHaveLength(5);
    expect((await getSheetView(w.leader, year, w.units.u2)).can).toMatchObject({ edit: false, review: false });
    current.session = w.other;
    const { version } = await sheetOf(w.units.u2);
    expect(
      await actions.saveSelfAction({ blocYearId: w.yearId, unitId: w.units.u2, version, entries: [{ code: "2", points: "1", passed: "", note: "" }] }),
    ).toEqual({
      ok: false,
      error: "errors.forbidden",
    });
  });
});

describe("evidence", () => {
  it("the unit's officer attaches evidence to a leaf of its own sheet; it counts for submission; others may not attach", async () => {
    const { id, version } = await saveSelf(w.member, w.yearId, w.units.u2, 0, full);
    current.session = w.other;
    expect(await evidenceActions.uploadEvidenceAction(form({ sheetId: id, code: "1", file: pdfFile() }))).toEqual({ ok: false, error: "errors.forbidden" });
    current.session = w.leader;
    expect(await evidenceActions.uploadEvidenceAction(form({ sheetId: id, code: "1", file: pdfFile() }))).toEqual({ ok: false, error: "errors.forbidden" });
    current.session = w.member;
    expect(await evidenceActions.uploadEvidenceAction(form({ sheetId: id, code: "NOPE", file: pdfFile() }))).toEqual({ ok: false, error: "errors.notFound" });
    const uploaded = await evidenceActions.uploadEvidenceAction(form({ sheetId: id, code: "1", file: pdfFile("Báo cáo tổng kết.pdf") }));
    expect(uploaded).toMatchObject({ ok: true });
    const year = await loadYearContext(w.yearId);
    const leaf = (await getSheetView(w.member, year, w.units.u2)).leaves.find((l) => l.code === "1")!;
    expect(leaf.evidence.map((f) => f.fileName)).toEqual(["Báo cáo tổng kết.pdf"]);

    await scoring.submitSheet(w.memberHead, id, version, null);
    // Submitted: the evidence is frozen with the sheet.
    const attachmentId = leaf.evidence[0].id;
    expect(await evidenceActions.deleteEvidenceAction({ attachmentId })).toEqual({ ok: false, error: "scoring.errors.notEditable" });
    expect(await evidenceActions.uploadEvidenceAction(form({ sheetId: id, code: "2", file: pdfFile() }))).toEqual({
      ok: false,
      error: "scoring.errors.notEditable",
    });
  });
});

describe("evidence downloads", () => {
  it("serve a unit's evidence to the unit, its reviewers and the board, never to another member unit", async () => {
    const sheet = await submitted();
    const file = await db.attachment.findFirstOrThrow({ where: { sheetId: sheet.id, nodeId: w.nodes.n1.id } });
    const { findDownloadableAttachment } = await import("@/lib/attachments/queries");
    expect(await findDownloadableAttachment(w.member, file.id)).toMatchObject({ id: file.id });
    expect(await findDownloadableAttachment(w.leader, file.id)).toMatchObject({ id: file.id });
    expect(await findDownloadableAttachment(w.board, file.id)).toMatchObject({ id: file.id });
    expect(await findDownloadableAttachment(w.other, file.id)).toBeNull();
    expect(await findDownloadableAttachment(w.deputy, file.id)).toBeNull();
  });
});
