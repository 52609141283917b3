import "server-only";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { canEndUserSessions } from "@/lib/sessions/policy";
import { SESSION_LIMITS, sessionEndsAt, sessionOpen } from "@/lib/auth/session-record";

export type SessionRow = { id: string; createdAt: Date; lastSeenAt: Date; endsAt: Date; address: string; userAgent: string | null; current: boolean };

/**
 * The open sign-ins of a user, the newest first, the one making the request marked: the caller's
 * own, or anyone's for whoever ends other people's sign-ins; none otherwise.
 */
export async function openSessions(session: AppSession, userId: string, now = Date.now()): Promise<SessionRow[]> {
  if (userId !== session.userId && !canEndUserSessions(session)) return [];
  const currentId = session.sessionId;
  const rows = await db.userSession.findMany({
    where: { userId, endedAt: null, expiresAt: { gt: new Date(now) } },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true, lastSeenAt: true, expiresAt: true, endedAt: true, address: true, userAgent: true },
  });
  return rows
    .filter((r) => sessionOpen(r, SESSION_LIMITS, now))
    .map((r) => ({
      id: r.id,
      createdAt: r.createdAt,
      lastSeenAt: r.lastSeenAt,
      endsAt: new Date(sessionEndsAt(r, SESSION_LIMITS)),
      address: r.address,
      userAgent: r.userAgent,
      current: r.id === currentId,
    }));
}
