import type { AppSession } from "@/lib/auth/session-types";
import { canInYear, type YearContext } from "@/lib/blocs/policy";

/** Board staff of the bloc, and the officers of this year's leader and deputy units. */
export function canManageConferences(session: AppSession, year: YearContext) {
  return canInYear(session, "conference.manage", year);
}
