// What the to-do list is decided from: the state of each open bloc year as one caller's loader
// reads it (lib/todo/queries.ts), and the items it yields (lib/todo/pending.ts). Plain data, so
// the same decision serves the home page and whatever else asks "what waits for this person".
import type { BlocYearContext } from "@/lib/blocs/year-context";
import type { CriteriaSetStatus, PledgeStatus, ProposalStatus, RankingStatus, SheetStatus } from "@/lib/generated/prisma/enums";
import type { RoundWindow } from "@/lib/scoring/window";

export type YearFacts = {
  /**
   * The year as the policies take it. `memberUnitIds` may hold only the caller's own unit (when
   * it is a member): every rule the to-do applies asks about that unit alone, and listing every
   * member of every open year would cost the board's home page thousands of rows.
   */
  year: BlocYearContext;
  blocName: string;
  memberCount: number;
  /** Members' sheets submitted (the ranking can be signed off once every member's is in). */
  submittedCount: number;
  pledge: { status: PledgeStatus; ownSigned: boolean } | null;
  /** `leafCount`: the criteria a sheet must score. */
  criteria: { status: CriteriaSetStatus; leafCount: number } | null;
  round: RoundWindow | null;
  /** The latest ranking snapshot's status; null before any sign-off. */
  rankingStatus: RankingStatus | null;
  proposalStatus: ProposalStatus | null;
  /** The caller's own unit's sheet; `scoredLeaves`: leaves with a self-score entered. */
  ownSheet: { status: SheetStatus; resubmitBy: Date | null; locked: boolean; scoredLeaves: number } | null;
  /** Submitted, unlocked sheets with no reviewed score yet, that may be the caller's unit's to review. */
  toReview: { unitId: string; reviewerUnitId: string | null }[];
  /** Submitted, unlocked sheets of other units, reviewed and not yet appraised. */
  toAppraise: number;
};

/** Each kind of waiting work; the sentence is `todo.kinds.<kind>` in messages/vi/todo.json. */
export const TODO_KINDS = [
  "sheetResubmit",
  "sheetFill",
  "sheetSubmit",
  "pledgeSign",
  "pledgeAskHead",
  "pledgeOpen",
  "sheetsReview",
  "sheetsAppraise",
  "rankingReturned",
  "rankingSignOff",
  "rankingAskHead",
  "rankingApprove",
  "proposalResubmit",
  "proposalDraft",
  "proposalSubmit",
  "proposalAccept",
  "proposalDecide",
] as const;

export type TodoKind = (typeof TODO_KINDS)[number];

export type TodoItem = {
  kind: TodoKind;
  blocYearId: string;
  blocId: string;
  blocName: string;
  year: number;
  /** Criteria left to score (sheet.fill), or sheets waiting (sheets.review, sheets.appraise). */
  count: number | null;
  /** Until when it can be done; null when nothing sets a date. */
  deadline: Date | null;
  /** Whole days left before the deadline (lib/overview/stage.ts daysLeft). */
  daysLeft: number | null;
  /** The page where it is done. */
  href: string;
};
