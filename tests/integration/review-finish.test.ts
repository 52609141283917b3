import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { AppSession } from "@/lib/auth/session-types";
import type { RankingSnapshotData } from "@/lib/ranking/types";

// The review's last step ("review finished") and the evidence a unit attaches to its answer to
// review. Actions run as a chosen session; the database, the files and the job runner are real.
process.env.DATA_DIR = path.join(await mkdtemp(path.join(os.tmpdir(), "tdk-review-finish-")), "data");
const current: { session: AppSession | null } = { session: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.session }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const { db } = await import("@/lib/db");
const ranking = await import("@/lib/ranking/service");
const scoring = await import("@/lib/scoring/actions");
const explanations = await import("@/lib/explanations/actions");
const evidence = await import("@/lib/evidence/actions");
const { findDownloadableAttachment } = await import("@/lib/attachments/queries");
const { getExplanationsView } = await import("@/lib/explanations/queries");
const { loadYearContext } = await import("@/lib/blocs/year-context");
const { storedActor } = await import("../support/actors");
const { appRunner, ids, toldOf } = await import("../support/notification-world");
const { DAY, makeWorld, until } = await import("../support/explanation-world");

let w: Awaited<ReturnType<typeof makeWorld>>;
const as = (session: AppSession) => {
  current.session = session;
};
const sheetOf = (unit: "u0" | "u1" | "u2") => w.sheets[w.units[unit]];
const versionOf = async (sheetId: string) => (await db.scoreSheet.findUniqueOrThrow({ where: { id: sheetId } })).version;
const finish = async (sheetId: string) => scoring.finishReviewAction({ sheetId, version: await versionOf(sheetId) });
const audits = (action: string) => db.auditLog.findMany({ where: { action, blocId: { not: null } }, orderBy: { at: "asc" } });
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
const upload = (sheetId: string, leafCode = "1", name = "bien-ban-12.pdf") => {
  const form = new FormData();
  form.set("sheetId", sheetId);
  form.set("leafCode", leafCode);
  form.set("file", new File([PDF], name));
  return evidence.uploadExplanationEvidenceAction(form);
};

beforeEach(async () => {
  w = await makeWorld();
  current.session = null;
});

