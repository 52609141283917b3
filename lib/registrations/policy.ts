import type { AppSession } from "@/lib/auth/session-types";
import { hasPermission } from "@/lib/auth/permissions";
import { canInYear, ownMemberUnitOf, type YearContext } from "@/lib/blocs/policy";
import { isHeadOf } from "@/lib/units/policy";

/** Opening the registration with its deadline, following it and returning a unit's: board staff of the bloc and the leader unit's officers. */
export function canManageRegistrations(session: AppSession, year: YearContext) {
  return canInYear(session, "registration.manage", year);
}

/** Reading every member's registration and the compiled list: those who manage it, the deputy and the council. */
export function canSeeAllRegistrations(session: AppSession, year: YearContext) {
  return canManageRegistrations(session, year) || canInYear(session, "registration.view", year);
}

/** A unit officer registers for their own unit only, when it is a member that year (rule 2: never another unit's draft). */
export function canRegisterFor(session: AppSession, year: YearContext, unitId: string) {
  return hasPermission(session.role, "registration.submit") && ownMemberUnitOf(session, year) === unitId;
}

/** Whether registrations are accepted now: opened with a deadline that has not passed. */
export function registrationOpen(dueAt: Date | null, now: Date) {
  return dueAt !== null && now.getTime() <= dueAt.getTime();
}

/** The registration page's powers; `registersFor` is the caller's own member unit when they may register it, else null. */
export function registrationCan(session: AppSession, year: YearContext) {
  const registersFor = ownRegistrationUnitOf(session, year);
  return {
    manage: canManageRegistrations(session, year),
    viewAll: canSeeAllRegistrations(session, year),
    registersFor,
    submitAsHead: isHeadOf(session, registersFor),
  };
}

export type RegistrationCan = ReturnType<typeof registrationCan>;

/** The unit whose registration the caller reads and writes as its own: their member unit, when they may register it. */
export function ownRegistrationUnitOf(session: AppSession, year: YearContext) {
  const own = ownMemberUnitOf(session, year);
  return own !== null && canRegisterFor(session, year, own) ? own : null;
}
