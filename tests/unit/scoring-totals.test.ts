import { describe, expect, it } from "vitest";
import type { ScoreValue } from "@/lib/scoring/rules";
import { sheetTotals, type ScoreValueEntry } from "@/lib/scoring/totals";
import { EXAMPLE_TREE, NESTED_TREE, group, leaf } from "./fixtures/criteria-examples";

const entries = (values: Record<string, ScoreValue>): ScoreValueEntry[] => Object.entries(values).map(([leafCode, value]) => ({ leafCode, value }));

describe("sheetTotals", () => {
  it("totals the example sheet: standard + bonus − deduction, above 100 with a bonus", () => {
    const t = sheetTotals(
      EXAMPLE_TREE,
      entries({ "1": 9.5, "2": 10, "3": 18.75, "4": 10, "5": 9, "6": 8.25, "7": 20, "8": 9.5, B1: 10, B2: 0, D1: 1.5, G1: true }),
    );
    expect([t.standard, t.bonus, t.deduction, t.total]).toEqual([95, 10, 1.5, 103.5]);
    expect(t.gates).toEqual({ passed: ["G1"], failed: [], missing: [] });
    expect(t.allGatesPassed).toBe(true);
    expect(t.unscored).toEqual([]);
    expect(t.invalid).toEqual([]);
    // A flat sheet: one row per top-level leaf, and the rows add up to the sheet.
    expect(t.byGroup).toHaveLength(12);
    expect(t.byGroup[2]).toEqual({ groupCode: "3", title: EXAMPLE_TREE[2].title, standard: 18.75, bonus: 0, deduction: 0, total: 18.75 });
    expect(t.byGroup[10]).toEqual({ groupCode: "D1", title: EXAMPLE_TREE[10].title, standard: 0, bonus: 0, deduction: 1.5, total: -1.5 });
  });

  it("is exact: 0.1 + 0.2 totals 0.3, thirty tenths total 3", () => {
    expect(sheetTotals([group("A", [leaf("a", "standard", 1), leaf("b", "standard", 1)])], entries({ a: 0.1, b: 0.2 })).standard).toBe(0.3);
    const tenths = Array.from({ length: 30 }, (_, i) => leaf(`t${i}`, "standard", 1));
    const t = sheetTotals(
      [group("A", tenths)],
      tenths.map((l) => ({ leafCode: l.code, value: 0.1 })),
    );
    expect(t.standard).toBe(3);
    expect(tenths.reduce((sum) => sum + 0.1, 0)).not.toBe(3); // what naive addition gives
    const mixed = sheetTotals(
      [group("A", [leaf("s", "standard", 50), leaf("b", "bonus", 10), leaf("d", "deduction", 10)])],
      entries({ s: 33.33, b: 0.07, d: 0.4 }),
    );
    expect(mixed.total).toBe(33);
    // Values whose ×100 is inexact in floats (0.29 × 100 = 28.999999999999996).
    const inexact = sheetTotals(
      [group("A", [leaf("a", "standard", 5), leaf("b", "standard", 5), leaf("c", "standard", 5), leaf("d", "standard", 5)])],
      entries({ a: 0.29, b: 0.57, c: 1.15, d: 4.35 }),
    );
    expect(inexact.standard).toBe(6.36);
    expect(inexact.byGroup[0].total).toBe(6.36);
  });

  it("totals each top-level group of a nested set, sub-criteria included", () => {
    const t = sheetTotals(NESTED_TREE, entries({ "1": 8, "2.1": 10.25, "2.2": 9.5, "3": 17.5, G1: false, B1: 5, D1: 2.25 }));
    expect(t.byGroup).toEqual([
      { groupCode: "I", title: "Nhóm I", standard: 27.75, bonus: 0, deduction: 0, total: 27.75 },
      { groupCode: "II", title: "Nhóm II", standard: 17.5, bonus: 0, deduction: 0, total: 17.5 },
      { groupCode: "III", title: "Nhóm III", standard: 0, bonus: 5, deduction: 2.25, total: 2.75 },
    ]);
    expect([t.standard, t.bonus, t.deduction, t.total]).toEqual([45.25, 5, 2.25, 48]);
    expect(t.gates).toEqual({ passed: [], failed: ["G1"], missing: [] });
    expect(t.allGatesPassed).toBe(false);
  });

  it("counts a blank as 0 while a draft is filled, and an unanswered gate as not passed", () => {
    const t = sheetTotals(NESTED_TREE, entries({ "1": 10, "2.1": null }));
    expect([t.standard, t.total]).toEqual([10, 10]);
    expect(t.unscored).toEqual(["2.1", "2.2", "3", "B1", "D1"]);
    expect(t.gates).toEqual({ passed: [], failed: [], missing: ["G1"] });
    expect(t.allGatesPassed).toBe(false);
  });

  it("leaves invalid values out rather than clamping them", () => {
    const t = sheetTotals(NESTED_TREE, entries({ "1": 12, "2.1": 10.5, "2.2": 1.234, "3": -1, G1: 1, B1: 10, D1: 9 }));
    expect([t.standard, t.bonus, t.deduction, t.total]).toEqual([10.5, 10, 0, 20.5]);
    expect(t.invalid).toEqual(["1", "2.2", "3", "G1", "D1"]);
    expect(t.gates).toEqual({ passed: [], failed: [], missing: [] });
    expect(t.allGatesPassed).toBe(false); // an invalid gate answer is not a pass
  });

  it("can fall below zero when deductions outweigh the rest", () => {
    expect(sheetTotals(NESTED_TREE, entries({ D1: 5 })).total).toBe(-5);
  });

  it("passes all gates trivially when the set has none", () => {
    const t = sheetTotals([group("A", [leaf("a", "standard", 10)])], entries({ a: 5 }));
    expect(t.allGatesPassed).toBe(true);
  });

  it("takes the last of repeated entries and ignores codes not in the set", () => {
    const t = sheetTotals(NESTED_TREE, [
      { leafCode: "3", value: 5 },
      { leafCode: "3", value: 7 },
      { leafCode: "Z9", value: 100 },
    ]);
    expect(t.standard).toBe(7);
    expect(t.invalid).toEqual([]);
  });

  it("gives zero rows for an empty sheet", () => {
    const t = sheetTotals(NESTED_TREE, []);
    expect([t.standard, t.bonus, t.deduction, t.total]).toEqual([0, 0, 0, 0]);
    expect(t.byGroup.map((g) => g.total)).toEqual([0, 0, 0]);
  });
});
