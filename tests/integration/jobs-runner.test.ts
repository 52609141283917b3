// The job runner (lib/jobs/runner.ts) on this test's database: exactly once with two runners on
// two clients racing, retries with backoff, a crashed run taken over when its lease runs out,
// scheduled jobs that wait and are caught up. Time is the runners' clock, set by the test.
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { claimJobs } from "@/lib/jobs/claim-sql";
import { HOUR_MS } from "@/lib/jobs/schedule";
import { logTo } from "@/lib/log/logger";
import { secondClient } from "../support/second-client";
import { enqueueTest, later, minutes, testWorld } from "../support/test-jobs";

const clients: PrismaClient[] = [];
const newClient = () => {
  const client = secondClient();
  clients.push(client);
  return client;
};
afterAll(async () => {
  await Promise.all(clients.map((c) => c.$disconnect()));
});

const jobs = () => db.job.findMany({ orderBy: { id: "asc" }, select: { status: true, attempts: true, runAt: true, lastError: true, lockedBy: true } });
const ranEntries = (id: bigint) => db.auditLog.count({ where: { action: "test.jobRan", entityId: String(id) } });

let logged: Record<string, unknown>[] = [];
let restoreLog = () => {};
beforeEach(async () => {
  await db.job.deleteMany();
  logged = [];
  restoreLog = logTo((line) => void logged.push(JSON.parse(line)));
});
afterEach(() => restoreLog());

describe("two runners on two clients", () => {
  it("run each of 60 jobs exactly once, and its database effect once", { timeout: 120_000 }, async () => {
    const { world, runner } = testWorld();
    world.clock = new Date();
    for (let n = 0; n < 60; n++) await enqueueTest(db, "test-record", { n }, { runAt: later(world.clock, -minutes(1)) });
    const [a, b] = [runner({ client: newClient(), concurrency: 4 }), runner({ client: newClient(), concurrency: 4 })];
    const [ranA, ranB] = await Promise.all([a.drain(), b.drain()]);
    expect(ranA + ranB).toBe(60);
    expect(world.runs.size).toBe(60);
    expect([...world.runs.values()].every((n) => n === 1)).toBe(true);
    const rows = await db.job.findMany({ select: { id: true, status: true, attempts: true } });
    expect(rows.every((r) => r.status === "DONE" && r.attempts === 1)).toBe(true);
    for (const { id } of rows.slice(0, 10)) expect(await ranEntries(id)).toBe(1);
    expect(await db.auditLog.count({ where: { action: "test.jobRan" } })).toBe(60);
  });
});

describe("a job that fails", () => {
  it("is tried again after 30 s, then 1 min, and given up after its last attempt", async () => {
    const { world, runner } = testWorld();
    const t0 = world.clock;
    await enqueueTest(db, "test-flaky", { failTimes: 9 }, { runAt: t0 });
    const r = runner();
    expect(await r.runOnce()).toBe(1);
    expect(await jobs()).toEqual([{ status: "PENDING", attempts: 1, runAt: later(t0, 30_000), lastError: "lần thử 1 thất bại", lockedBy: null }]);
    world.clock = later(t0, 29_000);
    expect(await r.runOnce()).toBe(0);
    world.clock = later(t0, 30_000);
    expect(await r.runOnce()).toBe(1);
    expect((await jobs())[0]).toMatchObject({ status: "PENDING", attempts: 2, runAt: later(t0, 90_000) });
    world.clock = later(t0, 89_000);
    expect(await r.runOnce()).toBe(0);
    world.clock = later(t0, 90_000);
    expect(await r.runOnce()).toBe(1);
    expect((await jobs())[0]).toMatchObject({ status: "DEAD", attempts: 3, lastError: "lần thử 3 thất bại" });
    world.clock = later(t0, HOUR_MS);
    expect(await r.drain()).toBe(0);
    expect([...world.runs.values()]).toEqual([3]);
    // Each failure logged once, with the job, the attempt and what comes next.
    const failures = logged.filter((l) => l.msg === "job failed");
    expect(failures.map((l) => [l.kind, l.attempt, l.next, (l.err as { message: string }).message])).toEqual([
      ["test-flaky", 1, "PENDING", "lần thử 1 thất bại"],
      ["test-flaky", 2, "PENDING", "lần thử 2 thất bại"],
      ["test-flaky", 3, "DEAD", "lần thử 3 thất bại"],
    ]);
  });

  it("succeeds on a retry and is done", async () => {
    const { world, runner } = testWorld();
    await enqueueTest(db, "test-flaky", { failTimes: 1 }, { runAt: world.clock });
    const r = runner();
    await r.runOnce();
    world.clock = later(world.clock, 30_000);
    await r.runOnce();
    expect((await jobs())[0]).toMatchObject({ status: "DONE", attempts: 2, lastError: null });
  });
});

