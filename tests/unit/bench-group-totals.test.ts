import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromHundredths } from "@/lib/criteria/points";
import { leavesOf } from "@/lib/criteria/tree";
import type { CriteriaNode, LeafKind } from "@/lib/criteria/types";
import { totalsOfGroupSums, type GroupSumsSheet, type GroupSumsTotals } from "@/bench/group-totals";
import { scoreHundredths, type ScoreValue } from "@/lib/scoring/rules";
import { sheetTotals, type ScoreValueEntry, type SheetTotals } from "@/lib/scoring/totals";
import { NESTED_TREE, group, leaf } from "./fixtures/criteria-examples";

/** What the bulk ranking query hands over: per top-level node the valid points by kind, and each gate's answer. */
function sumsOf(tree: readonly CriteriaNode[], entries: readonly ScoreValueEntry[]): GroupSumsSheet {
  const values = new Map(entries.map((e) => [e.leafCode, e.value]));
  const groups = tree.map((n) => ({ groupCode: n.code, title: n.title, standard: 0, bonus: 0, deduction: 0 }));
  const gates: GroupSumsSheet["gates"][number][] = [];
  for (const { leaf: l, section } of leavesOf(tree)) {
    const value = values.get(l.code);
    if (l.kind === "gate") gates.push({ code: l.code, passed: typeof value === "boolean" ? value : null });
    else groups[section][l.kind] += scoreHundredths(l, value) ?? 0;
  }
  return { groups, gates };
}

const withoutLists = (t: SheetTotals): GroupSumsTotals => ({
  standard: t.standard,
  bonus: t.bonus,
  deduction: t.deduction,
  total: t.total,
  byGroup: t.byGroup,
  gates: t.gates,
  allGatesPassed: t.allGatesPassed,
});

let codes = 0;
const kind = fc.constantFrom<LeafKind>("standard", "standard", "bonus", "deduction", "gate");
const max = fc.option(fc.integer({ min: 1, max: 3000 }).map(fromHundredths), { nil: null, freq: 8 });
const leafArb = fc.tuple(kind, max).map(([k, m]) => leaf(`L${codes++}`, k, k === "gate" ? null : m));
const nodeArb = (depth: number): fc.Arbitrary<CriteriaNode> =>
  depth === 1
    ? leafArb
    : fc.oneof(
        leafArb,
        fc.array(nodeArb(depth - 1), { maxLength: 4 }).map((children) => group(`G${codes++}`, children)),
      );
const treeArb = fc.array(nodeArb(3), { minLength: 0, maxLength: 6 });

/** What the database can hold: hundredths (any integer, out of range too) for points, true/false for gates, or nothing. */
const valueFor = (k: LeafKind): fc.Arbitrary<ScoreValue> =>
  k === "gate" ? fc.constantFrom(true, false, null) : fc.option(fc.integer({ min: -300, max: 3500 }).map(fromHundredths), { nil: null, freq: 5 });

const sheetArb = treeArb.chain((tree) =>
  fc.tuple(fc.constant(tree), fc.tuple(...leavesOf(tree).map(({ leaf: l }) => valueFor(l.kind).map((value) => ({ leafCode: l.code, value }))))),
);

describe("totalsOfGroupSums", () => {
  it("gives what sheetTotals gives from the leaves", () => {
    fc.assert(
      fc.property(sheetArb, ([tree, entries]) => {
        expect(totalsOfGroupSums(sumsOf(tree, entries))).toEqual(withoutLists(sheetTotals(tree, entries)));
      }),
      { numRuns: 300 },
    );
  });

  it("totals a nested set by top-level group; an unanswered gate is missing, not passed", () => {
    const t = totalsOfGroupSums({
      groups: NESTED_TREE.map((n, i) => ({
        groupCode: n.code,
        title: n.title,
        standard: [2775, 1750, 0][i],
        bonus: [0, 0, 500][i],
        deduction: [0, 0, 225][i],
      })),
      gates: [{ code: "G1", passed: null }],
    });
    expect([t.standard, t.bonus, t.deduction, t.total]).toEqual([45.25, 5, 2.25, 48]);
    expect(t.byGroup[2]).toEqual({ groupCode: "III", title: "Nhóm III", standard: 0, bonus: 5, deduction: 2.25, total: 2.75 });
    expect(t.gates).toEqual({ passed: [], failed: [], missing: ["G1"] });
    expect(t.allGatesPassed).toBe(false);
  });

  it("passes a set without gates", () => {
    expect(totalsOfGroupSums({ groups: [], gates: [] })).toEqual({
      standard: 0,
      bonus: 0,
      deduction: 0,
      total: 0,
      byGroup: [],
      gates: { passed: [], failed: [], missing: [] },
      allGatesPassed: true,
    });
  });
});
