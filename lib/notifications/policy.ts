import type { AppSession } from "@/lib/auth/session-types";
import { hasPermission } from "@/lib/auth/permissions";

/*
 * A person's own notifications and preferences are theirs alone: every read and write is scoped
 * by the caller's user id (queries.ts, service.ts), never by an id the browser sends. The e-mails
 * sent or kept (addresses and texts of every user) are the administrator's.
 */
export function canSeeOutbox(session: AppSession) {
  return hasPermission(session.role, "notification.outbox");
}
