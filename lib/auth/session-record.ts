import { randomBytes } from "node:crypto";
import { db, type Db, type Tx } from "@/lib/db";
import { env } from "@/lib/env";

// The row behind a session cookie, as signing in, every request and signing out use it (next-auth's
// callbacks in ./options.ts, getSession in ./session.ts). Ending sessions for other reasons, and
// listing them, is lib/sessions' (which builds on this).

export type SessionTimes = { lastSeenAt: Date; expiresAt: Date; endedAt: Date | null };
export type SessionLimits = { idleMs: number };

// `lastSeenAt` is written at most this often, so the idle end is known to within this much.
export const TOUCH_EVERY_MS = 2 * 60_000;

/** The instant the session stops counting unless used again: its absolute end or its idle end, whichever is first. */
export function sessionEndsAt(s: SessionTimes, limits: SessionLimits): number {
  return Math.min(s.expiresAt.getTime(), s.lastSeenAt.getTime() + limits.idleMs);
}

export function sessionOpen(s: SessionTimes, limits: SessionLimits, now: number): boolean {
  return s.endedAt === null && now < sessionEndsAt(s, limits);
}

/** Whether a request now should move `lastSeenAt` forward (never past the absolute end, which nothing extends). */
export function dueForTouch(s: SessionTimes, now: number): boolean {
  return now - s.lastSeenAt.getTime() >= TOUCH_EVERY_MS;
}

export const SESSION_LIMITS = { maxAgeMs: env.SESSION_MAX_AGE_HOURS * 3_600_000, idleMs: env.SESSION_IDLE_MINUTES * 60_000 };

/** A new sign-in of `userId`; its id goes into the session cookie (lib/auth/options.ts). */
export async function startSession(client: Db | Tx, userId: string, address: string, userAgent: string | null, now = new Date()): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_LIMITS.maxAgeMs);
  await client.userSession.create({ data: { id, userId, createdAt: now, lastSeenAt: now, expiresAt, address, userAgent: userAgent?.slice(0, 300) ?? null } });
  return id;
}

/**
 * The open session `id` belongs to, with its user id, or null when it was ended, has expired or
 * sat idle too long. A request using it counts as activity.
 */
export async function resumeSession(client: Db, id: string, now = new Date()): Promise<{ userId: string } | null> {
  const session = await client.userSession.findUnique({ where: { id }, select: { userId: true, ...SESSION_TIMES } });
  return session && (await resumed(client, id, session, now)) ? { userId: session.userId } : null;
}

/** The columns that say whether a session is open (selected with whatever else a caller reads of the row). */
export const SESSION_TIMES = { lastSeenAt: true, expiresAt: true, endedAt: true } as const;

/** Whether the session row read is open now; if so, the request counts as activity. */
export async function resumed(client: Db, id: string, session: SessionTimes, now: Date): Promise<boolean> {
  if (!sessionOpen(session, SESSION_LIMITS, now.getTime())) return false;
  // Moved on only if no other request (on any instance) did so in the meantime.
  if (dueForTouch(session, now.getTime()))
    await client.userSession.updateMany({
      where: { id, endedAt: null, lastSeenAt: { lte: new Date(now.getTime() - TOUCH_EVERY_MS) } },
      data: { lastSeenAt: now },
    });
  return true;
}

/** Sign-out: the cookie's own session ends (next-auth's signOut event). */
export async function endSignedOutSession(id: string, now = new Date()): Promise<void> {
  await db.userSession.updateMany({ where: { id, endedAt: null }, data: { endedAt: now, endReason: "signOut" } });
}
