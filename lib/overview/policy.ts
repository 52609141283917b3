import type { AppSession } from "@/lib/auth/session-types";

/**
 * A unit's approved results across years: board staff, administrators and the council, and the
 * unit's own officers. Board staff limited to some blocs see only those blocs' years (the query
 * applies visibleBlocsWhere).
 */
export function canViewUnitResults(session: AppSession, unitId: string) {
  if (session.role === "UNIT_OFFICER") return session.unitId === unitId;
  return session.role === "ADMIN" || session.role === "BOARD" || session.role === "COUNCIL";
}
