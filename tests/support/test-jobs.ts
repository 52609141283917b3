import { z } from "zod";
import { writeAudit } from "@/lib/audit/write";
import type { Db } from "@/lib/db";
import { defineJob, type JobHandlers } from "@/lib/jobs/define";
import { enqueuer } from "@/lib/jobs/enqueue";
import { JobRunner, type RunnerOptions } from "@/lib/jobs/runner";

// Job kinds of the tests' own, run by runners the tests drive with their own clocks.
export const TEST_JOBS = {
  // Writes one audit entry naming the job, through the run's transaction: the effect to count.
  "test-record": defineJob(z.object({ n: z.number().int() })),
  // Fails its first `failTimes` attempts.
  "test-flaky": defineJob(z.object({ failTimes: z.number().int() }), { maxAttempts: 3 }),
  "test-tick": defineJob(z.object({ slot: z.iso.datetime() })),
};

export const enqueueTest = enqueuer(TEST_JOBS);

/** What the handlers saw: runs per job id, the ticks' slots, and a gate "test-record" waits at when set. */
export function testWorld() {
  const world = {
    runs: new Map<string, number>(),
    ticks: [] as string[],
    gate: null as Promise<void> | null,
    clock: new Date("2026-12-07T10:20:00Z"),
    handlers: null as unknown as JobHandlers<typeof TEST_JOBS>,
  };
  const count = (id: bigint) => world.runs.set(String(id), (world.runs.get(String(id)) ?? 0) + 1);
  world.handlers = {
    "test-record": async ({ n }, { jobId, attempt, transaction }) => {
      count(jobId);
      if (world.gate) await world.gate;
      await transaction((tx) => writeAudit(tx, null, { action: "test.jobRan", entityType: "Job", entityId: String(jobId), after: { n, attempt } }));
    },
    "test-flaky": async ({ failTimes }, { jobId, attempt }) => {
      count(jobId);
      if (attempt <= failTimes) throw new Error(`lần thử ${attempt} thất bại`);
    },
    "test-tick": async ({ slot }) => void world.ticks.push(slot),
  };
  const runner = (over: Partial<RunnerOptions<typeof TEST_JOBS>> & { client?: Db } = {}) =>
    new JobRunner({ definitions: TEST_JOBS, handlers: world.handlers, clock: () => world.clock, ...over });
  return { world, runner };
}

export const minutes = (n: number) => n * 60_000;
export const later = (from: Date, ms: number) => new Date(from.getTime() + ms);
