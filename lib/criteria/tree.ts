// The criteria set (bảng tiêu chí, thang điểm) as a tree: group → criterion → sub-criterion.
// Pure types and arithmetic shared by the editor, the scoring sheet, totals and the Excel
// import.
import { fromHundredths, toHundredths } from "@/lib/criteria/points";
import { MAX_DEPTH, isLeafKind, type CriteriaLeaf, type CriteriaNode } from "@/lib/criteria/types";

export { LEAF_KINDS, MAX_DEPTH, isLeafKind } from "@/lib/criteria/types";
export type { CriteriaGroup, CriteriaLeaf, CriteriaNode, LeafKind } from "@/lib/criteria/types";

export type LeafInTree = {
  leaf: CriteriaLeaf;
  /** Codes from the top-level node down to the leaf, inclusive. */
  path: string[];
  /** Index of the top-level node (section) the leaf belongs to. */
  section: number;
};

/** Every leaf in tree order (depth first, as the sheet is read), with where it sits. */
export function leavesOf(tree: readonly CriteriaNode[]): LeafInTree[] {
  const out: LeafInTree[] = [];
  const visit = (node: CriteriaNode, parentPath: string[], section: number) => {
    const path = [...parentPath, node.code];
    if (node.type === "leaf") out.push({ leaf: node, path, section });
    else for (const child of node.children) visit(child, path, section);
  };
  tree.forEach((node, section) => visit(node, [], section));
  return out;
}

/** The most a sheet can score, by kind; `gates` counts gate leaves. */
export type Maxima = { standard: number; bonus: number; deduction: number; gates: number };

export type GroupSubtotal = Maxima & {
  code: string;
  title: string;
  path: string[];
  /** 1 for a top-level group, 2 for a criterion with sub-criteria. */
  depth: number;
};

/**
 * Sums leaf maxima by kind, exactly. The editor shows subtotals while the tree is still being
 * typed, so a leaf whose max is missing or invalid adds nothing here instead of poisoning
 * every subtotal with NaN; validateCriteriaTree reports it.
 */
function maximaOf(leaves: readonly CriteriaLeaf[]): Maxima {
  const h = { standard: 0, bonus: 0, deduction: 0 };
  let gates = 0;
  for (const leaf of leaves) {
    if (leaf.kind === "gate") {
      gates++;
      continue;
    }
    const max = toHundredths(leaf.maxPoints);
    if (max !== null && max > 0 && leaf.kind in h) h[leaf.kind] += max;
  }
  return { standard: fromHundredths(h.standard), bonus: fromHundredths(h.bonus), deduction: fromHundredths(h.deduction), gates };
}

/** Maxima of the whole set. */
export function treeMaxima(tree: readonly CriteriaNode[]): Maxima {
  return maximaOf(leavesOf(tree).map((l) => l.leaf));
}

/** The standard total the set is scored out of (typically 100); bonuses may take a sheet above it. */
export function standardTotal(tree: readonly CriteriaNode[]): number {
  return treeMaxima(tree).standard;
}

/** A subtotal for every group at any depth, in tree order (pre-order: a group before its sub-groups). */
export function groupSubtotals(tree: readonly CriteriaNode[]): GroupSubtotal[] {
  const out: GroupSubtotal[] = [];
  const visit = (node: CriteriaNode, parentPath: string[]) => {
    if (node.type === "leaf") return;
    const path = [...parentPath, node.code];
    const leaves = leavesOf(node.children).map((l) => l.leaf);
    out.push({ code: node.code, title: node.title, path, depth: path.length, ...maximaOf(leaves) });
    for (const child of node.children) visit(child, path);
  };
  for (const node of tree) visit(node, []);
  return out;
}

export type TreeProblemCode =
  | "missing_code"
  | "missing_title"
  | "duplicate_code"
  | "too_deep"
  | "empty_group"
  | "group_with_points"
  | "invalid_kind"
  | "gate_with_points"
  | "missing_max"
  | "non_finite_max"
  | "negative_max"
  | "zero_max"
  | "too_many_decimals";

export type TreeProblem = {
  code: TreeProblemCode;
  /** The node's code as written (trimmed); "" when it has none. */
  nodeCode: string;
  /** Codes from the top level down to the node, inclusive. */
  path: string[];
  /** 0-based child indexes from the top level down: unambiguous even when codes are missing or repeated. */
  position: number[];
  /** duplicate_code only: the path where the code first appears. */
  firstPath?: string[];
};

/** Codes are typed by people; "b1" beside "B1" is a duplicate, not a second criterion. */
export function codeKey(code: string): string {
  return code.trim().normalize("NFC").toLocaleUpperCase("vi");
}

/** Why a leaf's points setting is wrong, or null. A gate carries no points; every other kind needs a positive two-decimal max. */
function maxProblem(leaf: CriteriaLeaf): TreeProblemCode | null {
  if (!isLeafKind(leaf.kind)) return "invalid_kind";
  const max: unknown = leaf.maxPoints;
  if (leaf.kind === "gate") return max === null || max === undefined ? null : "gate_with_points";
  if (max === null || max === undefined) return "missing_max";
  if (typeof max !== "number" || !Number.isFinite(max)) return "non_finite_max";
  if (max < 0) return "negative_max";
  if (max === 0) return "zero_max"; // a leaf nobody can score on is a mistake, not a criterion
  return toHundredths(max) === null ? "too_many_decimals" : null;
}

/**
 * Every problem in the tree, in tree order; an empty list means it can be published. The
 * input is typed, but sets come back from the database and from Excel, so the checks do not
 * trust the types (a kind outside the four, a NaN max).
 */
export function validateCriteriaTree(nodes: readonly CriteriaNode[]): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const seen = new Map<string, string[]>();
  const visit = (node: CriteriaNode, parentPath: string[], parentPosition: number[], index: number) => {
    const nodeCode = typeof node.code === "string" ? node.code.trim() : "";
    const path = [...parentPath, nodeCode];
    const position = [...parentPosition, index];
    const add = (code: TreeProblemCode, extra: Partial<TreeProblem> = {}) => problems.push({ code, nodeCode, path, position, ...extra });

    if (!nodeCode) add("missing_code");
    else {
      const first = seen.get(codeKey(nodeCode));
      if (first) add("duplicate_code", { firstPath: first });
      else seen.set(codeKey(nodeCode), path);
    }
    if (typeof node.title !== "string" || !node.title.trim()) add("missing_title");
    // Reported once, on the first node too deep, rather than on each of its descendants.
    if (path.length === MAX_DEPTH + 1) add("too_deep");

    if (node.type === "group") {
      if (node.maxPoints !== null && node.maxPoints !== undefined) add("group_with_points");
      if (node.children.length === 0) add("empty_group");
      node.children.forEach((child, i) => visit(child, path, position, i));
    } else {
      const problem = maxProblem(node);
      if (problem) add(problem);
    }
  };
  nodes.forEach((node, i) => visit(node, [], [], i));
  return problems;
}
