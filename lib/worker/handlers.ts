import { pruneLoginAttempts } from "@/lib/auth/prune-attempts";
import { pruneRequestCounts } from "@/lib/limits/prune-counts";
import { pruneSessions } from "@/lib/sessions/service";
import type { JobHandlers } from "@/lib/jobs/define";
import type { JOB_KINDS } from "@/lib/jobs/kinds";
import { pruneJobs } from "@/lib/jobs/prune";
import { dailyAt, HOUR_MS, type Schedule, type SlotKinds } from "@/lib/jobs/schedule";

/**
 * What runs each kind (lib/jobs/kinds.ts). Outside lib/jobs, and imported by nothing but this
 * folder's start.ts: a handler calls into its domain, and a domain enqueues through lib/jobs, so
 * lib/jobs holding the handlers would make every such domain and the queue import each other.
 */
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
 * The sweep of stored files and the audit checkpoints (each instance's own disk) stay on
 * timers (instrumentation.ts).
 */
export const JOB_SCHEDULES: Schedule<SlotKinds<typeof JOB_KINDS>>[] = [
  { kind: "prune-sign-ins", everyMs: HOUR_MS },
  { kind: "prune-request-counts", everyMs: HOUR_MS },
  { kind: "prune-jobs", ...dailyAt(3) },
];
