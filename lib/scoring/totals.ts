// A sheet's totals: standard + bonus − deduction, by section and overall, and which gates
// pass. Pure and exact (integer hundredths), so the total a unit sees while typing, the one
// the leader reviews and the one the ranking sorts on are the same number.
import { fromHundredths, toHundredths } from "@/lib/criteria/points";
import { leavesOf } from "@/lib/criteria/tree";
import { isLeafKind, type CriteriaNode } from "@/lib/criteria/types";
import { checkScore, type ScoreValue } from "@/lib/scoring/rules";

export type ScoreValueEntry = { leafCode: string; value: ScoreValue };

export type PointsTotals = {
  standard: number;
  bonus: number;
  deduction: number;
  /** standard + bonus − deduction; above the standard total when bonuses are earned. */
  total: number;
};

export type GroupTotals = PointsTotals & {
  /**
   * One row per top-level node, in tree order: a group, or a leaf that stands at the top
   * level on its own (the example sheet's 1–8, B1, D1…). So the rows always add up to the sheet.
   */
  groupCode: string;
  title: string;
};

export type GateResults = { passed: string[]; failed: string[]; missing: string[] };

export type SheetTotals = PointsTotals & {
  byGroup: GroupTotals[];
  gates: GateResults;
  /** True when every gate is passed (and trivially when the set has no gates); a gate not answered is not passed. */
  allGatesPassed: boolean;
  /** Point leaves with no value yet: they count 0, as a draft is being filled. */
  unscored: string[];
  /** Leaves whose value breaks checkScore (out of range, too many decimals, wrong type): left out of the totals, never clamped. */
  invalid: string[];
};

type Hundredths = { standard: number; bonus: number; deduction: number };

function toPoints(h: Hundredths): PointsTotals {
  return {
    standard: fromHundredths(h.standard),
    bonus: fromHundredths(h.bonus),
    deduction: fromHundredths(h.deduction),
    total: fromHundredths(h.standard + h.bonus - h.deduction),
  };
}

/**
 * Totals of a sheet. `entries` are the values standing for each leaf (for a reviewed sheet,
 * the final layer: see layers.ts); a leaf entered twice takes the last entry, and entries for
 * codes not in the tree are ignored (checkSheetForSubmit reports both).
 */
export function sheetTotals(tree: readonly CriteriaNode[], entries: readonly ScoreValueEntry[]): SheetTotals {
  const values = new Map(entries.map((e) => [e.leafCode, e.value]));
  const sections: Hundredths[] = tree.map(() => ({ standard: 0, bonus: 0, deduction: 0 }));
  const sum: Hundredths = { standard: 0, bonus: 0, deduction: 0 };
  const gates: GateResults = { passed: [], failed: [], missing: [] };
  const unscored: string[] = [];
  const invalid: string[] = [];
  let gateCount = 0;

  for (const { leaf, section } of leavesOf(tree)) {
    if (leaf.kind === "gate") gateCount++;
    const value = values.get(leaf.code);
    if (value === null || value === undefined) {
      (leaf.kind === "gate" ? gates.missing : unscored).push(leaf.code);
      continue;
    }
    // A kind outside the four can only come from corrupt stored data; it must not count as anything.
    if (!isLeafKind(leaf.kind) || !checkScore(leaf, value).ok) {
      invalid.push(leaf.code);
      continue;
    }
    if (leaf.kind === "gate") {
      (value === true ? gates.passed : gates.failed).push(leaf.code);
      continue;
    }
    const h = toHundredths(value) ?? 0; // checkScore has made sure it is a two-decimal number
    sections[section][leaf.kind] += h;
    sum[leaf.kind] += h;
  }

  return {
    ...toPoints(sum),
    byGroup: tree.map((node, i) => ({ groupCode: node.code, title: node.title, ...toPoints(sections[i]) })),
    gates,
    allGatesPassed: gates.passed.length === gateCount,
    unscored,
    invalid,
  };
}
