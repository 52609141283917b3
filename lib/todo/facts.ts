// What the to-do list is decided from: the state of each open bloc year as one caller's loader
// reads it (lib/todo/queries.ts), and the items it yields (lib/todo/pending.ts). Plain data, so
// the same decision serves the home page and whatever else asks "what waits for this person".
import type { BlocYearContext } from "@/lib/blocs/year-context";
import type { CriteriaSetStatus, PledgeStatus, ProposalStatus, RankingStatus, RegistrationStatus, SheetStatus } from "@/lib/generated/prisma/enums";
import type { ExplainWindow } from "@/lib/explanations/rules";
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
  round: (RoundWindow & ExplainWindow) | null;
  /** The latest ranking snapshot's status; null before any sign-off. */
  rankingStatus: RankingStatus | null;
  proposalStatus: ProposalStatus | null;
  /** The caller's own unit's sheet; `scoredLeaves`: leaves with a self-score entered; `unanswered`: disputed leaves not yet answered (giải trình). */
  ownSheet: { status: SheetStatus; resubmitBy: Date | null; locked: boolean; scoredLeaves: number; unanswered: number } | null;
  /**
   * Submitted, unlocked sheets of other units that may be the caller's unit's to review: its review
   * not finished, or answers to its reviewed scores awaiting a decision (`undecided`).
   */
  toReview: { unitId: string; reviewerUnitId: string | null; reviewed: boolean; finished: boolean; undecided: number }[];
  /** Submitted, unlocked sheets of other units, reviewed and not yet appraised. */
  toAppraise: number;
  /** Sheets with answers to an appraised score awaiting the board's decision (0 for a unit officer). */
  boardDecisions: number;
  /** The year's registration: its deadline, the caller's unit's own, how many are submitted, and the signing conference where they are announced. */
  registration: {
    dueAt: Date | null;
    own: { status: RegistrationStatus; returned: boolean } | null;
    submittedCount: number;
    signingConferenceId: string | null;
    announced: boolean;
  };
};

/** Each kind of waiting work; the sentence is `todo.kinds.<kind>` in messages/vi/todo.json. */
export const TODO_KINDS = [
  "registrationResubmit",
  "registrationDraft",
  "registrationApprove",
  "registrationAskHead",
  "registrationsAnnounce",
  "sheetResubmit",
  "sheetFill",
  "sheetSubmit",
  "pledgeSign",
  "pledgeAskHead",
  "pledgeOpen",
  "sheetsReview",
  "reviewFinish",
  "sheetsAppraise",
  "explanationAnswer",
  "explanationsDecide",
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
  /** Criteria left to score (sheetFill), leaves to answer (explanationAnswer), or sheets waiting (sheetsReview, reviewFinish, sheetsAppraise, explanationsDecide). */
  count: number | null;
  /** Until when it can be done; null when nothing sets a date. */
  deadline: Date | null;
  /** Calendar days left before the deadline, 0 on its day (lib/format/days-left.ts). */
  daysLeft: number | null;
  /** The page where it is done. */
  href: string;
};
