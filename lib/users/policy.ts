import type { AppSession } from "@/lib/auth/session-types";
import { hasPermission } from "@/lib/auth/permissions";
import { canViewAudit } from "@/lib/audit/policy";

export function canManageUsers(session: AppSession) {
  return hasPermission(session.role, "user.manage");
}

/**
 * An account's page: nobody deactivates or deletes their own account (the service refuses it, the
 * buttons are not offered), and the way to its audit entries for whoever reads the log.
 */
export function userCan(session: AppSession, userId: string) {
  const self = userId === session.userId;
  return { self, deactivate: !self, viewAudit: canViewAudit(session) };
}

export type UserCan = ReturnType<typeof userCan>;
