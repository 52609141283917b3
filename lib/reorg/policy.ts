import type { AppSession } from "@/lib/auth/session-types";
import { canAcrossAllBlocs } from "@/lib/blocs/policy";

/**
 * Merging, renaming, dissolving units and re-dividing the blocs touch every bloc: the
 * administrator and board staff who work on all blocs, not those assigned a few.
 */
export function canReorganise(session: AppSession) {
  return canAcrossAllBlocs(session, "unit.reorganise");
}
