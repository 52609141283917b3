import { beforeEach, describe, expect, it, vi } from "vitest";
import type { AppSession } from "@/lib/auth/session-types";

// The to-do's later steps read from a real database by its two statements: registration,
// review finished, and giải trình (the unit's answers, the reviewer's and the board's decisions).
const current: { session: AppSession | null } = { session: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.session }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const { db } = await import("@/lib/db");
const { todoFor } = await import("@/lib/todo/queries");
const scoring = await import("@/lib/scoring/actions");
const explanations = await import("@/lib/explanations/actions");
const { DAY, makeWorld, until } = await import("../support/explanation-world");

let w: Awaited<ReturnType<typeof makeWorld>>;
const as = (session: AppSession) => (current.session = session);
/** The caller's items in this world's year, as "kind count". */
const todo = async (s: AppSession) =>
  ((await todoFor(s)) ?? []).filter((i) => i.blocYearId === w.yearId).map((i) => (i.count === null ? i.kind : `${i.kind} ${i.count}`));

beforeEach(async () => {
  w = await makeWorld();
});

describe("the to-do's later steps", () => {
  it("review finished: the assigned reviewer finishes a reviewed sheet, the leader reviews the one nobody else does", async () => {
    // u2 reviewed u1's sheet (leaf 1 cut) without finishing; u2's own sheet, nobody's assigned, waits for the leader's review.
    expect(await todo(w.u2)).toEqual(["reviewFinish 1"]);
    expect(await todo(w.leader)).toContain("sheetsReview 1");
    as(w.u2);
    const sheet = await db.scoreSheet.findUniqueOrThrow({ where: { id: w.sheets[w.units.u1] } });
    expect(await scoring.finishReviewAction({ sheetId: sheet.id, version: sheet.version })).toMatchObject({ ok: true });
    expect(await todo(w.u2)).toEqual([]);
  });

  it("giải trình: the unit answers the leaves review changed while the window is open; then the reviewer decides", async () => {
    expect(await todo(w.u1)).toEqual([]);
    as(w.leader);
    await explanations.openExplanationsAction({ blocYearId: w.yearId, until: until(DAY) });
    const [item] = (await todoFor(w.u1))!.filter((i) => i.blocYearId === w.yearId);
    expect(item).toMatchObject({ kind: "explanationAnswer", count: 1, href: expect.stringMatching(new RegExp(`/scoring/${w.units.u1}$`)) });
    expect(item.deadline).toBeInstanceOf(Date);
    as(w.u1);
    await explanations.answerExplanationAction({ sheetId: w.sheets[w.units.u1], leafCode: "1", accepted: "explain", text: "Có biên bản" });
    expect(await todo(w.u1)).toEqual([]);
    expect(await todo(w.u2)).toEqual(["reviewFinish 1", "explanationsDecide 1"]);
    as(w.u2);
    await explanations.decideExplanationAction({ sheetId: w.sheets[w.units.u1], leafCode: "1", decision: "KEEP", reason: "Không đủ" });
    expect(await todo(w.u2)).toEqual(["reviewFinish 1"]);
  });

  it("the board decides the answers to its appraised scores", async () => {
    const sheetId = w.sheets[w.units.u2];
    const node = await db.criterionNode.findFirstOrThrow({ where: { code: "2", set: { blocYearId: w.yearId } } });
    await db.scoreEntry.create({ data: { sheetId, nodeId: node.id, layer: "APPRAISED", hundredths: 600, note: "Thẩm định lại", byName: "Ban" } });
    await db.scoreExplanation.create({
      data: {
        sheetId,
        leafCode: "2",
        answeredTo: { self: 9, standing: 6, layer: "appraised" },
        accepted: false,
        text: "Đề nghị giữ điểm",
        answeredAt: new Date(),
        answeredById: w.u2.userId,
        answeredByName: w.u2.name,
      },
    });
    expect(await todo(w.board)).toContain("explanationsDecide 1");
    // A reviewed-layer answer is not the board's: the leader's unit decides it.
    expect(await todo(w.leader)).not.toContain("explanationsDecide 1");
  });

  it("registration: the unit registers by the deadline; the head approves a draft", async () => {
    await db.blocYear.update({ where: { id: w.yearId }, data: { registrationDueAt: new Date(Date.now() + 7 * DAY) } });
    expect(await todo(w.u1)).toEqual(["registrationDraft"]);
    await db.registration.create({ data: { blocYearId: w.yearId, unitId: w.units.u0 } });
    expect(await todo(w.leaderHead)).toContain("registrationApprove");
    expect(await todo(w.leader)).toContain("registrationAskHead");
  });
});
