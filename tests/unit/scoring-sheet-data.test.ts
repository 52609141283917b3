import { describe, expect, it } from "vitest";
import { finalValue } from "@/lib/scoring/layers";
import { finalValuesOf, layersOf, leafLookupOfRows, treeOfRows, type EntryRow, type NodeRow } from "@/lib/scoring/sheet-data";

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

describe("the values that count", () => {
  const tree = treeOfRows(rows);
  const LAYERS = ["SELF", "REVIEWED", "APPRAISED"] as const;
  const entry = (code: string, layer: EntryRow["layer"], hundredths: number | null, passed: boolean | null = null): EntryRow => ({
    nodeId: code.toLowerCase(),
    layer,
    hundredths,
    passed,
    note: null,
    byName: "Nguyễn Văn A",
    byUserId: null,
    at: new Date(0),
  });
  const throughLayers = (entries: EntryRow[]) => layersOf(tree, entries).map((l) => ({ leafCode: l.leafCode, value: finalValue(l)?.value ?? null }));

  it("takes the highest layer holding a value; an empty layer does not hide the one below", () => {
    const entries = [
      entry("A", "SELF", 900),
      entry("A", "APPRAISED", null),
      entry("A", "REVIEWED", 800),
      entry("B", "REVIEWED", 500),
      entry("C", "APPRAISED", 100),
      entry("C", "SELF", 300),
      entry("GATE", "SELF", null, true),
      entry("GATE", "REVIEWED", null, false),
      entry("G", "SELF", 100), // a group holds no value
      entry("X", "SELF", 100), // nor does a node of another set
    ];
    expect(finalValuesOf(tree, entries)).toEqual([
      { leafCode: "B", value: 5 },
      { leafCode: "A", value: 8 },
      { leafCode: "C", value: 1 },
      { leafCode: "GATE", value: false },
      { leafCode: "BONUS", value: null },
    ]);
  });

  it("gives what the layers give, for every mix of layers and empty values", () => {
    // Every leaf × every subset of layers × value or empty, in shuffled order: 2 000 sheets.
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let sheet = 0; sheet < 2000; sheet++) {
      const entries: EntryRow[] = [];
      for (const leaf of tree.leaves) {
        for (const layer of LAYERS) {
          if (random() < 0.4) continue;
          const empty = random() < 0.25;
          entries.push(
            leaf.kind === "gate"
              ? entry(leaf.code, layer, null, empty ? null : random() < 0.5)
              : entry(leaf.code, layer, empty ? null : Math.floor(random() * 1200)),
          );
        }
      }
      entries.sort(() => random() - 0.5);
      expect(finalValuesOf(tree, entries)).toEqual(throughLayers(entries));
    }
  });
});