describe("review finished", () => {
  it("is the reviewer's (the assigned unit, the leader) or the board's; never the unit's own; once per review; audited", async () => {
    as(w.u1);
    expect(await finish(sheetOf("u1"))).toEqual({ ok: false, error: "errors.forbidden" });
    as(w.u2);
    expect(await finish(sheetOf("u0"))).toEqual({ ok: false, error: "errors.forbidden" });
    expect(await finish(sheetOf("u1"))).toMatchObject({ ok: true });
    expect(await finish(sheetOf("u1"))).toMatchObject({ ok: false, error: "scoring.errors.reviewFinished" });
    as(w.board);
    expect(await finish(sheetOf("u2"))).toMatchObject({ ok: true });
    as(w.leader);
    expect(await finish(sheetOf("u0"))).toEqual({ ok: false, error: "errors.forbidden" });
    const row = await db.scoreSheet.findUniqueOrThrow({ where: { id: sheetOf("u1") } });
    expect(row).toMatchObject({ reviewFinishedBy: w.u2.name });
    expect(row.reviewFinishedAt).toBeInstanceOf(Date);
    const entries = await audits("score.review.finish");
    expect(entries.map((e) => e.entityId).sort()).toEqual([sheetOf("u1"), sheetOf("u2")].sort());
    // A leaf left unreviewed stands at its self-score: not a reason to refuse (u2's sheet has no reviewed leaf).
    expect(entries.find((e) => e.entityId === sheetOf("u2"))!.after).toMatchObject({ reviewedLeaves: 0 });
  });

  it("is refused on a sheet not submitted, and on a locked one", async () => {
    await db.scoreSheet.update({ where: { id: sheetOf("u1") }, data: { status: "RETURNED" } });
    as(w.u2);
    expect(await finish(sheetOf("u1"))).toMatchObject({ ok: false, error: "scoring.errors.notSubmitted" });
    await db.scoreSheet.update({ where: { id: sheetOf("u1") }, data: { status: "SUBMITTED", lockedAt: new Date() } });
    expect(await finish(sheetOf("u1"))).toMatchObject({ ok: false, error: "scoring.errors.locked" });
    expect(await db.scoreSheet.findUniqueOrThrow({ where: { id: sheetOf("u1") } })).toMatchObject({ reviewFinishedAt: null });
  });

  it("stops the reviewed layer's saves (a decision on an answer still changes it); a return clears it", async () => {
    as(w.u2);
    await finish(sheetOf("u1"));
    const review = async () =>
      scoring.saveLayerAction({
        sheetId: sheetOf("u1"),
        version: await versionOf(sheetOf("u1")),
        layer: "REVIEWED",
        entries: [{ code: "2", points: "7", passed: "", note: "Chưa đạt" }],
      });
    expect(await review()).toMatchObject({ ok: false, error: "scoring.errors.reviewFinished" });
    const view = await (await import("@/lib/scoring/queries")).getSheetView(w.u2, await loadYearContext(w.yearId), w.units.u1);
    expect(view.can).toMatchObject({ review: false, finishReview: false });
    expect(view.sheet).toMatchObject({ reviewFinishedBy: w.u2.name });
    as(w.leader);
    expect(
      await scoring.returnSheetAction({ sheetId: sheetOf("u1"), version: await versionOf(sheetOf("u1")), reason: "Bổ sung hồ sơ", resubmitBy: null }),
    ).toMatchObject({ ok: true });
    expect(await db.scoreSheet.findUniqueOrThrow({ where: { id: sheetOf("u1") } })).toMatchObject({ reviewFinishedAt: null, reviewFinishedBy: null });
  });

  it("tells the reviewed unit's officers and head, with the sheet's link; never the reviewer", async () => {
    const head = await storedActor({
      userId: `head-${w.units.u1}`,
      username: `head-${w.units.u1}`,
      name: "Thủ trưởng B",
      role: "UNIT_OFFICER",
      unitId: w.units.u1,
      isUnitHead: true,
      allBlocs: false,
    });
    as(w.u2);
    await finish(sheetOf("u1"));
    await appRunner({ now: new Date() }).drain();
    expect(await toldOf("review-finished", sheetOf("u1"))).toEqual(ids(w.u1, head));
    const n = await db.notification.findFirstOrThrow({ where: { kind: "review-finished", subjectId: sheetOf("u1") } });
    expect(n.link).toMatch(new RegExp(`/scoring/${w.units.u1}$`));
    expect(n.params).toMatchObject({ unit: expect.stringContaining("Đơn vị B") });
  });
});

