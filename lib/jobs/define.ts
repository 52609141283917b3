import type { z } from "zod";
import type { Db, Tx } from "@/lib/db";
import type { Logger } from "@/lib/log/logger";

/*
 * A job kind: the schema of its payload (checked when it is enqueued and again when it runs) and
 * how many times it is tried before it is given up. Definitions carry no handler, so a domain can
 * enqueue a kind without importing what runs it (documenso's jobs/definitions + *.handler.ts).
 */
export type JobDefinition<S extends z.ZodType = z.ZodType> = { payload: S; maxAttempts: number };
export type JobDefinitions = Record<string, JobDefinition>;

export function defineJob<S extends z.ZodType>(payload: S, options: { maxAttempts?: number } = {}): JobDefinition<S> {
  return { payload, maxAttempts: options.maxAttempts ?? 5 };
}

export type PayloadOf<D extends JobDefinitions, K extends keyof D> = z.input<D[K]["payload"]>;

export type JobContext = {
  jobId: bigint;
  /** 1 on the first run; a retry, or a run after another instance's lease ran out, counts up. */
  attempt: number;
  /** The runner's clock when the job was claimed. */
  now: Date;
  log: Logger;
  /**
   * Runs `work` in a transaction that also marks the job done, only if this run still holds it:
   * a run whose lease ran out and was taken over rolls back instead. What a job writes to the
   * database through here happens exactly once.
   */
  transaction: <T>(work: (tx: Tx) => Promise<T>) => Promise<T>;
  client: Db;
};

export type JobHandlers<D extends JobDefinitions> = { [K in keyof D]: (payload: z.output<D[K]["payload"]>, context: JobContext) => Promise<unknown> };
