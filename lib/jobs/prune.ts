import type { Db } from "@/lib/db";

// Done jobs are kept a month (what ran, when, and the dedupe keys that keep it from running
// twice); jobs given up are kept three months, for the administrator to look into.
export const KEEP_DONE_DAYS = 30;
export const KEEP_DEAD_DAYS = 90;

/** Deletes the finished jobs kept long enough; returns how many. */
export async function pruneJobs(client: Db, now: Date): Promise<number> {
  const before = (days: number) => new Date(now.getTime() - days * 86_400_000);
  const { count } = await client.job.deleteMany({
    where: {
      OR: [
        { status: "DONE", finishedAt: { lt: before(KEEP_DONE_DAYS) } },
        { status: "DEAD", finishedAt: { lt: before(KEEP_DEAD_DAYS) } },
      ],
    },
  });
  return count;
}
