// What the to-do reads of giải trình from the rows its loader fetched: the leaves a unit may still
// answer and the answers a reviewer or the board must decide. The rule of which leaves are
// disputed is lib/explanations/rules.ts (disputedLeaves); this only turns the rows into its input.
import { fromHundredths } from "@/lib/criteria/points";
import { disputedLeaves } from "@/lib/explanations/rules";
import type { LeafLayers } from "@/lib/scoring/layers";
import { LAYER_OF } from "@/lib/scoring/sheet-data";

/** An explanation (not an acceptance) not yet decided. */
export const UNDECIDED = { accepted: false, decision: null } as const;

type EntryRow = { layer: "SELF" | "REVIEWED" | "APPRAISED"; hundredths: number | null; passed: boolean | null; node: { code: string } };

/** Disputed leaves of a sheet not yet answered, from its entries (any layer) and the codes it answered. */
export function disputedCount(entries: readonly EntryRow[], answered: readonly { leafCode: string }[]): number {
  const byCode = new Map<string, LeafLayers>();
  for (const e of entries) {
    const leaf = byCode.get(e.node.code) ?? { leafCode: e.node.code };
    // A gate stores pass/fail, points leaves hundredths (lib/scoring/sheet-data.ts valueOf); who and why do not matter here.
    const value = e.hundredths !== null ? fromHundredths(e.hundredths) : e.passed;
    leaf[LAYER_OF[e.layer]] = { value, by: "", at: new Date(0), reason: null };
    byCode.set(e.node.code, leaf);
  }
  const done = new Set(answered.map((a) => a.leafCode));
  return disputedLeaves([...byCode.values()]).filter((d) => !done.has(d.leafCode)).length;
}

/** How many of these undecided answers were to a score of `layer` (the answer keeps the layer it answered). */
export function undecidedOnLayer(answers: readonly { answeredTo: unknown }[], layer: "reviewed" | "appraised"): number {
  return answers.filter((a) => (a.answeredTo as { layer?: string } | null)?.layer === layer).length;
}
