import { describe, expect, it } from "vitest";
import type { LeafKind } from "@/lib/criteria/types";
import { checkScore, checkSheetForSubmit, evidenceNeeded, scoreHundredths, type ScoreEntry, type ScoreValue } from "@/lib/scoring/rules";
import { EXAMPLE_TREE, leaf } from "./fixtures/criteria-examples";
import type { CriteriaLeaf } from "@/lib/criteria/types";

const EXAMPLE_LEAVES = EXAMPLE_TREE as CriteriaLeaf[];

describe("checkScore", () => {
  it.each<[LeafKind, number | null, ScoreValue | undefined, string]>([
    ["standard", 10, 0, "ok"],
    ["standard", 10, 10, "ok"],
    ["standard", 10, 7.25, "ok"],
    ["standard", 10, 10.01, "above_max"],
    ["standard", 10, 11, "above_max"],
    ["standard", 10, -0.01, "below_zero"],
    ["standard", 10, 5.555, "too_many_decimals"],
    ["standard", 10, 0.1 + 0.2, "too_many_decimals"], // float noise is not a value anyone typed
    ["standard", 10, NaN, "not_finite"],
    ["standard", 10, Infinity, "not_finite"],
    ["standard", 10, true, "not_points"],
    ["standard", 10, null, "missing"],
    ["standard", 10, undefined, "missing"],
    ["standard", 10.5, 10.5, "ok"],
    ["standard", 10.5, 10.51, "above_max"],
    ["standard", null, 5, "leaf_without_max"],
    ["bonus", 15, 15, "ok"],
    ["bonus", 15, 15.01, "above_max"],
    ["bonus", 15, -1, "below_zero"],
    ["deduction", 5, 5, "ok"],
    ["deduction", 5, 0, "ok"],
    ["deduction", 5, 6, "above_max"],
    ["deduction", 5, -1, "below_zero"],
    ["gate", null, true, "ok"],
    ["gate", null, false, "ok"],
    ["gate", null, 1, "not_pass_fail"],
    ["gate", null, 0, "not_pass_fail"],
    ["gate", null, null, "missing"],
  ])("%s leaf (max %s), value %s → %s", (kind, max, value, expected) => {
    const result = checkScore(leaf("x", kind, max), value);
    expect(result.ok ? "ok" : result.error).toBe(expected);
  });

  it("gives the value in hundredths only for valid points", () => {
    expect(scoreHundredths(leaf("x", "standard", 10), 9.75)).toBe(975);
    expect(scoreHundredths(leaf("x", "standard", 10), 10.25)).toBeNull();
    expect(scoreHundredths(leaf("x", "standard", 10), null)).toBeNull();
    expect(scoreHundredths(leaf("x", "gate", null), true)).toBeNull();
  });
});

describe("evidenceNeeded", () => {
  it.each<[LeafKind, number | null, ScoreValue, boolean]>([
    ["standard", 10, 10, true],
    ["standard", 10, 0.5, true],
    ["standard", 10, 0, false], // claims nothing
    ["bonus", 15, 15, true],
    ["bonus", 15, 0, false], // most units never won the flag
    ["deduction", 5, 0, true], // claiming no fault
    ["deduction", 5, 2, true],
    ["deduction", 5, 5, false], // the full deduction admitted
    ["gate", null, true, true],
    ["gate", null, false, false],
    ["standard", 10, 12, false], // an invalid value is reported as such, not as missing evidence
    ["standard", 10, null, false],
  ])("%s (max %s) = %s → %s", (kind, max, value, expected) => {
    expect(evidenceNeeded(leaf("x", kind, max, true), value)).toBe(expected);
  });

  it("is never needed where the leaf does not ask for it", () => {
    expect(evidenceNeeded(leaf("x", "standard", 10, false), 10)).toBe(false);
    expect(evidenceNeeded(leaf("x", "gate", null, false), true)).toBe(false);
  });
});

describe("checkSheetForSubmit", () => {
  const full: ScoreEntry[] = [
    { leafCode: "1", value: 10, evidenceCount: 1 },
    { leafCode: "2", value: 9.5, evidenceCount: 0 },
    { leafCode: "3", value: 18, evidenceCount: 2 },
    { leafCode: "4", value: 10, evidenceCount: 0 },
    { leafCode: "5", value: 8.75, evidenceCount: 0 },
    { leafCode: "6", value: 0, evidenceCount: 0 }, // 0 claims nothing: no evidence needed
    { leafCode: "7", value: 20, evidenceCount: 3 },
    { leafCode: "8", value: 10, evidenceCount: 0 },
    { leafCode: "B1", value: 10, evidenceCount: 1 },
    { leafCode: "B2", value: 0, evidenceCount: 0 },
    { leafCode: "D1", value: 1, evidenceCount: 0 },
    { leafCode: "G1", value: true, evidenceCount: 1 },
  ];

  it("accepts a complete example sheet with its evidence", () => {
    expect(checkSheetForSubmit(EXAMPLE_LEAVES, full)).toEqual([]);
  });

  it("lists every problem in sheet order, unknown and repeated entries last", () => {
    const entries: ScoreEntry[] = full
      .filter((e) => e.leafCode !== "4" && e.leafCode !== "G1")
      .map((e) => {
        if (e.leafCode === "1") return { ...e, evidenceCount: 0 };
        if (e.leafCode === "3") return { ...e, value: 20.5 };
        if (e.leafCode === "B2") return { ...e, value: 15, evidenceCount: 0 };
        if (e.leafCode === "D1") return { ...e, value: 1.125 };
        return e;
      });
    entries.push({ leafCode: "9", value: 5, evidenceCount: 0 }, { leafCode: "2", value: 1, evidenceCount: 0 });
    expect(checkSheetForSubmit(EXAMPLE_LEAVES, entries)).toEqual([
      { leafCode: "1", code: "missing_evidence", maxPoints: 10 },
      { leafCode: "3", code: "above_max", maxPoints: 20 },
      { leafCode: "4", code: "missing_value", maxPoints: 10 },
      { leafCode: "B2", code: "missing_evidence", maxPoints: 15 },
      { leafCode: "D1", code: "too_many_decimals", maxPoints: 5 },
      { leafCode: "G1", code: "missing_value", maxPoints: null },
      { leafCode: "9", code: "unknown_leaf", maxPoints: null },
      { leafCode: "2", code: "duplicate_entry", maxPoints: null },
    ]);
  });

  it("checks the first entry of a leaf entered twice", () => {
    const leaves = [leaf("a", "standard", 5)];
    expect(
      checkSheetForSubmit(leaves, [
        { leafCode: "a", value: 9, evidenceCount: 0 },
        { leafCode: "a", value: 1, evidenceCount: 0 },
      ]),
    ).toEqual([
      { leafCode: "a", code: "above_max", maxPoints: 5 },
      { leafCode: "a", code: "duplicate_entry", maxPoints: null },
    ]);
  });

  it("refuses an empty sheet leaf by leaf", () => {
    expect(checkSheetForSubmit(EXAMPLE_LEAVES, []).map((p) => p.code)).toEqual(Array(12).fill("missing_value"));
  });
});
