import type { AppSession } from "@/lib/auth/session-types";
import type { Permission } from "@/lib/auth/permissions";
import { canInYear, type YearContext } from "@/lib/blocs/policy";
import type { DocumentKind } from "@/lib/documents/kinds";

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
  "bloc-report": "report.manage",
  registrations: "registration.manage",
};

export function canSetDocumentDate(session: AppSession, kind: DocumentKind, year: YearContext) {
  return canInYear(session, DOCUMENT_DATE_PERMISSION[kind], year);
}
