import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export type ClaimedJob = { id: bigint; kind: string; payload: unknown; attempts: number; maxAttempts: number };

export type ClaimOptions = { runner: string; kinds: string[]; now: Date; leaseMs: number; limit: number };

/**
 * Takes up to `limit` jobs of `kinds` that are due (PENDING with runAt passed) or whose holder's
 * lease has run out (a crashed or stopped instance), oldest first, and leases them to `runner`,
 * counting the attempt. SQL because Prisma's query API has no FOR UPDATE SKIP LOCKED: two runners
 * claiming at once each skip the rows the other is taking, so a job goes to one of them. Times are
 * the app's clock as UTC text, as Prisma stores them (timestamp without time zone).
 */
export async function claimJobs(client: Db, { runner, kinds, now, leaseMs, limit }: ClaimOptions): Promise<ClaimedJob[]> {
  if (kinds.length === 0 || limit <= 0) return [];
  const at = now.toISOString();
  const until = new Date(now.getTime() + leaseMs).toISOString();
  return client.$queryRaw<ClaimedJob[]>`
    WITH due AS (
      SELECT id FROM "Job"
       WHERE kind IN (${Prisma.join(kinds)})
         AND ((status = 'PENDING' AND "runAt" <= ${at}::timestamp(3)) OR (status = 'RUNNING' AND "lockedUntil" < ${at}::timestamp(3)))
       ORDER BY "runAt", id
       LIMIT ${limit}::int
       FOR UPDATE SKIP LOCKED)
    UPDATE "Job" j
       SET status = 'RUNNING', attempts = j.attempts + 1, "lockedBy" = ${runner}, "lockedUntil" = ${until}::timestamp(3)
      FROM due WHERE j.id = due.id
    RETURNING j.id, j.kind, j.payload, j.attempts, j."maxAttempts"`;
}
