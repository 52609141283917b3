// Where a bloc year stands, step by step, as the board's dashboard shows it. Pure: the query
// gathers counts, this decides the words and the warnings.
import { daysLeft } from "@/lib/format/days-left";
import type { ProposalStatus, RankingStatus } from "@/lib/generated/prisma/enums";

/** "provisional" (tạm tính): no sign-off yet but sheets are coming in; otherwise the latest snapshot's status. */
export type RankingStage = "none" | "provisional" | RankingStatus;

export function rankingStage(latest: RankingStatus | null, submittedSheets: number): RankingStage {
  if (latest) return latest;
  return submittedSheets > 0 ? "provisional" : "none";
}

/** How urgent a deadline is: past and work undone, within `soonDays` calendar days, later, or nothing left to do. */
export type DeadlineState = "none" | "done" | "overdue" | "soon" | "later";

export const SOON_DAYS = 7;

export function deadlineState(closesAt: Date | null, now: Date, done: boolean, soonDays = SOON_DAYS): DeadlineState {
  if (!closesAt) return "none";
  if (done) return "done";
  if (closesAt.getTime() < now.getTime()) return "overdue";
  return daysLeft(closesAt, now) <= soonDays ? "soon" : "later";
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
