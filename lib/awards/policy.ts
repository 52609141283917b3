import type { AppSession } from "@/lib/auth/session-types";
import { hasPermission } from "@/lib/auth/permissions";
import { canInYear, type YearContext } from "@/lib/blocs/policy";

/** The catalogue of award forms is kept by board staff for every bloc. */
export function canManageAwardForms(session: AppSession) {
  return hasPermission(session.role, "award.catalog");
}

/** Quotas of a bloc year: board staff of that bloc. */
export function canSetQuotas(session: AppSession, year: YearContext) {
  return canInYear(session, "award.quota", year);
}

/** Drafting, editing and submitting the proposal: the leader unit of that year. */
export function canDraftProposal(session: AppSession, year: YearContext) {
  return canInYear(session, "proposal.draft", year);
}

/** Accepting, returning, recording the decision and reopening: board staff of the bloc. */
export function canDecideProposal(session: AppSession, year: YearContext) {
  return canInYear(session, "proposal.decide", year);
}