describe("a run that crashed", () => {
  it("is run again once its lease has run out, and not before", async () => {
    const { world, runner } = testWorld();
    const t0 = world.clock;
    await enqueueTest(db, "test-record", { n: 1 }, { runAt: t0 });
    // Claimed by an instance that then died: no heartbeat, no outcome.
    expect(await claimJobs(db, { runner: "da-tat", kinds: ["test-record"], now: t0, leaseMs: minutes(5), limit: 5 })).toHaveLength(1);
    const r = runner({ leaseMs: minutes(5) });
    world.clock = later(t0, minutes(5) - 1000);
    expect(await r.runOnce()).toBe(0);
    world.clock = later(t0, minutes(5) + 1000);
    expect(await r.runOnce()).toBe(1);
    expect(await jobs()).toEqual([expect.objectContaining({ status: "DONE", attempts: 2, lockedBy: null })]);
  });

  it("that was only slow loses its job to the run that took over: its outcome is dropped, the effect happens once", async () => {
    const { world, runner } = testWorld();
    const t0 = world.clock;
    await enqueueTest(db, "test-record", { n: 7 }, { runAt: t0 });
    let release = () => {};
    world.gate = new Promise((resolve) => (release = resolve));
    const slow = runner({ client: newClient(), leaseMs: minutes(5) }).runOnce();
    await expect.poll(() => world.runs.size).toBe(1);
    world.gate = null;
    world.clock = later(t0, minutes(6));
    expect(await runner({ leaseMs: minutes(5) }).runOnce()).toBe(1);
    release();
    await slow;
    const [job] = await db.job.findMany({ select: { id: true, status: true, attempts: true } });
    expect(job).toMatchObject({ status: "DONE", attempts: 2 });
    expect([...world.runs.values()]).toEqual([2]);
    expect(await ranEntries(job.id)).toBe(1);
  });
});

describe("scheduled work", () => {
  it("waits for its time, and runs at once when the app comes back after it", async () => {
    const { world, runner } = testWorld();
    const t0 = world.clock;
    await enqueueTest(db, "test-record", { n: 1 }, { runAt: later(t0, HOUR_MS) });
    const r = runner();
    expect(await r.drain()).toBe(0);
    world.clock = later(t0, HOUR_MS - 1000);
    expect(await r.drain()).toBe(0);
    // The app was down at that hour; back three hours later.
    world.clock = later(t0, 4 * HOUR_MS);
    expect(await runner().drain()).toBe(1);
  });

  it("recurs once per period across instances, and after downtime runs the current period once", async () => {
    const { world, runner } = testWorld();
    const hourly = { schedules: [{ kind: "test-tick" as const, everyMs: HOUR_MS }] };
    world.clock = new Date("2026-12-07T10:20:00Z");
    const [one, two] = [runner(hourly), runner({ ...hourly, client: newClient() })];
    await Promise.all([one.drain(), two.drain()]);
    world.clock = new Date("2026-12-07T10:50:00Z");
    await Promise.all([one.drain(), two.drain()]);
    expect(world.ticks).toEqual(["2026-12-07T10:00:00.000Z"]);
    // Both down from 10:50 to 13:05: 11:00 and 12:00 are not run one by one, 13:00 is.
    world.clock = new Date("2026-12-07T13:05:00Z");
    await Promise.all([runner(hourly).drain(), runner({ ...hourly, client: newClient() }).drain()]);
    expect(world.ticks).toEqual(["2026-12-07T10:00:00.000Z", "2026-12-07T13:00:00.000Z"]);
    expect(await db.job.count({ where: { kind: "test-tick", status: "DONE" } })).toBe(2);
  });
});

describe("stopping", () => {
  it("lets the job running finish, and claims nothing more", async () => {
    const { world, runner } = testWorld();
    world.clock = new Date();
    await enqueueTest(db, "test-record", { n: 1 }, { runAt: later(world.clock, -1000) });
    let release = () => {};
    world.gate = new Promise((resolve) => (release = resolve));
    const r = runner({ pollMs: 20, concurrency: 1 }).start();
    await expect.poll(() => world.runs.size).toBe(1);
    await enqueueTest(db, "test-record", { n: 2 }, { runAt: later(world.clock, -1000) });
    let stopped = false;
    const stopping = r.stop(60_000).then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect((await jobs()).map((j) => j.status)).toEqual(["DONE", "PENDING"]);
  });
});
