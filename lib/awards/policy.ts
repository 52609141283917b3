import type { AppSession } from "@/lib/auth/session-types";
import { hasPermission } from "@/lib/auth/permissions";
import { canEditNominees } from "@/lib/awards/rules";
import { canInYear, canSeeDossier, type YearContext } from "@/lib/blocs/policy";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";

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

/** What the awards page shows and offers, from the year's approved ranking and the proposal's state. */
export function awardsCan(session: AppSession, year: YearContext, facts: { approved: boolean; status: ProposalStatus | null; nomineeUnitIds: string[] }) {
  const rankingStatus = facts.approved ? "APPROVED" : null;
  const draft = canDraftProposal(session, year);
  return {
    setQuotas: canSetQuotas(session, year),
    draft,
    editNominees: draft && facts.status !== null && canEditNominees(facts.status),
    decide: canDecideProposal(session, year),
    // The award dossier (lib/documents/policy.ts): the card, the submission, each nominee's report.
    dossier: canSeeDossier(session, year, rankingStatus, facts.nomineeUnitIds),
    submission: canSeeDossier(session, year, rankingStatus),
    reportOf: (unitId: string) => canSeeDossier(session, year, rankingStatus, [unitId]),
  };
}

export type AwardsCan = ReturnType<typeof awardsCan>;
