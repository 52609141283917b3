// Where a bloc year stands, step by step, as the board's dashboard shows it. Pure: the query
// gathers counts, this decides the words and the warnings.
import type { ProposalStatus, RankingStatus } from "@/lib/generated/prisma/enums";

/** "provisional" (tạm tính): no sign-off yet but sheets are coming in; otherwise the latest snapshot's status. */
export type RankingStage = "none" | "provisional" | RankingStatus;

export function rankingStage(latest: RankingStatus | null, submittedSheets: number): RankingStage {
  if (latest) return latest;
  return submittedSheets > 0 ? "provisional" : "none";
}

/** How urgent a deadline is: past and work undone, within `soonDays`, later, or nothing left to do. */
export type DeadlineState = "none" | "done" | "overdue" | "soon" | "later";

export const SOON_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export function deadlineState(closesAt: Date | null, now: Date, done: boolean, soonDays = SOON_DAYS): DeadlineState {
  if (!closesAt) return "none";
  if (done) return "done";
  const left = closesAt.getTime() - now.getTime();
  if (left < 0) return "overdue";
  return left <= soonDays * DAY_MS ? "soon" : "later";
}

export type StageCounts = {
  members: number;
  pledgeSigned: number;
  pledgeStatus: "DRAFT" | "OPEN" | "SIGNED" | null;
  submitted: number;
  rankingStage: RankingStage;
  proposalStatus: ProposalStatus | null;
};

/** The summary cards over every row: blocs, pledges fully signed, sheets submitted of all, rankings approved. */
export function summarise(rows: readonly StageCounts[]) {
  return {
    blocs: rows.length,
    pledgesSigned: rows.filter((r) => r.pledgeStatus === "SIGNED").length,
    sheetsSubmitted: rows.reduce((n, r) => n + r.submitted, 0),
    sheetsExpected: rows.reduce((n, r) => n + r.members, 0),
    rankingsApproved: rows.filter((r) => r.rankingStage === "APPROVED").length,
  };
}

/** Whole days left before `closesAt` (a part day counts as one); 0 once it has passed. */
export function daysLeft(closesAt: Date, now: Date): number {
  return Math.max(0, Math.ceil((closesAt.getTime() - now.getTime()) / DAY_MS));
}
