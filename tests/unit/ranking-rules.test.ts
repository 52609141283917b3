import { describe, expect, it } from "vitest";
import { checkRules, DEFAULT_RULES } from "@/lib/ranking/rules";
import type { TieBreakRule } from "@/lib/ranking/types";

const groups = ["I", "II", "III"];

describe("checkRules", () => {
  it("accepts a list with each rule once and the ballot last", () => {
    const rules: TieBreakRule[] = [
      { kind: "groupScore", groupCode: "I" },
      { kind: "groupScore", groupCode: "II" },
      { kind: "fewerDeduction" },
      { kind: "moreBonus" },
      { kind: "earlierSubmission" },
      { kind: "ballot" },
    ];
    expect(checkRules(rules, groups)).toEqual([]);
    expect(checkRules([], groups)).toEqual([]);
  });

  it("accepts the default rules, which end with the ballot", () => {
    expect(DEFAULT_RULES).toEqual([{ kind: "fewerDeduction" }, { kind: "moreBonus" }, { kind: "ballot" }]);
    expect(checkRules(DEFAULT_RULES, [])).toEqual([]);
  });

  it("reports a rule listed twice at its second place; a group score counts twice only for the same group", () => {
    expect(
      checkRules(
        [
          { kind: "moreBonus" },
          { kind: "groupScore", groupCode: "I" },
          { kind: "groupScore", groupCode: "II" },
          { kind: "moreBonus" },
          { kind: "groupScore", groupCode: "I" },
        ],
        groups,
      ),
    ).toEqual([
      { code: "duplicate", index: 3 },
      { code: "duplicate", index: 4, groupCode: "I" },
    ]);
  });

  it("reports a group that is not a top-level group of the set", () => {
    expect(checkRules([{ kind: "groupScore", groupCode: "IV" }, { kind: "ballot" }], groups)).toEqual([{ code: "unknown_group", index: 0, groupCode: "IV" }]);
  });

  it("reports a group score with no group, not as an unknown group", () => {
    expect(
      checkRules(
        [
          { kind: "groupScore", groupCode: "" },
          { kind: "groupScore", groupCode: "  " },
        ],
        ["", "  "],
      ),
    ).toEqual([
      { code: "empty_group", index: 0, groupCode: "" },
      { code: "empty_group", index: 1, groupCode: "  " },
    ]);
  });

  it("reports a ballot that is not the last rule", () => {
    expect(checkRules([{ kind: "ballot" }, { kind: "moreBonus" }], groups)).toEqual([{ code: "ballot_not_last", index: 0 }]);
    expect(checkRules([{ kind: "ballot" }, { kind: "moreBonus" }, { kind: "ballot" }], groups)).toEqual([
      { code: "ballot_not_last", index: 0 },
      { code: "duplicate", index: 2 },
    ]);
  });
});
