import { beforeEach, describe, expect, it, vi } from "vitest";
import type { AppSession } from "@/lib/auth/session-types";
import type { RankingSnapshotData } from "@/lib/ranking/types";

// Giải trình: the leader opens the window, the unit answers its cut scores, the reviewer keeps or
// changes them; sign-off waits for all of it. Actions run as a chosen session; the rest is real.
const current: { session: AppSession | null } = { session: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.session }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const { db } = await import("@/lib/db");
const ranking = await import("@/lib/ranking/service");
const actions = await import("@/lib/explanations/actions");
const { appRunner, ids, toldOf } = await import("../support/notification-world");
const { DAY, makeWorld, until } = await import("../support/explanation-world");

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;

const as = (session: AppSession) => {
  current.session = session;
};
const open = (ms = DAY) => actions.openExplanationsAction({ blocYearId: w.yearId, until: until(ms) });
const answerLeaf1 = (accepted: "accept" | "explain", text = "Đã nộp minh chứng tại biên bản số 12") =>
  actions.answerExplanationAction({ sheetId: w.sheets[w.units.u1], leafCode: "1", accepted, text });
const keep = (reason = "Minh chứng không đủ") =>
  // As the browser sends it: keeping the score shows no value field.
  actions.decideExplanationAction({ sheetId: w.sheets[w.units.u1], leafCode: "1", decision: "KEEP", reason });
const audits = (action: string) => db.auditLog.findMany({ where: { action, blocId: { not: null } }, orderBy: { at: "asc" } });

beforeEach(async () => {
  w = await makeWorld();
  current.session = null;
});

describe("the window", () => {
  it("is opened by the leader or the board, never by a member; with a deadline ahead", async () => {
    as(w.u1);
    expect(await open()).toEqual({ ok: false, error: "errors.forbidden" });
    as(w.leader);
    expect(await open(-DAY)).toMatchObject({ ok: false, error: "explanations.errors.untilPast" });
    expect(await open()).toMatchObject({ ok: true });
    as(w.board);
    expect(await open(2 * DAY)).toMatchObject({ ok: true });
    const entry = (await audits("explanation.window")).filter((a) => a.entityId !== null).at(-1)!;
    // The units with a disputed leaf, whom the window's notification tells.
    expect(((entry.after as { unitIds: string[] }).unitIds ?? []).sort()).toEqual([w.units.u0, w.units.u1].sort());
  });
});

describe("the unit's answer", () => {
  it("comes from the sheet's own unit only, inside the window, on a leaf whose score differs", async () => {
    as(w.u1);
    expect(await answerLeaf1("explain")).toMatchObject({ ok: false, error: "explanations.errors.notOpen" });
    as(w.leader);
    await open();
    // The reviewing unit, the leader: not theirs to answer.
    for (const other of [w.u2, w.leader, w.board]) {
      as(other);
      expect(await answerLeaf1("explain")).toEqual({ ok: false, error: "errors.forbidden" });
    }
    as(w.u1);
    expect(await actions.answerExplanationAction({ sheetId: w.sheets[w.units.u1], leafCode: "2", accepted: "accept", text: "" })).toMatchObject({
      ok: false,
      error: "explanations.errors.notDisputed",
    });
    expect(await answerLeaf1("explain", "")).toMatchObject({ ok: false });
    expect(await answerLeaf1("explain")).toMatchObject({ ok: true });
    const row = await db.scoreExplanation.findUniqueOrThrow({ where: { sheetId_leafCode: { sheetId: w.sheets[w.units.u1], leafCode: "1" } } });
    expect(row).toMatchObject({ accepted: false, text: "Đã nộp minh chứng tại biên bản số 12", answeredById: w.u1.userId, decision: null });
    expect(row.answeredTo).toMatchObject({ self: 8, standing: 5, layer: "reviewed", reason: "Thiếu minh chứng" });
    expect(await audits("explanation.answer")).toHaveLength(1);
  });

  it("is refused once the window has closed", async () => {
    as(w.leader);
    await open();
    await db.scoringRound.update({ where: { blocYearId: w.yearId }, data: { explainUntil: new Date(Date.now() - 1000) } });
    as(w.u1);
    expect(await answerLeaf1("accept")).toMatchObject({ ok: false, error: "explanations.errors.closed" });
  });
});

describe("the decision", () => {
  beforeEach(async () => {
    as(w.leader);
    await open();
    as(w.u1);
    await answerLeaf1("explain");
  });

  it("is the reviewer's (assigned unit or leader); never the unit's own, nor the board's on a reviewed score", async () => {
    for (const other of [w.u1, w.board]) {
      as(other);
      expect(await keep()).toEqual({ ok: false, error: "errors.forbidden" });
    }
    as(w.u2);
    expect(await keep("")).toMatchObject({ ok: false });
    expect(await keep()).toMatchObject({ ok: true });
    expect(await keep()).toMatchObject({ ok: false, error: "explanations.errors.decided" });
    as(w.u1);
    expect(await answerLeaf1("accept")).toMatchObject({ ok: false, error: "explanations.errors.decided" });
    const row = await db.scoreExplanation.findFirstOrThrow({ where: { sheetId: w.sheets[w.units.u1] } });
    expect(row).toMatchObject({ decision: "KEEP", decisionReason: "Minh chứng không đủ", decidedById: w.u2.userId });
    expect(await audits("explanation.decide")).toHaveLength(1);
  });

  it("changing the score rewrites the reviewed layer with the reason", async () => {
    as(w.leader);
    const changed = await actions.decideExplanationAction({
      sheetId: w.sheets[w.units.u1],
      leafCode: "1",
      decision: "CHANGE",
      points: "7,5",
      passed: "",
      reason: "Minh chứng bổ sung hợp lệ",
    });
    expect(changed).toMatchObject({ ok: true });
    const entry = await db.scoreEntry.findFirstOrThrow({ where: { sheetId: w.sheets[w.units.u1], layer: "REVIEWED" } });
    expect(entry).toMatchObject({ hundredths: 750, note: "Minh chứng bổ sung hợp lệ", byUserId: w.leader.userId });
    expect(await db.scoreExplanation.findFirstOrThrow({ where: { sheetId: w.sheets[w.units.u1] } })).toMatchObject({
      decision: "CHANGE",
      decidedValue: { value: 7.5 },
    });
  });
});

