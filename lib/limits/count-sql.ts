// The rate-limit counters shared by every app instance (RequestCount). Raw SQL because both keys
// of a request (its user and its address) are counted in one round trip, each an INSERT … ON
// CONFLICT that adds one and says the new count: Prisma's upsert is one row per call.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/** Adds one to each key's count in the window starting at `windowStart`; the counts after it, by key. */
export async function countHits(keys: string[], windowStart: Date): Promise<Map<string, number>> {
  // Sorted, so two requests sharing keys lock their rows in the same order and cannot deadlock.
  const sorted = [...new Set(keys)].sort();
  const rows = await db.$queryRaw<{ key: string; count: number }[]>`
    INSERT INTO "RequestCount" ("key", "windowStart", "count")
    VALUES ${Prisma.join(sorted.map((key) => Prisma.sql`(${key}, ${windowStart}, 1)`))}
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RequestCount"."count" + 1
    RETURNING "key", "count"`;
  return new Map(rows.map((r) => [r.key, Number(r.count)]));
}

/** Deletes the windows that started before `before`; returns how many. */
export async function pruneCounts(before: Date): Promise<number> {
  return db.requestCount.deleteMany({ where: { windowStart: { lt: before } } }).then((r) => r.count);
}
