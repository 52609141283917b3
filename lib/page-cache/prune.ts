// A draft save's record (PageCacheWrite, lib/scoring/entry-sql.ts) matters only while a cached
// page may predate it. Every running app drops the older ones, with the page cache on or off and
// under `npm run dev` too (instrumentation.ts), so the table stays a few minutes long.

/** How long records are kept: twice the longest a cached page lives, and at least 10 minutes. */
export const keepMs = (ttlSeconds: number) => Math.max(10 * 60_000, ttlSeconds * 2000);

/** Calls `prune` with the cutoff (records before it go) every `everyMs` without holding the process open; returns what stops it. */
export function startPruning(prune: (cutoff: Date) => Promise<unknown>, ttlSeconds: number, everyMs = 60_000, now = () => Date.now()) {
  const timer = setInterval(() => void prune(new Date(now() - keepMs(ttlSeconds))).catch(() => {}), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
