// A sheet's totals from sums already made per top-level group, as the database makes them for
// many sheets at once (bench/ranking-bulk.ts): the same numbers sheetTotals() gives from the
// leaves, without the per-leaf lists (unscored, invalid) that only the sheet view shows.
import { fromHundredths } from "@/lib/criteria/points";
import type { GateResults, GroupTotals, SheetTotals } from "@/lib/scoring/totals";

/** Points of one top-level group in hundredths, by kind; only values that pass checkScore (0..max) are summed. */
export type GroupSums = { standard: number; bonus: number; deduction: number };

export type GroupSumsSheet = {
  /** Every top-level node in tree order with its sums (zeros where nothing counted). */
  groups: readonly ({ groupCode: string; title: string } & GroupSums)[];
  /** Every gate leaf in tree order with its final answer; null when not answered. */
  gates: readonly { code: string; passed: boolean | null }[];
};

export type GroupSumsTotals = Omit<SheetTotals, "unscored" | "invalid">;

// Objects are written out, never spread: the national ranking builds ten thousand of these and
// V8 copies a spread object property by property (about ten times slower here).
export function totalsOfGroupSums(sheet: GroupSumsSheet): GroupSumsTotals {
  let standard = 0;
  let bonus = 0;
  let deduction = 0;
  const byGroup: GroupTotals[] = [];
  for (const g of sheet.groups) {
    standard += g.standard;
    bonus += g.bonus;
    deduction += g.deduction;
    byGroup.push({
      groupCode: g.groupCode,
      title: g.title,
      standard: fromHundredths(g.standard),
      bonus: fromHundredths(g.bonus),
      deduction: fromHundredths(g.deduction),
      total: fromHundredths(g.standard + g.bonus - g.deduction),
    });
  }
  const gates: GateResults = { passed: [], failed: [], missing: [] };
  for (const g of sheet.gates) (g.passed === null ? gates.missing : g.passed ? gates.passed : gates.failed).push(g.code);
  return {
    standard: fromHundredths(standard),
    bonus: fromHundredths(bonus),
    deduction: fromHundredths(deduction),
    total: fromHundredths(standard + bonus - deduction),
    byGroup,
    gates,
    allGatesPassed: gates.passed.length === sheet.gates.length,
  };
}
