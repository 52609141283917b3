import "server-only";
import type { DocumentKindEntry } from "./definition";
import type { DocumentKind } from "./kinds";
import { achievementReport } from "./definitions/achievement-report";
import { awardSubmission } from "./definitions/award-submission";
import { blocReport } from "./definitions/bloc-report";
import { registrations } from "./definitions/registrations";
import { minutes } from "./definitions/minutes";
import { plan } from "./definitions/plan";
import { pledge } from "./definitions/pledge";
import { reviewMinutes } from "./definitions/review-minutes";

// Every kind of generated document (definition.ts). A new kind: its file in definitions/, its
// name in kinds.ts, its line here and its permission in policy.ts; the compiler asks for each.
export const DOCUMENTS: Record<DocumentKind, DocumentKindEntry> = {
  pledge,
  minutes,
  plan,
  "review-minutes": reviewMinutes,
  "award-submission": awardSubmission,
  "achievement-report": achievementReport,
  "bloc-report": blocReport,
  registrations,
};
