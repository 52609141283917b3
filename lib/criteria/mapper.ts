// Between stored CriterionNode rows and the pure tree types of lib/criteria/tree.ts.
import { fromHundredths, toHundredths } from "@/lib/criteria/points";
import type { CriteriaNode, LeafKind } from "@/lib/criteria/types";
import type { CriterionKind } from "@/lib/generated/prisma/enums";

export type StoredNode = {
  id: string;
  parentId: string | null;
  position: number;
  code: string;
  title: string;
  guidance: string | null;
  kind: CriterionKind | null;
  maxHundredths: number | null;
  evidenceRequired: boolean;
};

export const KIND_TO_DB: Record<LeafKind, CriterionKind> = { standard: "STANDARD", bonus: "BONUS", deduction: "DEDUCTION", gate: "GATE" };
export const KIND_FROM_DB: Record<CriterionKind, LeafKind> = { STANDARD: "standard", BONUS: "bonus", DEDUCTION: "deduction", GATE: "gate" };

export type TreeNodeWithId = CriteriaNode & { id: string; depth: number };

/** Children of each parent (null = top level), in position order. */
export function childrenByParent<T extends StoredNode>(nodes: readonly T[]): Map<string | null, T[]> {
  const map = new Map<string | null, T[]>();
  for (const n of nodes) map.set(n.parentId, [...(map.get(n.parentId) ?? []), n]);
  for (const list of map.values()) list.sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  return map;
}

/**
 * Stored rows as the pure tree. A node with children is a group; a childless node with a kind
 * is a leaf; a childless node without a kind is an (empty) group, which validation reports.
 */
export function toTree(nodes: readonly StoredNode[]): CriteriaNode[] {
  const byParent = childrenByParent(nodes);
  const build = (n: StoredNode): CriteriaNode => {
    const children = byParent.get(n.id) ?? [];
    if (children.length > 0 || !n.kind) {
      return {
        type: "group",
        code: n.code,
        title: n.title,
        guidance: n.guidance ?? "",
        maxPoints: n.maxHundredths === null ? null : fromHundredths(n.maxHundredths),
        children: children.map(build),
      };
    }
    return {
      type: "leaf",
      code: n.code,
      title: n.title,
      guidance: n.guidance ?? "",
      kind: KIND_FROM_DB[n.kind],
      maxPoints: n.maxHundredths === null ? null : fromHundredths(n.maxHundredths),
      evidenceRequired: n.evidenceRequired,
    };
  };
  return (byParent.get(null) ?? []).map(build);
}

/** The rows in tree order (pre-order) with their depth (1 = top level), for the indented table. */
export function flattenStored<T extends StoredNode>(nodes: readonly T[]): { node: T; depth: number; hasChildren: boolean; first: boolean; last: boolean }[] {
  const byParent = childrenByParent(nodes);
  const out: { node: T; depth: number; hasChildren: boolean; first: boolean; last: boolean }[] = [];
  const visit = (list: T[], depth: number) =>
    list.forEach((node, i) => {
      const children = byParent.get(node.id) ?? [];
      out.push({ node, depth, hasChildren: children.length > 0, first: i === 0, last: i === list.length - 1 });
      visit(children, depth + 1);
    });
  visit(byParent.get(null) ?? [], 1);
  return out;
}

/** A tree node's stored fields (without ids or places). */
export function nodeData(node: CriteriaNode) {
  if (node.type === "group")
    return { code: node.code, title: node.title, guidance: node.guidance || null, kind: null, maxHundredths: null, evidenceRequired: false };
  return {
    code: node.code,
    title: node.title,
    guidance: node.guidance || null,
    kind: KIND_TO_DB[node.kind],
    maxHundredths: node.maxPoints === null ? null : toHundredths(node.maxPoints),
    evidenceRequired: node.evidenceRequired,
  };
}
