// The outbox: a job is a row written in the transaction of the change that calls for it, so it
// exists exactly when the change does (lib/jobs, docs/ARCHITECTURE.md "Side effects, jobs and logs").
import { beforeEach, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { enqueueForAudit, type AuditHooks } from "@/lib/audit/hooks";
import { listJobs } from "@/lib/jobs/queries";
import { actor } from "../support/actors";
import { enqueueTest, testWorld } from "../support/test-jobs";

class Rollback extends Error {}
const rolledBack = (work: Parameters<typeof db.$transaction>[0]) =>
  db.$transaction(work).catch((error: unknown) => void expect(error).toBeInstanceOf(Rollback));

beforeEach(async () => {
  await db.job.deleteMany();
});

describe("enqueue", () => {
  it("commits with the change that calls for the job, and rolls back with it", async () => {
    await db.$transaction(async (tx) => {
      await tx.unit.create({ data: { code: "JOB-1", name: "Đơn vị có việc", shortName: "J1" } });
      await enqueueTest(tx, "test-record", { n: 1 });
    });
    await rolledBack(async (tx) => {
      await tx.unit.create({ data: { code: "JOB-2", name: "Đơn vị không lưu", shortName: "J2" } });
      await enqueueTest(tx, "test-record", { n: 2 });
      throw new Rollback();
    });
    expect(await db.unit.count({ where: { code: { in: ["JOB-1", "JOB-2"] } } })).toBe(1);
    expect(await db.job.findMany({ select: { kind: true, payload: true, status: true, attempts: true, maxAttempts: true } })).toEqual([
      { kind: "test-record", payload: { n: 1 }, status: "PENDING", attempts: 0, maxAttempts: 5 },
    ]);
  });

  it("adds a job once per dedupe key, even after it ran", async () => {
    expect(await enqueueTest(db, "test-record", { n: 1 }, { dedupeKey: "nhac-viec:u1:2026-12-07" })).toBe(true);
    expect(await enqueueTest(db, "test-record", { n: 2 }, { dedupeKey: "nhac-viec:u1:2026-12-07" })).toBe(false);
    const { world, runner } = testWorld();
    world.clock = new Date();
    expect(await runner().drain()).toBe(1);
    expect(await enqueueTest(db, "test-record", { n: 3 }, { dedupeKey: "nhac-viec:u1:2026-12-07" })).toBe(false);
    expect(await db.job.count()).toBe(1);
  });

  it("refuses a payload that does not fit its kind, and gives up a stored one that does not", async () => {
    await expect(enqueueTest(db, "test-record", { n: "một" as unknown as number })).rejects.toBeInstanceOf(ZodError);
    expect(await db.job.count()).toBe(0);
    await db.job.create({ data: { kind: "test-record", payload: { n: "một" }, runAt: new Date(), maxAttempts: 5 } });
    const { world, runner } = testWorld();
    world.clock = new Date();
    await runner().drain();
    expect(world.runs.size).toBe(0);
    expect(await db.job.findFirst({ select: { status: true, lastError: true } })).toEqual({ status: "DEAD", lastError: "payload does not fit its schema" });
  });
});

describe("jobs from audit entries", () => {
  const hooks: AuditHooks = {
    "pledge.sign": (entry) => [{ kind: "prune-jobs", payload: { slot: "2026-12-07T00:00:00.000Z" }, dedupeKey: `after-audit:${entry.id}` }],
  };
  const entry = (id: bigint, action: string) => ({ id, action, entityType: "Pledge", entityId: "p1", userId: null, blocId: null });

  it("are enqueued in the audited change's transaction, for the actions that call for them only", async () => {
    await db.$transaction(async (tx) => {
      expect(await enqueueForAudit(tx, entry(1n, "pledge.sign"), hooks)).toBe(1);
      expect(await enqueueForAudit(tx, entry(2n, "pledge.update"), hooks)).toBe(0);
    });
    await rolledBack(async (tx) => {
      await enqueueForAudit(tx, entry(3n, "pledge.sign"), hooks);
      throw new Rollback();
    });
    expect(await db.job.findMany({ select: { kind: true, dedupeKey: true } })).toEqual([{ kind: "prune-jobs", dedupeKey: "after-audit:1" }]);
  });
});

describe("the job list", () => {
  it("shows the administrator the newest jobs and the count in each state, and nobody else", async () => {
    await enqueueTest(db, "test-record", { n: 1 });
    await enqueueTest(db, "test-flaky", { failTimes: 9 });
    const list = await listJobs(actor({ role: "ADMIN" }));
    expect(list.jobs.map((j) => [j.kind, j.status])).toEqual([
      ["test-flaky", "PENDING"],
      ["test-record", "PENDING"],
    ]);
    expect(list.counts).toEqual({ PENDING: 2 });
    expect((await listJobs(actor({ role: "ADMIN" }), { kind: "test-flaky" })).jobs).toHaveLength(1);
    for (const role of ["BOARD", "COUNCIL", "UNIT_OFFICER"] as const) await expect(listJobs(actor({ role }))).rejects.toBeInstanceOf(ForbiddenError);
  });
});
