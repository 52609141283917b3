// Why sessions end, and which changes to an account end its sign-ins. Pure: the service and the
// tests share these. When a sign-in stops counting is lib/auth/session-record.ts's.

/** The reasons a session ends, kept on the row and shown in the account's list. */
export const END_REASONS = ["signOut", "ended", "endedByAdmin", "passwordChanged", "locked", "roleChanged"] as const;
export type EndReason = (typeof END_REASONS)[number];

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
