import type { AppSession } from "@/lib/auth/session-types";
import { hasPermission, reachOf } from "@/lib/auth/permissions";
import { canViewUnitResults } from "@/lib/overview/policy";

export function canViewUnits(session: AppSession) {
  return hasPermission(session.role, "unit.view");
}

export function canManageUnits(session: AppSession) {
  return hasPermission(session.role, "unit.manage");
}

/** The unit a session works for, when its powers come from that unit (a unit officer's); null otherwise. */
export function ownUnitOf(session: AppSession): string | null {
  return reachOf(session) === "ownUnit" ? session.unitId : null;
}

/**
 * The head of this unit, who signs for it in person (a sheet's submission, the pledge, the
 * ranking's sign-off): one of its officers marked as its head. Everyone else records the head's name.
 */
export function isHeadOf(session: AppSession, unitId: string | null) {
  return session.isUnitHead && unitId !== null && ownUnitOf(session) === unitId;
}

/** A unit's page: editing, archiving or deleting it, and its approved results across years. */
export function unitCan(session: AppSession, unitId: string) {
  return { manage: canManageUnits(session), results: canViewUnitResults(session, unitId) };
}
