// A draft save's record (PageCacheWrite, lib/scoring/entry-sql.ts) matters only while a cached
// page may predate it. Every running app drops the older ones, with the page cache on or off and
// under `npm run dev` too (instrumentation.ts), so the table stays a few minutes long.
import { PRUNE_SQL } from "./writes";

/** How long records are kept: twice the longest a cached page lives, and at least 10 minutes. */
export const keepMs = (ttlSeconds: number) => Math.max(10 * 60_000, ttlSeconds * 2000);

/** Runs PRUNE_SQL (the cutoff as ISO text: stored times are UTC) every `everyMs` without holding the process open; returns what stops it. */
export function startPruning(run: (sql: string, cutoff: string) => Promise<unknown>, ttlSeconds: number, everyMs = 60_000, now = () => Date.now()) {
  const timer = setInterval(() => void run(PRUNE_SQL, new Date(now() - keepMs(ttlSeconds)).toISOString()).catch(() => {}), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