describe("evidence on an answer to review", () => {
  beforeEach(async () => {
    as(w.leader);
    await explanations.openExplanationsAction({ blocYearId: w.yearId, until: until(DAY) });
  });
  const explain = () =>
    explanations.answerExplanationAction({ sheetId: sheetOf("u1"), leafCode: "1", accepted: "explain", text: "Minh chứng đính kèm: biên bản số 12" });

  it("is attached by the unit once it has explained, while it may still change the answer; refused to anyone else", async () => {
    as(w.u1);
    expect(await upload(sheetOf("u1"))).toMatchObject({ ok: false, error: "explanations.errors.evidenceNeedsExplanation" });
    await explain();
    for (const other of [w.u2, w.leader, w.board]) {
      as(other);
      expect(await upload(sheetOf("u1"))).toEqual({ ok: false, error: "errors.forbidden" });
    }
    as(w.u1);
    const bad = new FormData();
    bad.set("sheetId", sheetOf("u1"));
    bad.set("leafCode", "1");
    bad.set("file", new File([Buffer.from("MZ\x90\x00 not a document")], "virus.exe"));
    expect(await evidence.uploadExplanationEvidenceAction(bad)).toMatchObject({ ok: false, error: "attachments.errors.type" });
    const stored = await upload(sheetOf("u1"));
    expect(stored).toMatchObject({ ok: true });
    const fileId = (stored as { data: { id: string } }).data.id;
    const row = await db.attachment.findUniqueOrThrow({ where: { id: fileId } });
    expect(row).toMatchObject({ ownerType: "explanation", ownerId: null, sheetId: null, unitId: w.units.u1 });
    expect(await audits("attachment.upload")).toHaveLength(1);
    // The reviewer sees it on the sheet and downloads it; the unit too.
    const view = await getExplanationsView(w.u2, await loadYearContext(w.yearId), w.units.u1);
    expect(view!.items.find((i) => i.leafCode === "1")!.answer!.evidence).toEqual([{ id: fileId, fileName: "bien-ban-12.pdf" }]);
    expect(view!.items.find((i) => i.leafCode === "1")!.canAttach).toBe(false);
    expect(await findDownloadableAttachment(w.u2, fileId)).toMatchObject({ fileName: "bien-ban-12.pdf" });
    expect(await findDownloadableAttachment(w.u1, fileId)).not.toBeNull();
    // Removed by the unit while undecided; another's removal is refused.
    as(w.u2);
    expect(await evidence.deleteExplanationEvidenceAction({ attachmentId: fileId })).toEqual({ ok: false, error: "errors.forbidden" });
    as(w.u1);
    expect(await evidence.deleteExplanationEvidenceAction({ attachmentId: fileId })).toMatchObject({ ok: true });
    expect(await db.attachment.findUnique({ where: { id: fileId } })).toBeNull();
  });

  it("is refused once the score is decided or the window closed, and on an acceptance", async () => {
    as(w.u1);
    await explain();
    as(w.u2);
    await explanations.decideExplanationAction({ sheetId: sheetOf("u1"), leafCode: "1", decision: "KEEP", reason: "Không đủ" });
    as(w.u1);
    expect(await upload(sheetOf("u1"))).toMatchObject({ ok: false, error: "explanations.errors.decided" });
    as(w.leader);
    await explanations.answerExplanationAction({ sheetId: sheetOf("u0"), leafCode: "2", accepted: "accept", text: "" });
    expect(await upload(sheetOf("u0"), "2")).toMatchObject({ ok: false, error: "explanations.errors.evidenceNeedsExplanation" });
    await db.scoringRound.update({ where: { blocYearId: w.yearId }, data: { explainUntil: new Date(Date.now() - 1000) } });
    expect(await upload(sheetOf("u0"), "2")).toMatchObject({ ok: false, error: "explanations.errors.closed" });
    expect(await db.attachment.count({ where: { ownerType: "explanation", blocYearId: w.yearId } })).toBe(0);
  });

  it("is frozen by name with the exchange in the signed-off snapshot", async () => {
    as(w.u1);
    await explain();
    await upload(sheetOf("u1"));
    as(w.leader);
    await explanations.answerExplanationAction({ sheetId: sheetOf("u0"), leafCode: "2", accepted: "accept", text: "" });
    as(w.u2);
    await explanations.decideExplanationAction({ sheetId: sheetOf("u1"), leafCode: "1", decision: "KEEP", reason: "Không đủ" });
    const { id } = await ranking.signOff(w.leaderHead, w.yearId, null);
    const data = (await db.rankingSnapshot.findUniqueOrThrow({ where: { id } })).data as RankingSnapshotData;
    const leaf = data.rows.find((r) => r.unitId === w.units.u1)!.leaves.find((l) => l.code === "1")!;
    expect(leaf.explanation).toMatchObject({ decision: "KEEP", evidence: ["bien-ban-12.pdf"] });
  });
});
