import type { EventDefinition } from "./define";
import type { EventKind } from "./kinds";
import { proposalAccepted, proposalDecided, proposalReturned, proposalSubmitted } from "./definitions/awards";
import { conferenceScheduled } from "./definitions/conferences";
import { explanationAnswered, explanationDecided, explanationRequested } from "./definitions/explanations";
import { pledgeOpened, pledgeSigned } from "./definitions/pledges";
import { registrationOpened, registrationReturned, registrationSubmitted } from "./definitions/registrations";
import { rankingApproved, rankingReturned, rankingSignedOff } from "./definitions/ranking";
import { regulationAdopted } from "./definitions/regulations";
import { reportReturned, reportScheduled, reportSubmitted } from "./definitions/reports";
import { criteriaPublished, extensionGranted, reviewFinished, roundSet, sheetReturned, sheetSubmitted } from "./definitions/scoring";

/** The reminders, told by the daily schedule rather than by a change (reminders.ts). */
export const REMINDER_KINDS = ["window-closing", "conference-tomorrow", "registration-due", "report-due"] as const satisfies readonly EventKind[];

/** Every event told from an audited change: its kind → its definition. Nothing else branches on the kind. */
export const EVENTS: Record<Exclude<EventKind, (typeof REMINDER_KINDS)[number]>, EventDefinition> = {
  "pledge-opened": pledgeOpened,
  "pledge-signed": pledgeSigned,
  "criteria-published": criteriaPublished,
  "round-set": roundSet,
  "extension-granted": extensionGranted,
  "sheet-submitted": sheetSubmitted,
  "sheet-returned": sheetReturned,
  "review-finished": reviewFinished,
  "explanation-requested": explanationRequested,
  "explanation-answered": explanationAnswered,
  "explanation-decided": explanationDecided,
  "ranking-signed-off": rankingSignedOff,
  "ranking-approved": rankingApproved,
  "ranking-returned": rankingReturned,
  "proposal-submitted": proposalSubmitted,
  "proposal-returned": proposalReturned,
  "proposal-accepted": proposalAccepted,
  "proposal-decided": proposalDecided,
  "conference-scheduled": conferenceScheduled,
  "regulation-adopted": regulationAdopted,
  "registration-opened": registrationOpened,
  "registration-submitted": registrationSubmitted,
  "registration-returned": registrationReturned,
  "report-scheduled": reportScheduled,
  "report-submitted": reportSubmitted,
  "report-returned": reportReturned,
};

type Told = keyof typeof EVENTS;

/** Audit action → the events it tells: what lib/audit/hooks.ts turns into a "notify" job. */
export const EVENTS_BY_ACTION: ReadonlyMap<string, Told[]> = (() => {
  const map = new Map<string, Told[]>();
  for (const [kind, definition] of Object.entries(EVENTS) as [Told, EventDefinition][]) {
    for (const action of definition.audit) map.set(action, [...(map.get(action) ?? []), kind]);
  }
  return map;
})();
