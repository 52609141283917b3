// Small display helpers shared by the criteria screens.

export const criteriaStatusTone = { DRAFT: "amber", PUBLISHED: "green" } as const;
export const kindTone = { GROUP: "slate", STANDARD: "sky", BONUS: "green", DEDUCTION: "red", GATE: "amber" } as const;

/** One row of the indented table, as the server hands it to the browser. */
export type CriteriaTableRow = {
  id: string;
  parentId: string | null;
  depth: number;
  code: string;
  title: string;
  guidance: string | null;
  kind: "GROUP" | "STANDARD" | "BONUS" | "DEDUCTION" | "GATE";
  /** Max points already formatted for reading (10,5), and as typed into the form. */
  maxText: string;
  evidenceRequired: boolean;
  changedAfterScoring: boolean;
  first: boolean;
  last: boolean;
  /** Groups only: the standard points of the leaves below, formatted. */
  subtotal: string | null;
};
