import { describe, expect, it } from "vitest";
import { codeKey, groupSubtotals, leavesOf, standardTotal, treeMaxima, validateCriteriaTree, type CriteriaLeaf, type CriteriaNode } from "@/lib/criteria/tree";
import { EXAMPLE_TREE, NESTED_TREE, group, leaf } from "./fixtures/criteria-examples";

const codesOf = (problems: ReturnType<typeof validateCriteriaTree>) => problems.map((p) => [p.code, p.nodeCode]);

describe("maxima and subtotals", () => {
  it("totals the DOMAIN example sheet: 100 standard, 25 bonus, 5 deduction, one gate", () => {
    expect(standardTotal(EXAMPLE_TREE)).toBe(100);
    expect(treeMaxima(EXAMPLE_TREE)).toEqual({ standard: 100, bonus: 25, deduction: 5, gates: 1 });
    expect(groupSubtotals(EXAMPLE_TREE)).toEqual([]); // a flat sheet has no groups
  });

  it("gives a subtotal for every group at any depth, in tree order", () => {
    expect(groupSubtotals(NESTED_TREE)).toEqual([
      { code: "I", title: "Nhóm I", path: ["I"], depth: 1, standard: 30, bonus: 0, deduction: 0, gates: 0 },
      { code: "2", title: "Nhóm 2", path: ["I", "2"], depth: 2, standard: 20, bonus: 0, deduction: 0, gates: 0 },
      { code: "II", title: "Nhóm II", path: ["II"], depth: 1, standard: 20, bonus: 0, deduction: 0, gates: 1 },
      { code: "III", title: "Nhóm III", path: ["III"], depth: 1, standard: 0, bonus: 10, deduction: 5, gates: 0 },
    ]);
    expect(standardTotal(NESTED_TREE)).toBe(50);
  });

  it("adds decimal maxima exactly", () => {
    const tree = [group("A", [leaf("a1", "standard", 0.1), leaf("a2", "standard", 0.2), leaf("a3", "bonus", 33.33), leaf("a4", "bonus", 33.34)])];
    expect(standardTotal(tree)).toBe(0.3);
    expect(treeMaxima(tree).bonus).toBe(66.67);
  });

  it("leaves out a max that is missing or invalid while the set is being edited", () => {
    const tree = [
      group("A", [
        leaf("a1", "standard", 10),
        leaf("a2", "standard", null),
        leaf("a3", "standard", NaN),
        leaf("a4", "standard", -5),
        leaf("a5", "standard", 1.234),
      ]),
    ];
    expect(standardTotal(tree)).toBe(10);
  });

  it("lists leaves depth first with their path and section", () => {
    expect(leavesOf(NESTED_TREE).map((l) => [l.leaf.code, l.path.join("/"), l.section])).toEqual([
      ["1", "I/1", 0],
      ["2.1", "I/2/2.1", 0],
      ["2.2", "I/2/2.2", 0],
      ["3", "II/3", 1],
      ["G1", "II/G1", 1],
      ["B1", "III/B1", 2],
      ["D1", "III/D1", 2],
    ]);
  });
});

describe("validateCriteriaTree", () => {
  it("accepts the example sheet and the nested set", () => {
    expect(validateCriteriaTree(EXAMPLE_TREE)).toEqual([]);
    expect(validateCriteriaTree(NESTED_TREE)).toEqual([]);
  });

  it("reports a duplicate code with both places, ignoring case and spaces", () => {
    const tree = [group("I", [leaf("1.1", "standard", 5)]), group("II", [leaf(" 1.1 ", "standard", 5), leaf("b1", "bonus", 2)]), leaf("B1", "bonus", 3)];
    expect(validateCriteriaTree(tree)).toEqual([
      { code: "duplicate_code", nodeCode: "1.1", path: ["II", "1.1"], position: [1, 0], firstPath: ["I", "1.1"] },
      { code: "duplicate_code", nodeCode: "B1", path: ["B1"], position: [2], firstPath: ["II", "b1"] },
    ]);
    expect(codeKey(" b1 ")).toBe("B1");
  });

  it("reports missing codes and titles by position", () => {
    const tree = [group("I", [{ ...leaf("", "standard", 5), title: "  " }])];
    expect(validateCriteriaTree(tree)).toEqual([
      { code: "missing_code", nodeCode: "", path: ["I", ""], position: [0, 0] },
      { code: "missing_title", nodeCode: "", path: ["I", ""], position: [0, 0] },
    ]);
  });

  it.each<[string, CriteriaLeaf, string]>([
    ["a standard leaf without max", leaf("x", "standard", null), "missing_max"],
    ["a bonus leaf without max", leaf("x", "bonus", null), "missing_max"],
    ["a gate with points", leaf("x", "gate", 5), "gate_with_points"],
    ["a gate with zero points", leaf("x", "gate", 0), "gate_with_points"],
    ["a negative max", leaf("x", "deduction", -5), "negative_max"],
    ["a NaN max", leaf("x", "standard", NaN), "non_finite_max"],
    ["an infinite max", leaf("x", "standard", Infinity), "non_finite_max"],
    ["a max of 0", leaf("x", "standard", 0), "zero_max"],
    ["three decimals", leaf("x", "standard", 10.555), "too_many_decimals"],
    ["an unknown kind", { ...leaf("x", "standard", 5), kind: "extra" as never }, "invalid_kind"],
    ["a max given as text", { ...leaf("x", "standard", 5), maxPoints: "5" as never }, "non_finite_max"],
  ])("reports %s", (_, node, code) => {
    expect(validateCriteriaTree([group("G", [node])])).toEqual([{ code, nodeCode: "x", path: ["G", "x"], position: [0, 0] }]);
  });

  it("accepts two decimals and a gate without points", () => {
    expect(validateCriteriaTree([group("G", [leaf("a", "standard", 10.25), leaf("b", "gate", null)])])).toEqual([]);
  });

  it("reports a group with points and an empty group", () => {
    const withPoints: CriteriaNode = { ...group("I", [leaf("1", "standard", 10)]), maxPoints: 10 } as CriteriaNode;
    expect(codesOf(validateCriteriaTree([withPoints, group("II", [])]))).toEqual([
      ["group_with_points", "I"],
      ["empty_group", "II"],
    ]);
  });

  it("allows three levels and reports the first node below them once", () => {
    expect(validateCriteriaTree([group("1", [group("1.1", [leaf("1.1.1", "standard", 5)])])])).toEqual([]);
    const tooDeep = [group("1", [group("1.1", [group("1.1.1", [group("1.1.1.1", [leaf("1.1.1.1.1", "standard", 5)])])])])];
    expect(validateCriteriaTree(tooDeep)).toEqual([{ code: "too_deep", nodeCode: "1.1.1.1", path: ["1", "1.1", "1.1.1", "1.1.1.1"], position: [0, 0, 0, 0] }]);
  });

  it("reports every problem at once, in tree order", () => {
    const tree = [group("I", [leaf("1", "standard", null), leaf("1", "gate", 2)]), group("II", []), leaf("D1", "deduction", -1)];
    expect(codesOf(validateCriteriaTree(tree))).toEqual([
      ["missing_max", "1"],
      ["duplicate_code", "1"],
      ["gate_with_points", "1"],
      ["empty_group", "II"],
      ["negative_max", "D1"],
    ]);
  });
});
