import { db } from "@/lib/db";

/*
 * Failed sign-ins are limited per account, whatever the address, and per address.
 *
 * An account is never locked: after a few free failures each further try must wait a delay that
 * doubles with every failure since the last success, up to a ceiling. A hard lock would let anyone
 * who knows a username shut its owner out; a delay costs the owner a minute and an attacker days.
 * One address is blocked for the window after many failures across accounts.
 * Refused tries are not recorded, so hammering during a delay does not lengthen it.
 */
export const LIMITS = {
  accountFreeFailures: 3,
  accountFirstDelaySeconds: 15,
  accountMaxDelaySeconds: 15 * 60,
  // Failures older than this no longer count against the account.
  accountMemoryHours: 24,
  perAddress: 30,
  windowMinutes: 15,
} as const;

export type SignInGate = { open: true } | { open: false; retryAfterSeconds: number };

/** How long the account must wait after `failures` failures since its last success. */
export function accountDelaySeconds(failures: number): number {
  if (failures < LIMITS.accountFreeFailures) return 0;
  const doublings = Math.min(failures - LIMITS.accountFreeFailures, 16);
  return Math.min(LIMITS.accountFirstDelaySeconds * 2 ** doublings, LIMITS.accountMaxDelaySeconds);
}

async function accountWait(username: string, now: Date): Promise<number> {
  const memory = new Date(now.getTime() - LIMITS.accountMemoryHours * 3_600_000);
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { username, success: true, at: { gte: memory } },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  const since = lastSuccess?.at ?? memory;
  const [failures, last] = await Promise.all([
    db.loginAttempt.count({ where: { username, success: false, at: { gt: since } } }),
    db.loginAttempt.findFirst({ where: { username, success: false, at: { gt: since } }, orderBy: { at: "desc" }, select: { at: true } }),
  ]);
  if (!last) return 0;
  return Math.max(0, last.at.getTime() + accountDelaySeconds(failures) * 1000 - now.getTime());
}

async function addressWait(ip: string, now: Date): Promise<number> {
  const since = new Date(now.getTime() - LIMITS.windowMinutes * 60_000);
  const recent = await db.loginAttempt.findMany({
    where: { ip, success: false, at: { gte: since } },
    orderBy: { at: "desc" },
    take: LIMITS.perAddress,
    select: { at: true },
  });
  if (recent.length < LIMITS.perAddress) return 0;
  // Open again when the oldest of the last `perAddress` failures leaves the window.
  return Math.max(0, recent[recent.length - 1].at.getTime() + LIMITS.windowMinutes * 60_000 - now.getTime());
}

export async function signInGate(username: string, ip: string, now = new Date()): Promise<SignInGate> {
  const wait = Math.max(...(await Promise.all([accountWait(username, now), addressWait(ip, now)])));
  return wait > 0 ? { open: false, retryAfterSeconds: Math.ceil(wait / 1000) } : { open: true };
}

export async function recordSignIn(username: string, ip: string, success: boolean) {
  await db.loginAttempt.create({ data: { username, ip, success } });
}
