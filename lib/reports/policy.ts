import type { AppSession } from "@/lib/auth/session-types";
import { hasPermission } from "@/lib/auth/permissions";
import { canInYear, ownMemberUnitOf, type YearContext } from "@/lib/blocs/policy";
import { isHeadOf } from "@/lib/units/policy";

/** Scheduling the reports with their due dates, following and returning units' reports, compiling the bloc's summary: board staff of the bloc and the leader unit's officers. */
export function canManageReports(session: AppSession, year: YearContext) {
  return canInYear(session, "report.manage", year);
}

/** Reading every member's submitted report: those who manage them, the deputy and the council. */
export function canSeeAllReports(session: AppSession, year: YearContext) {
  return canManageReports(session, year) || canInYear(session, "report.view", year);
}

/** The unit whose report the caller drafts and submits: their own member unit (rule 2: never another unit's draft); else null. */
export function ownReportUnitOf(session: AppSession, year: YearContext) {
  const own = ownMemberUnitOf(session, year);
  return own !== null && hasPermission(session.role, "report.submit") ? own : null;
}

/**
 * Who reads one unit's report (its text and its file): the unit's own officers at any time; those
 * who follow every report once it is submitted (a draft stays the unit's).
 */
export function canReadUnitReport(session: AppSession, year: YearContext, report: { unitId: string; status: string }) {
  if (ownReportUnitOf(session, year) === report.unitId) return true;
  return report.status === "SUBMITTED" && canSeeAllReports(session, year);
}

/** Late: submitted after the round's due date (the report is still taken, and flagged). */
export const isLate = (submittedAt: Date | null, dueAt: Date) => submittedAt !== null && submittedAt.getTime() > dueAt.getTime();

/** The reports page's powers; `reportsFor` is the caller's own member unit when they report for it, else null. */
export function reportsCan(session: AppSession, year: YearContext) {
  const reportsFor = ownReportUnitOf(session, year);
  return { manage: canManageReports(session, year), viewAll: canSeeAllReports(session, year), reportsFor, submitAsHead: isHeadOf(session, reportsFor) };
}

export type ReportsCan = ReturnType<typeof reportsCan>;
