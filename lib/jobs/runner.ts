import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { db, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { runWithRequest } from "@/lib/log/context";
import { log } from "@/lib/log/logger";
import { claimJobs, type ClaimedJob } from "./claim-sql";
import type { JobContext, JobDefinitions, JobHandlers } from "./define";
import { enqueuer } from "./enqueue";
import { afterFailure, DEFAULT_BACKOFF, type Backoff } from "./retry";
import { scheduleKey, slotStart, type Schedule, type SlotKinds } from "./schedule";

export type RunnerOptions<D extends JobDefinitions> = {
  definitions: D;
  handlers: JobHandlers<D>;
  schedules?: Schedule<SlotKinds<D>>[];
  client?: Db;
  /** Jobs run at once by this runner. */
  concurrency?: number;
  pollMs?: number;
  /** How long a claimed job is this runner's without a sign of life; renewed while it runs. */
  leaseMs?: number;
  backoff?: Backoff;
  clock?: () => Date;
};

/** A run that lost its job to another runner (its lease ran out): it must not finish it. */
class LeaseLost extends Error {}

/**
 * Runs the jobs of `definitions` from the Job table: polls, claims what is due (claim-sql.ts),
 * runs each handler, then marks the job done, schedules a retry or gives it up. Every write about
 * a job is fenced by the runner and the attempt it claimed, so a run that was taken over changes
 * nothing. Any number of runners, in any number of instances, share one table.
 */
export class JobRunner<D extends JobDefinitions> {
  readonly id = `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  private readonly client: Db;
  private readonly concurrency: number;
  private readonly pollMs: number;
  private readonly leaseMs: number;
  private readonly backoff: Backoff;
  private readonly clock: () => Date;
  private readonly enqueue;
  private readonly running = new Set<Promise<void>>();
  private readonly ensured = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private ticking: Promise<void> | null = null;
  private stopped = true;

  constructor(private readonly options: RunnerOptions<D>) {
    this.client = options.client ?? db;
    this.concurrency = options.concurrency ?? 2;
    this.pollMs = options.pollMs ?? 5_000;
    this.leaseMs = options.leaseMs ?? 5 * 60_000;
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
    this.clock = options.clock ?? (() => new Date());
    this.enqueue = enqueuer(options.definitions);
  }

  /** Polls every pollMs until stop(), without holding the process open. */
  start(): this {
    if (!this.stopped) return this;
    this.stopped = false;
    const loop = () => {
      if (this.stopped) return;
      this.ticking = this.tick()
        .catch((error) => log.error({ scope: "jobs", err: error }, "poll failed"))
        .finally(() => {
          this.ticking = null;
          if (this.stopped) return;
          this.timer = setTimeout(loop, this.pollMs);
          this.timer.unref();
        });
    };
    loop();
    return this;
  }

  /** Stops claiming, then waits up to `graceMs` for the jobs running; one still running is retried elsewhere once its lease runs out. */
  async stop(graceMs = 10_000): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.ticking; // what a poll in flight claims is run, not left leased
    let timeout: NodeJS.Timeout | undefined;
    await Promise.race([Promise.allSettled([...this.running]), new Promise((resolve) => (timeout = setTimeout(resolve, graceMs)))]);
    clearTimeout(timeout);
  }

  /** One poll: enqueues the schedules' current slots, claims what is due and runs it to the end; returns how many jobs ran. */
  async runOnce(): Promise<number> {
    const jobs = await this.claim();
    await Promise.all(jobs.map((job) => this.execute(job)));
    return jobs.length;
  }

  /** Polls until nothing is due (tests, scripts). */
  async drain(): Promise<number> {
    let total = 0;
    for (let ran = await this.runOnce(); ran > 0; ran = await this.runOnce()) total += ran;
    return total;
  }

  private async tick() {
    for (const job of await this.claim()) {
      // Its outcome could not be written (the database went away): the lease brings it back.
      const run = this.execute(job)
        .catch((error) => log.error({ scope: "jobs", jobId: String(job.id), err: error }, "job outcome not recorded"))
        .finally(() => this.running.delete(run));
      this.running.add(run);
    }
  }

  private async claim(): Promise<ClaimedJob[]> {
    await this.ensureSchedules();
    const kinds = Object.keys(this.options.definitions);
    return claimJobs(this.client, { runner: this.id, kinds, now: this.clock(), leaseMs: this.leaseMs, limit: this.concurrency - this.running.size });
  }

  private async ensureSchedules() {
    for (const { kind, everyMs, offsetMs } of this.options.schedules ?? []) {
      const slot = slotStart(this.clock(), everyMs, offsetMs);
      if (this.ensured.get(kind) === slot.getTime()) continue;
      const payload = { slot: slot.toISOString() } as Parameters<typeof this.enqueue>[2];
      await this.enqueue(this.client, kind, payload, { runAt: slot, dedupeKey: scheduleKey(kind, slot) });
      this.ensured.set(kind, slot.getTime());
    }
  }

  private async execute(job: ClaimedJob): Promise<void> {
    const now = this.clock();
    const fence = { id: job.id, lockedBy: this.id, attempts: job.attempts, status: "RUNNING" as const };
    const settle = (data: Prisma.JobUpdateManyMutationInput) => this.client.job.updateMany({ where: fence, data }).then((r) => r.count === 1);
    const done = () => ({ status: "DONE" as const, finishedAt: this.clock(), lockedBy: null, lockedUntil: null, lastError: null });
    const logger = log.child({ scope: "jobs", jobId: String(job.id), kind: job.kind, attempt: job.attempts });

    // Claimed again after its last attempt's lease ran out: that attempt was its last.
    if (job.attempts > job.maxAttempts) return void (await settle({ status: "DEAD", finishedAt: now, lastError: "lease ran out on the last attempt" }));
    const parsed = this.options.definitions[job.kind].payload.safeParse(job.payload);
    if (!parsed.success) return void (await settle({ status: "DEAD", finishedAt: now, lastError: "payload does not fit its schema" }));

    let finished = false;
    const context: JobContext = {
      jobId: job.id,
      attempt: job.attempts,
      now,
      log: logger,
      client: this.client,
      transaction: async (work) => {
        const result = await this.client.$transaction(async (tx) => {
          const value = await work(tx);
          if ((await tx.job.updateMany({ where: fence, data: done() })).count === 0) throw new LeaseLost();
          return value;
        });
        finished = true;
        return result;
      },
    };
    const heartbeat = setInterval(() => void settle({ lockedUntil: new Date(this.clock().getTime() + this.leaseMs) }).catch(() => {}), this.leaseMs / 3);
    heartbeat.unref();
    try {
      const handler = this.options.handlers[job.kind] as (payload: unknown, context: JobContext) => Promise<unknown>;
      await runWithRequest({ requestId: `job-${job.id}` }, () => handler(parsed.data, context));
      if (!finished && !(await settle(done()))) throw new LeaseLost();
      logger.info("job done");
    } catch (error) {
      if (error instanceof LeaseLost) return logger.warn("job taken over by another run after its lease ran out: this run's outcome is dropped");
      if (finished) return logger.error({ err: error }, "job failed after its transaction committed: done, not tried again");
      const next = afterFailure(job.attempts, job.maxAttempts, this.clock(), this.backoff);
      const lastError = error instanceof Error ? error.message.slice(0, 2000) : String(error).slice(0, 2000);
      await settle(next.status === "DEAD" ? { status: "DEAD", finishedAt: now, lastError } : { ...next, lockedBy: null, lockedUntil: null, lastError });
      logger.error({ err: error, next: next.status, ...(next.status === "PENDING" && { runAt: next.runAt }) }, "job failed");
    } finally {
      clearInterval(heartbeat);
    }
  }
}
