import type { AppSession } from "@/lib/auth/session-types";
import { hasPermission } from "@/lib/auth/permissions";

/** The council's name, place, time zone and cited legal documents: the administrator. */
export function canManageCouncil(session: AppSession) {
  return hasPermission(session.role, "council.settings");
}
