import type { AppSession } from "@/lib/auth/session-types";
import { hasPermission } from "@/lib/auth/permissions";

// Everyone keeps their own sign-ins; ending another person's is account administration.
export const canEndUserSessions = (session: AppSession) => hasPermission(session.role, "user.manage");
