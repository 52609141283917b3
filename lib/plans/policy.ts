import type { AppSession } from "@/lib/auth/session-types";
import { canInYear, canManageBloc, type YearContext } from "@/lib/blocs/policy";

/** Board staff of the bloc, and the leader unit's officers for that year only. */
export function canManagePlan(session: AppSession, year: YearContext) {
  return canInYear(session, "plan.manage", year);
}

/** The plan page: its items, and the way to the year's theme, slogan and motto, which only the bloc's board edits. */
export function planCan(session: AppSession, year: YearContext) {
  return { manage: canManagePlan(session, year), editWords: canManageBloc(session, year.blocId) };
}
