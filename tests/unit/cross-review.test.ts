import { describe, expect, it } from "vitest";
import { balancedAssignment, reviewFlags, type ReviewUnit } from "@/lib/scoring/cross-review";

const unit = (id: string, parentBody: string | null = null): ReviewUnit => ({ id, name: `Đơn vị ${id}`, parentBody });

describe("reviewFlags", () => {
  it("flags a pair reviewing each other and a unit reviewing its parent or child body", () => {
    const units = [unit("a"), unit("b"), unit("c", "Đơn vị a"), unit("d")];
    const reviewerOf = new Map<string, string | null>([
      ["a", "b"],
      ["b", "a"],
      ["c", "a"], // a is c's parent body
      ["d", null],
    ]);
    expect(reviewFlags(units, reviewerOf)).toEqual(
      new Map([
        ["a", ["reciprocal"]],
        ["b", ["reciprocal"]],
        ["c", ["related"]],
      ]),
    );
    // The child reviewing its parent, names compared without case.
    expect(reviewFlags([unit("p"), unit("q", " đơn vị P ")], new Map([["p", "q"]]))).toEqual(new Map([["p", ["related"]]]));
  });
});

describe("balancedAssignment", () => {
  const check = (units: ReviewUnit[]) => {
    const map = balancedAssignment(units)!;
    const reviewers = [...map.values()];
    expect(new Set(reviewers).size).toBe(units.length); // everyone reviews exactly one
    for (const [unitId, reviewerId] of map) {
      expect(reviewerId).not.toBe(unitId);
      expect(map.get(reviewerId)).not.toBe(unitId);
    }
    return map;
  };

  it("gives everyone one sheet to review, never its own, with no pair reviewing each other", () => {
    for (const n of [3, 4, 5, 6, 8]) check(Array.from({ length: n }, (_, i) => unit(String(i))));
    expect(balancedAssignment([unit("a"), unit("b")])).toBeNull();
  });

  it("keeps a parent and its child apart where the members allow", () => {
    const units = [unit("a"), unit("b", "Đơn vị a"), unit("c"), unit("d"), unit("e")];
    const map = check(units);
    expect(reviewFlags(units, map).size).toBe(0);
  });
});
