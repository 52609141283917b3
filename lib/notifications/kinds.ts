/*
 * Every kind of event the app tells people about. Each is defined once in definitions/ (who is
 * told, what, with which link) and listed in registry.ts; its words are the messages
 * notifications.events.<kind>.title and .body. Kebab-case, so no kind reads as a message key.
 */
export const EVENT_KINDS = [
  "pledge-opened",
  "pledge-signed",
  "criteria-published",
  "round-set",
  "extension-granted",
  "sheet-submitted",
  "sheet-returned",
  "review-finished",
  "explanation-requested",
  "explanation-answered",
  "explanation-decided",
  "ranking-signed-off",
  "ranking-approved",
  "ranking-returned",
  "proposal-submitted",
  "proposal-returned",
  "proposal-accepted",
  "proposal-decided",
  "conference-scheduled",
  "regulation-adopted",
  "registration-opened",
  "registration-submitted",
  "registration-returned",
  "report-scheduled",
  "report-submitted",
  "report-returned",
  "window-closing",
  "conference-tomorrow",
  "registration-due",
  "report-due",
] as const;

export type EventKind = (typeof EVENT_KINDS)[number];

export const isEventKind = (value: string): value is EventKind => (EVENT_KINDS as readonly string[]).includes(value);
