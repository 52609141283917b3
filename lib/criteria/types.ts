// The criteria set's shapes (bảng tiêu chí, thang điểm): a tree of group → criterion →
// sub-criterion. Kept apart from the tree functions so every module can import the types
// without pulling in logic.

export const LEAF_KINDS = ["standard", "bonus", "deduction", "gate"] as const;
/**
 * standard: 0..max, counted in the standard total; bonus (điểm thưởng): 0..max, added;
 * deduction (điểm trừ): 0..max, subtracted; gate (điều kiện): pass/fail, no points, needed for an award.
 */
export type LeafKind = (typeof LEAF_KINDS)[number];

/** group → criterion → sub-criterion: three levels at most. */
export const MAX_DEPTH = 3;

export type CriteriaLeaf = {
  type: "leaf";
  code: string;
  title: string;
  guidance: string;
  kind: LeafKind;
  /** The most points a unit may enter; null for a gate, which carries no points. */
  maxPoints: number | null;
  evidenceRequired: boolean;
};

export type CriteriaGroup = {
  type: "group";
  code: string;
  title: string;
  guidance: string;
  /**
   * Groups add up their leaves and carry no points of their own. The field exists only so
   * that stored or imported data which gives a group points can be flagged, not dropped.
   */
  maxPoints?: number | null;
  children: CriteriaNode[];
};

export type CriteriaNode = CriteriaLeaf | CriteriaGroup;

export function isLeafKind(value: unknown): value is LeafKind {
  return typeof value === "string" && (LEAF_KINDS as readonly string[]).includes(value);
}
