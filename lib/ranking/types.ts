// The shapes the ranking is computed in, stored in (RankingSnapshot.data) and shown from.
// Points are plain numbers with at most two decimals (see lib/criteria/points.ts).
import type { FrozenExplanation } from "@/lib/explanations/data";
import type { PointsTotals } from "@/lib/scoring/totals";

export const TIE_BREAK_KINDS = ["groupScore", "fewerDeduction", "moreBonus", "earlierSubmission", "ballot"] as const;
export type TieBreakKind = (typeof TIE_BREAK_KINDS)[number];

/** One built-in tie-break rule; `groupScore` names the top-level group whose total decides. */
export type TieBreakRule = { kind: "groupScore"; groupCode: string } | { kind: Exclude<TieBreakKind, "groupScore"> };

/** A group (top-level node) total of one unit's final sheet. */
export type GroupScore = PointsTotals & { groupCode: string; title: string };

/** One member unit as the ranking sees it: the totals of the final layer of its sheet. */
export type RankCandidate = {
  unitId: string;
  unitName: string;
  /** standard + bonus − deduction of the final layer. */
  totals: PointsTotals;
  byGroup: GroupScore[];
  /** Gates are reported beside the rank, never folded into the points. */
  gates: { passed: string[]; failed: string[]; missing: string[] };
  allGatesPassed: boolean;
  submittedAt: Date | null;
};

/** Votes per unit from a recorded ballot; a ballot only separates the units it names. */
export type BallotResult = { ballotId: string; votes: Record<string, number> };

/** Why a unit stands above (or level with) its neighbour: the first criterion that differed. */
export type Separation =
  | { by: "total"; mine: number; theirs: number }
  | { by: "rule"; rule: TieBreakRule; mine: number | string; theirs: number | string }
  /** Nothing separated them: total, every rule and any ballot were equal. */
  | { by: "none" };

export type RankedRow = RankCandidate & {
  /** 1-based; units that stay tied share the rank (1, 2, 2, 4). */
  rank: number;
  /** True when the rank is shared with another unit after every rule. */
  shared: boolean;
  /** Against the unit just above / below in the table; null at the top / bottom. */
  aboveSeparation: Separation | null;
  belowSeparation: Separation | null;
};

export type Ranking = {
  rows: RankedRow[];
  rules: TieBreakRule[];
  /** Groups of unit ids still tied after every rule: each needs a ballot before sign-off. */
  unresolvedTies: string[][];
};

/** What a sign-off freezes (RankingSnapshot.data); JSON-safe (dates as ISO strings). */
export type RankingSnapshotData = {
  computedAt: string;
  rules: TieBreakRule[];
  rows: (Omit<RankedRow, "submittedAt"> & {
    submittedAt: string | null;
    sheetId: string;
    /** Per leaf: each layer's value, who, when and why (rule 3: every number traceable). */
    leaves: {
      code: string;
      title: string;
      kind: string;
      self: number | boolean | null;
      reviewed: number | boolean | null;
      appraised: number | boolean | null;
      final: number | boolean | null;
      finalLayer: "self" | "reviewed" | "appraised" | null;
      reason: string | null;
      by: string | null;
      evidenceCount: number;
      /** The unit's answer (giải trình) and its decision; absent from snapshots signed before giải trình existed. */
      explanation?: FrozenExplanation | null;
    }[];
  })[];
  unresolvedTies: string[][];
  ballots: { id: string; votes: Record<string, number>; presentCount: number; memberCount: number }[];
};
