import { formatNumber } from "@/lib/format/vi";
import { formatNumberInput } from "@/lib/format/number-input";
import { flattenStored, toTree, type StoredNode } from "@/lib/criteria/mapper";
import { fromHundredths } from "@/lib/criteria/points";
import { groupSubtotals, treeMaxima } from "@/lib/criteria/tree";
import type { CriteriaTableRow } from "@/components/criteria/labels";

type Node = StoredNode & { changedAfterScoring: boolean };

/** A stored set as the criteria table shows it: rows in tree order with group subtotals, and the set's maxima. */
export function criteriaTableRows(nodes: readonly Node[]): { rows: CriteriaTableRow[]; maxima: ReturnType<typeof treeMaxima> } {
  const tree = toTree(nodes);
  const subtotals = new Map(groupSubtotals(tree).map((g) => [g.path.join("\u0000"), g]));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const pathOf = (id: string | null): string[] => {
    const path: string[] = [];
    for (let n = id ? byId.get(id) : undefined; n; n = n.parentId ? byId.get(n.parentId) : undefined) path.unshift(n.code);
    return path;
  };
  const rows = flattenStored(nodes).map(({ node, depth, hasChildren, first, last }): CriteriaTableRow => {
    const group = hasChildren || !node.kind;
    const subtotal = group ? subtotals.get(pathOf(node.id).join("\u0000")) : undefined;
    return {
      id: node.id,
      parentId: node.parentId,
      depth,
      code: node.code,
      title: node.title,
      guidance: node.guidance,
      kind: group ? "GROUP" : node.kind!,
      maxText: node.maxHundredths === null ? "" : formatNumberInput(fromHundredths(node.maxHundredths)),
      evidenceRequired: node.evidenceRequired,
      changedAfterScoring: node.changedAfterScoring,
      first,
      last,
      subtotal: subtotal ? formatNumber(subtotal.standard) : null,
    };
  });
  return { rows, maxima: treeMaxima(tree) };
}
