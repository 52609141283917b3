import type { AppSession } from "@/lib/auth/session-types";
import { canInYear, type YearContext } from "@/lib/blocs/policy";

/** Board staff of the bloc, and the leader unit's officers for that year only. */
export function canManagePlan(session: AppSession, year: YearContext) {
  return canInYear(session, "plan.manage", year);
}
