import { WINDOW_SECONDS } from "./config";
import { pruneCounts } from "./count-sql";

// Only the current window of a key is ever read (lib/limits/throttle.ts); the job runner drops the
// older ones hourly (lib/worker/handlers.ts), a range delete on the index on windowStart.

/** Deletes the windows before the one running at `now`; returns how many. */
export const pruneRequestCounts = (now = Date.now()) => pruneCounts(new Date(now - WINDOW_SECONDS * 1000));
