import { db } from "@/lib/db";

// Failed sign-ins are limited per account and address, and per address alone
// (so one address cannot try many accounts).
export const LIMITS = { perAccountAndAddress: 5, perAddress: 30, windowMinutes: 15 } as const;

export async function isSignInBlocked(username: string, ip: string): Promise<boolean> {
  const since = new Date(Date.now() - LIMITS.windowMinutes * 60_000);
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { username, ip, success: true, at: { gte: since } },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  const [pair, address] = await Promise.all([
    db.loginAttempt.count({ where: { username, ip, success: false, at: { gte: lastSuccess?.at ?? since } } }),
    db.loginAttempt.count({ where: { ip, success: false, at: { gte: since } } }),
  ]);
  return pair >= LIMITS.perAccountAndAddress || address >= LIMITS.perAddress;
}

export async function recordSignIn(username: string, ip: string, success: boolean) {
  await db.loginAttempt.create({ data: { username, ip, success } });
}
