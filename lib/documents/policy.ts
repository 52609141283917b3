import type { AppSession } from "@/lib/auth/session-types";
import { belongsToUnit, type Permission } from "@/lib/auth/permissions";
import { canInYear, memberSeesApproved, ownUnitOf, type YearContext } from "@/lib/blocs/policy";
import type { DocumentKind } from "@/lib/documents/kinds";
import type { RankingStatus } from "@/lib/generated/prisma/enums";

/**
 * Who prepares each document, and so may set the date it carries before it is issued: the
 * power over its subject (the pledge's drafters, the conference's organisers, the plan's
 * keepers, the leader unit that signs the ranking off and drafts the proposal). Every one of
 * them may also download it.
 */
export const DOCUMENT_DATE_PERMISSION: Record<DocumentKind, Permission> = {
  pledge: "pledge.manage",
  minutes: "conference.manage",
  plan: "plan.manage",
  "review-minutes": "ranking.signOff",
  "award-submission": "proposal.draft",
  "achievement-report": "proposal.draft",
};

export function canSetDocumentDate(session: AppSession, kind: DocumentKind, year: YearContext) {
  return canInYear(session, DOCUMENT_DATE_PERMISSION[kind], year);
}

/**
 * Who may read the award dossier (review minutes, submission, achievement reports) of a bloc
 * year whose bloc the viewer already sees: stricter than the bloc filter. The board side and the
 * council, always; the leader unit, which drafts it; a nominee's officers their own achievement
 * report (`ownUnitIds`); the other members once the ranking is approved (rule 2).
 */
export function canSeeDossier(
  viewer: AppSession,
  year: Pick<YearContext, "leaderUnitId" | "memberUnitIds">,
  rankingStatus: RankingStatus | null,
  ownUnitIds: string[] = [],
): boolean {
  if (!belongsToUnit(viewer.role)) return true;
  const unitId = ownUnitOf(viewer);
  if (!unitId) return false;
  if (unitId === year.leaderUnitId || ownUnitIds.includes(unitId)) return true;
  return memberSeesApproved(viewer, year, rankingStatus === "APPROVED");
}
