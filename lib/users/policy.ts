import type { AppSession } from "@/lib/auth/session-types";
import { hasPermission } from "@/lib/auth/permissions";

export function canManageUsers(session: AppSession) {
  return hasPermission(session.role, "user.manage");
}
