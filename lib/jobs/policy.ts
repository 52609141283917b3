import type { AppSession } from "@/lib/auth/session-types";
import { hasPermission } from "@/lib/auth/permissions";

/** The job list (what ran, what failed and why) is for the administrator, like the council's settings. */
export function canSeeJobs(session: AppSession) {
  return hasPermission(session.role, "council.settings");
}
