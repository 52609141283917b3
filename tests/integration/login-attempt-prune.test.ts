import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ATTEMPT_KEEP_DAYS, pruneLoginAttempts, startAttemptPruning } from "@/lib/auth/prune-attempts";
import { LIMITS, signInGate } from "@/lib/auth/rate-limit";

const now = new Date("2026-11-22T06:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

describe("sign-in attempts", () => {
  it("are dropped once older than the days kept, and the recent ones stay", async () => {
    await db.loginAttempt.createMany({
      data: [
        { username: "cu.1", ip: "10.7.0.1", success: false, at: daysAgo(ATTEMPT_KEEP_DAYS + 1) },
        { username: "cu.1", ip: "10.7.0.1", success: true, at: daysAgo(ATTEMPT_KEEP_DAYS - 1) },
      ],
    });
    expect(await pruneLoginAttempts(now)).toBe(1);
    const left = await db.loginAttempt.findMany({ where: { username: "cu.1" }, select: { success: true } });
    expect(left).toEqual([{ success: true }]);
  });

  it("are kept at least as long as the rate limit looks back", async () => {
    expect(ATTEMPT_KEEP_DAYS * 24).toBeGreaterThanOrEqual(LIMITS.accountMemoryHours);
    const at = new Date(now.getTime() - 60_000);
    await db.loginAttempt.createMany({ data: Array.from({ length: 8 }, () => ({ username: "cu.2", ip: "10.7.0.2", success: false, at })) });
    await pruneLoginAttempts(now);
    expect((await signInGate("cu.2", "10.7.0.9", now)).open).toBe(false);
  });

  it("are pruned by every running app on start and periodically", async () => {
    await db.loginAttempt.create({ data: { username: "cu.3", ip: "10.7.0.3", success: false, at: daysAgo(ATTEMPT_KEEP_DAYS + 5) } });
    const stop = startAttemptPruning(20, () => now);
    try {
      await expect.poll(() => db.loginAttempt.count({ where: { username: "cu.3" } }), { timeout: 5000 }).toBe(0);
    } finally {
      stop();
    }
  });
});
