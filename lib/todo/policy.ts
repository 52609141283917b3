import type { AppSession } from "@/lib/auth/session-types";
import { takesBlocAssignments } from "@/lib/auth/permissions";
import { ownUnitOf } from "@/lib/units/policy";

/**
 * Whom the year's work waits on: a unit's officers (their unit's steps, and the leader's or the
 * reviewer's where their unit holds that place) and board staff (the board's steps in their
 * blocs). An administrator holds every permission to step in for anyone, not to be waited on,
 * and the council only reads: neither has a to-do list.
 */
export function isWaitedOn(session: AppSession) {
  return ownUnitOf(session) !== null || takesBlocAssignments(session.role);
}
