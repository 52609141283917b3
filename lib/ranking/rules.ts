// Checks a bloc year's tie-break rule list before it is saved, so the published order can be
// applied as written: each rule once, groups that exist, the ballot only as the last resort.
import type { TieBreakRule } from "@/lib/ranking/types";

export type RuleProblem = {
  code: "duplicate" | "unknown_group" | "ballot_not_last" | "empty_group";
  /** Position of the offending rule in the list. */
  index: number;
  groupCode?: string;
};

/** Used when a bloc year has not chosen its own rules. */
export const DEFAULT_RULES: TieBreakRule[] = [{ kind: "fewerDeduction" }, { kind: "moreBonus" }, { kind: "ballot" }];

/** Problems of `rules`, in list order; empty when the list is fine. `groupCodes` are the top-level groups of the year's criteria set. */
export function checkRules(rules: readonly TieBreakRule[], groupCodes: readonly string[]): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const seen = new Set<string>();
  rules.forEach((rule, index) => {
    const group = rule.kind === "groupScore" ? { groupCode: rule.groupCode } : {};
    // Two groupScore rules differ only by their group; any other kind counts once.
    const key = rule.kind === "groupScore" ? `groupScore:${rule.groupCode}` : rule.kind;
    if (seen.has(key)) problems.push({ code: "duplicate", index, ...group });
    seen.add(key);
    if (rule.kind === "groupScore") {
      if (rule.groupCode.trim() === "") problems.push({ code: "empty_group", index, ...group });
      else if (!groupCodes.includes(rule.groupCode)) problems.push({ code: "unknown_group", index, ...group });
    }
    if (rule.kind === "ballot" && index !== rules.length - 1) problems.push({ code: "ballot_not_last", index });
  });
  return problems;
}
