import { describe, expect, it } from "vitest";
import {
  diffLayers,
  effectiveValue,
  finalValue,
  missingReasons,
  reasonRequired,
  reviewNeedsReason,
  sameValue,
  type LayerEntry,
  type LeafLayers,
} from "@/lib/scoring/layers";
import type { ScoreValue } from "@/lib/scoring/rules";
import { NESTED_TREE } from "./fixtures/criteria-examples";

const at = (day: number) => new Date(Date.UTC(2025, 11, day, 3, 0, 0));
const self = (value: ScoreValue): LayerEntry => ({ value, by: "officer-a", at: at(1), reason: null });
const reviewed = (value: ScoreValue, reason: string | null = "Thiếu hồ sơ"): LayerEntry => ({ value, by: "leader-b", at: at(5), reason });
const appraised = (value: ScoreValue, reason: string | null = "Thẩm định lại"): LayerEntry => ({ value, by: "board-c", at: at(9), reason });

describe("finalValue: appraised over reviewed over self", () => {
  it("takes the top layer with a value, with its who, when and why", () => {
    expect(finalValue({ leafCode: "1", self: self(8) })).toEqual({ value: 8, by: "officer-a", at: at(1), reason: null, layer: "self" });
    expect(finalValue({ leafCode: "1", self: self(8), reviewed: reviewed(7) })).toEqual({
      value: 7,
      by: "leader-b",
      at: at(5),
      reason: "Thiếu hồ sơ",
      layer: "reviewed",
    });
    expect(finalValue({ leafCode: "1", self: self(8), reviewed: reviewed(7), appraised: appraised(7.5) })?.value).toBe(7.5);
    expect(finalValue({ leafCode: "1", self: self(8), appraised: appraised(6) })?.layer).toBe("appraised");
  });

  it("keeps a 0 and a failed gate: only null or a missing layer falls through", () => {
    expect(finalValue({ leafCode: "1", self: self(8), reviewed: reviewed(0) })?.value).toBe(0);
    expect(finalValue({ leafCode: "G1", self: self(true), reviewed: reviewed(false) })?.value).toBe(false);
    expect(finalValue({ leafCode: "1", self: self(8), reviewed: reviewed(7), appraised: appraised(null) })?.layer).toBe("reviewed");
    expect(finalValue({ leafCode: "1", self: self(8), reviewed: null })?.layer).toBe("self");
  });

  it("has no value when no layer has one", () => {
    expect(finalValue({ leafCode: "1" })).toBeNull();
    expect(finalValue({ leafCode: "1", self: self(null) })).toBeNull();
  });

  it("gives the value standing after each layer", () => {
    const l: LeafLayers = { leafCode: "1", self: self(8), appraised: appraised(6) };
    expect([effectiveValue(l, "self"), effectiveValue(l, "reviewed"), effectiveValue(l, "appraised")]).toEqual([8, 8, 6]);
    expect(effectiveValue({ leafCode: "1" }, "appraised")).toBeNull();
  });
});

describe("reasons", () => {
  it.each<[ScoreValue, ScoreValue, boolean]>([
    [8, 8, false],
    [8, 7.5, true],
    [0, 0.01, true],
    [8, null, false], // not reviewed yet
    [null, 5, true],
    [true, true, false],
    [true, false, true],
    [1, true, true],
  ])("self %s, reviewed %s → reason needed: %s", (s, r, expected) => {
    expect(reviewNeedsReason(s, r)).toBe(expected);
  });

  it("compares points as scores", () => {
    expect(sameValue(10.5, 10.5)).toBe(true);
    expect(sameValue(0.3, 0.1 + 0.2)).toBe(false); // float noise is not a two-decimal score
    expect(sameValue(null, null)).toBe(true);
    expect(sameValue(0, false)).toBe(false);
  });

  it("asks an appraisal for a reason where it changes the value below it", () => {
    expect(reasonRequired({ leafCode: "1", self: self(8), reviewed: reviewed(7), appraised: appraised(8) }, "appraised")).toBe(true);
    expect(reasonRequired({ leafCode: "1", self: self(8), reviewed: reviewed(7), appraised: appraised(7) }, "appraised")).toBe(false);
    expect(reasonRequired({ leafCode: "1", self: self(8), appraised: appraised(8) }, "appraised")).toBe(false);
    expect(reasonRequired({ leafCode: "1", self: self(8), appraised: appraised(6) }, "appraised")).toBe(true);
  });

  it("lists the leaves missing a reason; a blank reason is none", () => {
    const sheet: LeafLayers[] = [
      { leafCode: "1", self: self(8), reviewed: reviewed(7, null) },
      { leafCode: "2.1", self: self(10), reviewed: reviewed(9, "   ") },
      { leafCode: "2.2", self: self(9), reviewed: reviewed(8, "Không đủ minh chứng") },
      { leafCode: "3", self: self(20), reviewed: reviewed(20, null) },
      { leafCode: "G1", self: self(true), reviewed: reviewed(false, null) },
      { leafCode: "B1", self: self(5) },
    ];
    expect(missingReasons(sheet, "reviewed")).toEqual(["1", "2.1", "G1"]);
    expect(missingReasons(sheet, "appraised")).toEqual([]);
  });
});

