// The kinds of generated documents. The id each takes: the pledge, the conference (minutes), the
// bloc year (plan), the ranking snapshot (review-minutes), the award proposal (award-submission)
// or the nominee (achievement-report), the report round (bloc-report: the bloc's summary report) or
// the bloc year again (registrations: the compiled registrations).
export const DOCUMENT_KINDS = [
  "pledge",
  "minutes",
  "plan",
  "review-minutes",
  "award-submission",
  "achievement-report",
  "bloc-report",
  "registrations",
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
