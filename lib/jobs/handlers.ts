import { pruneLoginAttempts } from "@/lib/auth/prune-attempts";
import { pruneRequestCounts } from "@/lib/limits/prune-counts";
import { pruneSessions } from "@/lib/sessions/service";
import type { JobHandlers } from "./define";
import type { JOB_KINDS } from "./kinds";
import { pruneJobs } from "./prune";
import { dailyAt, HOUR_MS, type Schedule, type SlotKinds } from "./schedule";

/** What runs each kind (kinds.ts). Loaded by the runner only: domains enqueue without importing these. */
export const JOB_HANDLERS: JobHandlers<typeof JOB_KINDS> = {
  "prune-jobs": (_, { client, now }) => pruneJobs(client, now),
  "prune-sign-ins": async (_, { now }) => {
    await pruneLoginAttempts(now);
    await pruneSessions(now);
  },
  "prune-request-counts": (_, { now }) => pruneRequestCounts(now.getTime()),
};

/**
 * The app's recurring jobs: once per period across every instance, caught up after downtime.
 * The page cache's records (every minute) and the sweep of stored files and the audit
 * checkpoints (each instance's own disk) stay on timers (instrumentation.ts).
 */
export const JOB_SCHEDULES: Schedule<SlotKinds<typeof JOB_KINDS>>[] = [
  { kind: "prune-sign-ins", everyMs: HOUR_MS },
  { kind: "prune-request-counts", everyMs: HOUR_MS },
  { kind: "prune-jobs", ...dailyAt(3) },
];
