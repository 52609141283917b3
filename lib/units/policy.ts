import type { AppSession } from "@/lib/auth/session-types";
import { hasPermission } from "@/lib/auth/permissions";

export function canViewUnits(session: AppSession) {
  return hasPermission(session.role, "unit.view");
}

export function canManageUnits(session: AppSession) {
  return hasPermission(session.role, "unit.manage");
}
