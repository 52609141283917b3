import { describe, expect, it } from "vitest";
import { leafLookupOfRows, treeOfRows, type NodeRow } from "@/lib/scoring/sheet-data";

const row = (id: string, parentId: string | null, position: number, kind: NodeRow["kind"], maxHundredths: number | null = null): NodeRow => ({
  id,
  parentId,
  position,
  code: id.toUpperCase(),
  title: `Tiêu chí ${id}`,
  guidance: null,
  kind,
  maxHundredths,
  evidenceRequired: false,
});

// A group, two leaves under it, a kind-bearing node that has children (a group, as the tree
// reads it), a root gate and a root bonus.
const rows = [
  row("g", null, 0, null),
  row("a", "g", 1, "STANDARD", 1000),
  row("b", "g", 0, "STANDARD", 550),
  row("p", null, 1, "STANDARD", 2000),
  row("c", "p", 0, "DEDUCTION", 300),
  row("gate", null, 2, "GATE"),
  row("bonus", null, 3, "BONUS", 500),
];
const childCount = (id: string) => rows.filter((r) => r.parentId === id).length;

describe("criteria rows as the scoring code reads them", () => {
  it("builds the tree in position order, leaves depth first", () => {
    const tree = treeOfRows([...rows].reverse());
    expect(tree.tree.map((n) => n.code)).toEqual(["G", "P", "GATE", "BONUS"]);
    expect(tree.leaves.map((l) => l.code)).toEqual(["B", "A", "C", "GATE", "BONUS"]);
    expect(tree.leafByCode.get("B")).toMatchObject({ kind: "standard", maxPoints: 5.5 });
  });

  it("finds the same leaves from a few rows and their child counts as from the whole tree", () => {
    const tree = treeOfRows(rows);
    const lookup = leafLookupOfRows(rows.map((r) => ({ ...r, childCount: childCount(r.id) })));
    expect([...lookup.leafByCode.keys()].sort()).toEqual([...tree.leafByCode.keys()].sort());
    for (const [code, leaf] of lookup.leafByCode) {
      expect(leaf).toEqual(tree.leafByCode.get(code));
      expect(lookup.nodeIdByCode.get(code)).toBe(tree.nodeIdByCode.get(code));
    }
    // Groups (no kind, or a kind with children) are not leaves.
    expect(lookup.leafByCode.has("G")).toBe(false);
    expect(lookup.leafByCode.has("P")).toBe(false);
  });
});
