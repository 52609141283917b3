// When a sign-in stops counting, and which changes to an account end its sign-ins. Pure: the
// service and the tests share these.

export type SessionTimes = { lastSeenAt: Date; expiresAt: Date; endedAt: Date | null };
export type SessionLimits = { idleMs: number };

/** The reasons a session ends, kept on the row and shown in the account's list. */
export const END_REASONS = ["signOut", "ended", "endedByAdmin", "passwordChanged", "locked", "roleChanged"] as const;
export type EndReason = (typeof END_REASONS)[number];

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

type Account = { role: string; unitId: string | null; isUnitHead: boolean; active: boolean };

/**
 * Why a change to an account ends its sign-ins, or null. A locked account's sessions end, so
 * unlocking it later revives none of them; a changed role, unit or head flag means the person
 * signs in again as who they now are. Changes of name, e-mail or assigned blocs leave them.
 */
export function endsSessions(before: Account, after: Account): EndReason | null {
  if (before.active && !after.active) return "locked";
  if (before.role !== after.role || before.unitId !== after.unitId || before.isUnitHead !== after.isUnitHead) return "roleChanged";
  return null;
}
