import { describe, expect, it } from "vitest";
import { awaitedOf, disputedLeaves, explainWindowState, mayAnswerReview } from "@/lib/explanations/rules";
import type { LeafLayers } from "@/lib/scoring/layers";

const at = new Date("2026-11-20T03:00:00Z");
const entry = (value: number | boolean | null, reason: string | null = null, by = "Người chấm") => ({ value, by, at, reason });

describe("disputedLeaves", () => {
  it("lists the leaves whose value standing above self differs from it, with the reason of the layer that set it", () => {
    const sheet: LeafLayers[] = [
      { leafCode: "1", self: entry(8), reviewed: entry(5, "Thiếu minh chứng") },
      { leafCode: "2", self: entry(9), reviewed: entry(9.0) }, // the same score
      { leafCode: "3", self: entry(4) }, // not reviewed
      { leafCode: "4", self: entry(4), reviewed: entry(2, "a"), appraised: entry(4, "Ban khôi phục") }, // the board put self back
      { leafCode: "5", self: entry(6), reviewed: entry(null) }, // opened, nothing entered
      { leafCode: "G1", self: entry(true), appraised: entry(false, "Vi phạm", "Ban") },
      { leafCode: "6", reviewed: entry(3, "Không tự chấm") },
    ];
    expect(disputedLeaves(sheet)).toEqual([
      { leafCode: "1", self: 8, standing: 5, layer: "reviewed", reason: "Thiếu minh chứng", by: "Người chấm" },
      { leafCode: "G1", self: true, standing: false, layer: "appraised", reason: "Vi phạm", by: "Ban" },
      { leafCode: "6", self: null, standing: 3, layer: "reviewed", reason: "Không tự chấm", by: "Người chấm" },
    ]);
  });
});

describe("the window and what a sign-off waits for", () => {
  const now = new Date("2026-12-01T00:00:00Z");
  it("is none until opened, open until its deadline, then closed", () => {
    expect(explainWindowState(null, now)).toBe("none");
    expect(explainWindowState({ explainOpenedAt: null, explainUntil: null }, now)).toBe("none");
    expect(explainWindowState({ explainOpenedAt: at, explainUntil: new Date(now.getTime() + 1) }, now)).toBe("open");
    expect(explainWindowState({ explainOpenedAt: at, explainUntil: now }, now)).toBe("closed");
  });

  it("lets a unit answer only its submitted, unlocked sheet while the window is open", () => {
    const open = { explainOpenedAt: at, explainUntil: new Date(now.getTime() + 1) };
    const submitted = { status: "SUBMITTED", locked: false };
    expect(mayAnswerReview(submitted, open, now)).toBe(true);
    expect(mayAnswerReview({ status: "DRAFT", locked: false }, open, now)).toBe(false);
    expect(mayAnswerReview({ status: "SUBMITTED", locked: true }, open, now)).toBe(false);
    expect(mayAnswerReview(null, open, now)).toBe(false);
    expect(mayAnswerReview(submitted, { explainOpenedAt: at, explainUntil: now }, now)).toBe(false);
    expect(mayAnswerReview(submitted, null, now)).toBe(false);
  });

  it("waits for unanswered leaves only while the window is open, and for every undecided explanation", () => {
    const disputed = disputedLeaves([
      { leafCode: "1", self: entry(8), reviewed: entry(5, "a") },
      { leafCode: "2", self: entry(8), reviewed: entry(6, "b") },
      { leafCode: "3", self: entry(8), reviewed: entry(7, "c") },
    ]);
    const answers = [
      { leafCode: "1", accepted: true, decision: null },
      { leafCode: "2", accepted: false, decision: null },
    ];
    expect(awaitedOf(disputed, answers, true)).toEqual({ unanswered: ["3"], undecided: ["2"] });
    expect(awaitedOf(disputed, answers, false)).toEqual({ unanswered: [], undecided: ["2"] });
    expect(awaitedOf(disputed, [...answers.slice(0, 1), { leafCode: "2", accepted: false, decision: "KEEP" }], false)).toEqual({
      unanswered: [],
      undecided: [],
    });
  });
});
