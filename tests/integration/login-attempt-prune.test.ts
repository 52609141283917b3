import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ATTEMPT_KEEP_DAYS, pruneLoginAttempts } from "@/lib/auth/prune-attempts";
import { JOB_HANDLERS, JOB_SCHEDULES } from "@/lib/worker/handlers";
import { JOB_KINDS } from "@/lib/jobs/kinds";
import { JobRunner } from "@/lib/jobs/runner";
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

  it("are pruned hourly by the job runner, once across instances", async () => {
    await db.loginAttempt.create({ data: { username: "cu.3", ip: "10.7.0.3", success: false, at: daysAgo(ATTEMPT_KEEP_DAYS + 5) } });
    const instance = () => new JobRunner({ definitions: JOB_KINDS, handlers: JOB_HANDLERS, schedules: JOB_SCHEDULES, clock: () => now });
    await Promise.all([instance().drain(), instance().drain()]);
    expect(await db.loginAttempt.count({ where: { username: "cu.3" } })).toBe(0);
    const ran = await db.job.findMany({ where: { kind: "prune-sign-ins" }, select: { status: true, dedupeKey: true } });
    expect(ran).toEqual([{ status: "DONE", dedupeKey: "schedule:prune-sign-ins@2026-11-22T06:00:00.000Z" }]);
  });
});
