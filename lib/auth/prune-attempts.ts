import { db } from "@/lib/db";
import { LIMITS } from "./rate-limit";

/*
 * Sign-in attempts are read only by the rate limit, which looks back at most `accountMemoryHours`
 * (24 h) per account and `windowMinutes` per address. They are kept longer, 30 days, so a burst of
 * failures can still be looked at after it was noticed (who tried which accounts from where), then
 * dropped: the table must not grow with every guess for ever. The job runner prunes once an hour
 * (lib/worker/handlers.ts), a range delete on the `at` index, never on the sign-in path.
 */
export const ATTEMPT_KEEP_DAYS = 30;

// Keeping less than the rate limit reads would let an attacker's failures be forgotten early.
if (ATTEMPT_KEEP_DAYS * 24 < LIMITS.accountMemoryHours) throw new Error("sign-in attempts must outlive the rate limit's memory");

/** Deletes the attempts older than ATTEMPT_KEEP_DAYS before `now`; returns how many. */
export async function pruneLoginAttempts(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - ATTEMPT_KEEP_DAYS * 86_400_000);
  return (await db.loginAttempt.deleteMany({ where: { at: { lt: cutoff } } })).count;
}
