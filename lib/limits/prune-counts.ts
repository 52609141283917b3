import { WINDOW_SECONDS } from "./config";
import { pruneCounts } from "./count-sql";

// Only the current window of a key is ever read (lib/limits/throttle.ts); every running app drops
// the older ones hourly, a range delete on the index on windowStart.
const PRUNE_EVERY_MS = 3_600_000;

/** Deletes the windows before the one running at `now`; returns how many. */
export const pruneRequestCounts = (now = Date.now()) => pruneCounts(new Date(now - WINDOW_SECONDS * 1000));

/** Prunes every `everyMs`, without holding the process open; returns what stops it. */
export function startCountPruning(everyMs = PRUNE_EVERY_MS) {
  const timer = setInterval(() => void pruneRequestCounts().catch(() => {}), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