describe("sign-off", () => {
  it("is refused while an answer or a decision is awaited, naming the units; allowed after; the exchange frozen", async () => {
    as(w.leader);
    await open();
    const signOff = () => ranking.signOff(w.leaderHead, w.yearId, null);
    await expect(signOff()).rejects.toMatchObject({ key: "explanations.errors.awaited" });
    await expect(signOff()).rejects.toMatchObject({ params: { units: expect.stringContaining("Đơn vị A") } });
    as(w.u1);
    await answerLeaf1("explain");
    as(w.leader);
    await actions.answerExplanationAction({ sheetId: w.sheets[w.units.u0], leafCode: "2", accepted: "accept", text: "" });
    // u0 accepted (its own sheet, as its officer), u1 explained: the decision is awaited.
    await expect(signOff()).rejects.toMatchObject({ params: { units: expect.stringContaining("Đơn vị B") } });
    as(w.u2);
    expect(await keep()).toMatchObject({ ok: true });
    const { id } = await signOff();
    const data = (await db.rankingSnapshot.findUniqueOrThrow({ where: { id } })).data as RankingSnapshotData;
    const leaf = data.rows.find((r) => r.unitId === w.units.u1)!.leaves.find((l) => l.code === "1")!;
    expect(leaf.explanation).toMatchObject({ accepted: false, decision: "KEEP", decisionReason: "Minh chứng không đủ", answeredBy: w.u1.name });
    // Locked with the year: no answer or decision after sign-off.
    as(w.leader);
    expect(await actions.answerExplanationAction({ sheetId: w.sheets[w.units.u0], leafCode: "2", accepted: "accept", text: "" })).toMatchObject({
      ok: false,
      error: "scoring.errors.locked",
    });
  });

  it("does not wait for units that let the window pass without answering", async () => {
    as(w.leader);
    await open();
    await db.scoringRound.update({ where: { blocYearId: w.yearId }, data: { explainUntil: new Date(Date.now() - 1000) } });
    await expect(ranking.signOff(w.leaderHead, w.yearId, null)).resolves.toMatchObject({ id: expect.any(String) });
  });
});

describe("notifications", () => {
  const clock = {
    get now() {
      return new Date();
    },
  };
  const drain = () => appRunner(clock).drain();

  it("tell the units whose scores changed, then the reviewer of an answer, then the unit of the decision; never the one who acted", async () => {
    as(w.leader);
    await open();
    await drain();
    const round = await db.scoringRound.findUniqueOrThrow({ where: { blocYearId: w.yearId } });
    expect(await toldOf("explanation-requested", round.id)).toEqual(ids(w.leaderHead, w.u1));
    as(w.u1);
    await answerLeaf1("explain");
    await drain();
    expect(await toldOf("explanation-answered", w.sheets[w.units.u1])).toEqual(ids(w.u2));
    as(w.u2);
    await keep();
    await drain();
    expect(await toldOf("explanation-decided", w.sheets[w.units.u1])).toEqual(ids(w.u1));
  });
});

describe("fair cross-review", () => {
  it("the leader or the board confirms a balanced assignment: one sheet each, never one's own, no pair reviewing each other", async () => {
    const scoringActions = await import("@/lib/scoring/actions");
    const { reviewFlags } = await import("@/lib/scoring/cross-review");
    const { reviewUnits } = await import("@/lib/scoring/review-assignment");
    await db.unit.update({ where: { id: w.units.u2 }, data: { parentBody: (await db.unit.findUniqueOrThrow({ where: { id: w.units.u0 } })).name } });
    as(w.u1);
    expect(await scoringActions.confirmBalancedReviewAction({ blocYearId: w.yearId })).toEqual({ ok: false, error: "errors.forbidden" });
    as(w.leader);
    expect(await scoringActions.confirmBalancedReviewAction({ blocYearId: w.yearId })).toMatchObject({ ok: true, data: { count: 3 } });
    const sheets = await db.scoreSheet.findMany({ where: { blocYearId: w.yearId }, select: { unitId: true, reviewerUnitId: true } });
    const reviewerOf = new Map(sheets.map((s) => [s.unitId, s.reviewerUnitId]));
    expect(new Set(reviewerOf.values()).size).toBe(3);
    for (const [unitId, reviewer] of reviewerOf) expect(reviewer).not.toBe(unitId);
    // Three members: u2's parent body u0 cannot be kept apart from it both ways, but no pair reviews each other.
    expect([...reviewFlags(await reviewUnits(db, w.yearId), reviewerOf).values()].flat()).not.toContain("reciprocal");
    expect((await audits("score.assignReviewers")).length).toBeGreaterThan(0);
  });
});
