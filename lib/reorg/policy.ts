import type { AppSession } from "@/lib/auth/session-types";
import { hasPermission } from "@/lib/auth/permissions";

/**
 * Merging, renaming, dissolving units and re-dividing the blocs touch every bloc: the
 * administrator and board staff who work on all blocs, not those assigned a few.
 */
export function canReorganise(session: AppSession) {
  return hasPermission(session.role, "unit.reorganise") && (session.role === "ADMIN" || session.allBlocs);
}
