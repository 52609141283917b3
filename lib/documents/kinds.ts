// The kinds of generated documents. The id each takes: the pledge, the conference (minutes), the
// bloc year (plan), the ranking snapshot (review-minutes), the award proposal (award-submission)
// or the nominee (achievement-report).
export const DOCUMENT_KINDS = ["pledge", "minutes", "plan", "review-minutes", "award-submission", "achievement-report"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
