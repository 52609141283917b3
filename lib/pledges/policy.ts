import type { AppSession } from "@/lib/auth/session-types";
import { hasPermission } from "@/lib/auth/permissions";
import { canInYear, ownMemberUnitOf, type YearContext } from "@/lib/blocs/policy";
import { isHeadOf } from "@/lib/units/policy";

/** Create and edit the draft, open it for signing: board staff of the bloc and the leader unit's officers that year. */
export function canManagePledge(session: AppSession, year: YearContext) {
  return canInYear(session, "pledge.manage", year);
}

/** Reopening a locked pledge stays with the board. */
export function canReopenPledge(session: AppSession, year: YearContext) {
  return canInYear(session, "pledge.reopen", year);
}

/** Board staff record any member unit's signature (signed on paper at a conference, say). */
export function canRecordSignatures(session: AppSession, year: YearContext) {
  return canInYear(session, "pledge.record", year);
}

/** A unit officer signs for their own unit only, and only when it is a member that year. */
export function canSignFor(session: AppSession, year: YearContext, unitId: string) {
  if (canRecordSignatures(session, year)) return true;
  return hasPermission(session.role, "pledge.sign") && ownMemberUnitOf(session, year) === unitId;
}

/** The pledge page's powers; `signsFor` is the member unit the caller signs for in person (their own), or null. */
export function pledgeCan(session: AppSession, year: YearContext) {
  const own = ownMemberUnitOf(session, year);
  const signsFor = own !== null && canSignFor(session, year, own) ? own : null;
  return {
    manage: canManagePledge(session, year),
    reopen: canReopenPledge(session, year),
    record: canRecordSignatures(session, year),
    signsFor,
    signAsHead: isHeadOf(session, signsFor),
  };
}

export type PledgeCan = ReturnType<typeof pledgeCan>;
