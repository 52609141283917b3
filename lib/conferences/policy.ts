import type { AppSession } from "@/lib/auth/session-types";
import { canDecideRotation, canInYear, type YearContext } from "@/lib/blocs/policy";
import type { PledgeStatus } from "@/lib/generated/prisma/enums";
import { canRecordSignatures } from "@/lib/pledges/policy";

/** Board staff of the bloc, and the officers of this year's leader and deputy units. */
export function canManageConferences(session: AppSession, year: YearContext) {
  return canInYear(session, "conference.manage", year);
}

/**
 * A conference's page: managing it; recording signatures of the open pledge at it (a pledge is
 * signed at a conference of any kind); confirming the next leadership it agreed on.
 */
export function conferenceCan(session: AppSession, year: YearContext, pledgeStatus: PledgeStatus | null) {
  return {
    manage: canManageConferences(session, year),
    recordSignatures: pledgeStatus === "OPEN" && canRecordSignatures(session, year),
    confirmLeadership: canDecideRotation(session, year.blocId),
  };
}

export type ConferenceCan = ReturnType<typeof conferenceCan>;
