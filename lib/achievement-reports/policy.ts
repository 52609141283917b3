import type { AppSession } from "@/lib/auth/session-types";
import { hasPermission } from "@/lib/auth/permissions";
import { canInYear, ownMemberUnitOf, type YearContext } from "@/lib/blocs/policy";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";

/** A unit officer writes the report of their own member unit only (rule 2: never another unit's draft). */
export function ownReportUnitOf(session: AppSession, year: YearContext): string | null {
  const own = ownMemberUnitOf(session, year);
  return own !== null && hasPermission(session.role, "achievement.write") ? own : null;
}

/** Reading every member's report: board staff of the bloc, the council, the leader unit (who compiles the dossier). */
export function canReadReports(session: AppSession, year: YearContext) {
  return canInYear(session, "achievement.view", year);
}

/** The text is part of the award dossier: it changes while the proposal is not yet sent (none, draft or returned). */
export const reportEditable = (proposalStatus: ProposalStatus | null) => proposalStatus === null || proposalStatus === "DRAFT" || proposalStatus === "RETURNED";

/** The page's powers; `writesFor` is the caller's own member unit when they may write its report. */
export function achievementReportCan(session: AppSession, year: YearContext, proposalStatus: ProposalStatus | null) {
  const writesFor = ownReportUnitOf(session, year);
  return { writesFor, editable: writesFor !== null && reportEditable(proposalStatus), readAll: canReadReports(session, year) };
}

export type AchievementReportCan = ReturnType<typeof achievementReportCan>;
