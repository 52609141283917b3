import type { AppSession } from "@/lib/auth/session-types";
import { hasPermission } from "@/lib/auth/permissions";
import { canAcrossAllBlocs, canInYear, type YearContext } from "@/lib/blocs/policy";

/** Build and publish the year's set: board staff of the bloc (and whoever else the year roles give `criteria.manage`). */
export function canManageCriteria(session: AppSession, year: YearContext) {
  return canInYear(session, "criteria.manage", year);
}

/** Reopening a published set stays with the board, with a reason. */
export function canReopenCriteria(session: AppSession, year: YearContext) {
  return canInYear(session, "criteria.reopen", year);
}

/** Templates serve every bloc: all board staff copy from them, and the council reads everything. */
export function canViewTemplates(session: AppSession) {
  return hasPermission(session.role, "template.view");
}

/** Templates serve every bloc: administrators and board staff who work on all blocs. */
export function canManageTemplates(session: AppSession) {
  return canAcrossAllBlocs(session, "template.manage");
}

/** The criteria page of a year: building and publishing the set, reopening it, saving it as a template. */
export function criteriaCan(session: AppSession, year: YearContext) {
  return { manage: canManageCriteria(session, year), reopen: canReopenCriteria(session, year), saveTemplate: canManageTemplates(session) };
}

export type CriteriaCan = ReturnType<typeof criteriaCan>;

/** The templates pages: reading them, and keeping them (creating, editing) for whoever works on every bloc. */
export function templatesCan(session: AppSession) {
  return { view: canViewTemplates(session), manage: canManageTemplates(session) };
}