describe("diffLayers", () => {
  const sheet: LeafLayers[] = [
    { leafCode: "1", self: self(10), reviewed: reviewed(8), appraised: appraised(9) },
    { leafCode: "2.1", self: self(10.5), reviewed: reviewed(10.5, null) },
    { leafCode: "2.2", self: self(9.5), reviewed: reviewed(9.25) },
    { leafCode: "3", self: self(20) },
    { leafCode: "G1", self: self(true), reviewed: reviewed(false) },
    { leafCode: "B1", self: self(10), appraised: appraised(5) },
    { leafCode: "D1", self: self(0), reviewed: reviewed(2.5) },
  ];
  const diff = diffLayers(NESTED_TREE, sheet);
  const leafDiff = (code: string) => diff.leaves.find((l) => l.leafCode === code)!;

  it("shows each layer that changed a leaf, by how much and what it did to the total", () => {
    expect(leafDiff("1").changes).toEqual([
      { from: "self", to: "reviewed", fromValue: 10, toValue: 8, delta: -2, effect: -2 },
      { from: "reviewed", to: "appraised", fromValue: 8, toValue: 9, delta: 1, effect: 1 },
    ]);
    expect(leafDiff("2.1").changes).toEqual([]);
    expect(leafDiff("2.2").changes).toEqual([{ from: "self", to: "reviewed", fromValue: 9.5, toValue: 9.25, delta: -0.25, effect: -0.25 }]);
    expect(leafDiff("3").changes).toEqual([]);
    expect(leafDiff("G1").changes).toEqual([{ from: "self", to: "reviewed", fromValue: true, toValue: false, delta: null, effect: null }]);
    expect(leafDiff("B1").changes).toEqual([{ from: "self", to: "appraised", fromValue: 10, toValue: 5, delta: -5, effect: -5 }]);
    // More deduction lowers the total.
    expect(leafDiff("D1").changes).toEqual([{ from: "self", to: "reviewed", fromValue: 0, toValue: 2.5, delta: 2.5, effect: -2.5 }]);
  });

  it("keeps every layer and the final value of each leaf, in sheet order", () => {
    expect(diff.leaves.map((l) => [l.leafCode, l.groupCode, l.final?.value, l.final?.layer])).toEqual([
      ["1", "I", 9, "appraised"],
      ["2.1", "I", 10.5, "reviewed"],
      ["2.2", "I", 9.25, "reviewed"],
      ["3", "II", 20, "self"],
      ["G1", "II", false, "reviewed"],
      ["B1", "III", 5, "appraised"],
      ["D1", "III", 2.5, "reviewed"],
    ]);
    expect(leafDiff("1").layers).toEqual({ self: self(10), reviewed: reviewed(8), appraised: appraised(9) });
    expect(leafDiff("3").layers).toEqual({ self: self(20), reviewed: null, appraised: null });
    expect(leafDiff("2.2").path).toEqual(["I", "2", "2.2"]);
  });

  it("sums each group after each layer", () => {
    expect(diff.groups).toEqual([
      {
        groupCode: "I",
        title: "Nhóm I",
        self: { standard: 30, bonus: 0, deduction: 0, total: 30 },
        reviewed: { standard: 27.75, bonus: 0, deduction: 0, total: 27.75 },
        appraised: { standard: 28.75, bonus: 0, deduction: 0, total: 28.75 },
        reviewDelta: -2.25,
        appraisalDelta: 1,
      },
      {
        groupCode: "II",
        title: "Nhóm II",
        self: { standard: 20, bonus: 0, deduction: 0, total: 20 },
        reviewed: { standard: 20, bonus: 0, deduction: 0, total: 20 },
        appraised: { standard: 20, bonus: 0, deduction: 0, total: 20 },
        reviewDelta: 0,
        appraisalDelta: 0,
      },
      {
        groupCode: "III",
        title: "Nhóm III",
        self: { standard: 0, bonus: 10, deduction: 0, total: 10 },
        reviewed: { standard: 0, bonus: 10, deduction: 2.5, total: 7.5 },
        appraised: { standard: 0, bonus: 5, deduction: 2.5, total: 2.5 },
        reviewDelta: -2.5,
        appraisalDelta: -5,
      },
    ]);
  });

  it("totals the sheet after each layer, gates included", () => {
    expect([diff.totals.self.total, diff.totals.reviewed.total, diff.totals.appraised.total]).toEqual([60, 55.25, 51.25]);
    expect(diff.totals.self.allGatesPassed).toBe(true);
    expect(diff.totals.appraised.gates.failed).toEqual(["G1"]);
  });

  it("shows a leaf nobody has scored with no layers", () => {
    const empty = diffLayers(NESTED_TREE, []);
    expect(empty.leaves[0]).toMatchObject({ leafCode: "1", final: null, changes: [], layers: { self: null, reviewed: null, appraised: null } });
    expect(empty.groups.map((g) => g.appraised.total)).toEqual([0, 0, 0]);
  });
});
