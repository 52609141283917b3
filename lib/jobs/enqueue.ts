import type { Db, Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { JobDefinitions, PayloadOf } from "./define";

export type EnqueueOptions = {
  /** Not before this time (default: now). A time already past runs at once: catching up. */
  runAt?: Date;
  /** At most one job ever with this key, run or not: a second enqueue is a no-op (returns false). */
  dedupeKey?: string;
};

/**
 * `enqueue(tx, kind, payload, options)` for a set of definitions. Called with the transaction of
 * the change that calls for the work, the job commits or rolls back with it. A payload that does
 * not fit its schema throws: it is a bug, not a user's input.
 */
export function enqueuer<D extends JobDefinitions>(definitions: D) {
  return async function enqueue<K extends keyof D & string>(
    client: Db | Tx,
    kind: K,
    payload: PayloadOf<D, K>,
    options: EnqueueOptions = {},
  ): Promise<boolean> {
    const definition = definitions[kind];
    definition.payload.parse(payload);
    const { count } = await client.job.createMany({
      data: [
        {
          kind,
          payload: payload as Prisma.InputJsonValue,
          maxAttempts: definition.maxAttempts,
          runAt: options.runAt ?? new Date(),
          dedupeKey: options.dedupeKey ?? null,
        },
      ],
      skipDuplicates: true,
    });
    return count === 1;
  };
}
