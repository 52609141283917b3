import { pruneLoginAttempts } from "@/lib/auth/prune-attempts";
import { maintainDatabase } from "@/lib/db/maintenance";
import { pruneRequestCounts } from "@/lib/limits/prune-counts";
import { pruneSessions } from "@/lib/sessions/service";
import type { Tx } from "@/lib/db";
import { sendDelivery } from "@/lib/notifications/deliver";
import { composeDigests } from "@/lib/notifications/digest";
import { notifyAudit } from "@/lib/notifications/notify";
import { pruneNotifications } from "@/lib/notifications/prune";
import { sendReminders } from "@/lib/notifications/reminders";
import type { JobHandlers } from "@/lib/jobs/define";
import { enqueue, JOB_KINDS } from "@/lib/jobs/kinds";
import { pruneJobs } from "@/lib/jobs/prune";
import { dailyAt, HOUR_MS, type Schedule, type SlotKinds } from "@/lib/jobs/schedule";

/**
 * An e-mail recorded in this transaction is sent by its own job: retried on its own, never twice.
 * Due at once by the runner's clock, the one the notification was written with.
 */
async function sendLater(tx: Tx, now: Date, deliveryIds: Promise<string[]>) {
  for (const id of await deliveryIds) await enqueue(tx, "send-email", { delivery: id }, { runAt: now, dedupeKey: `send-email:${id}` });
}

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
  notify: ({ audit }, { transaction, now }) => transaction((tx) => sendLater(tx, now, notifyAudit(tx, BigInt(audit), now))),
  "send-email": ({ delivery }, { client, transaction, now, attempt }) =>
    sendDelivery(delivery, { client, transaction, now, final: attempt >= JOB_KINDS["send-email"].maxAttempts }),
  "notification-reminders": (_, { transaction, now }) => transaction((tx) => sendLater(tx, now, sendReminders(tx, now))),
  "notification-digest": (_, { transaction, now }) => transaction((tx) => sendLater(tx, now, composeDigests(tx, now))),
  "prune-notifications": async (_, { client, now }) => {
    await pruneNotifications(client, now);
  },
  "maintain-database": async (_, { client, log }) => {
    const started = performance.now();
    const done = await maintainDatabase(client);
    if (done === "vacuumed") log.info({ ms: Math.round(performance.now() - started) }, "database vacuumed and analyzed");
    if (done === "not-owner")
      log.warn("autovacuum is off and the app's role owns no table, so nothing was vacuumed: turn autovacuum on (README, Deploy step 1)");
  },
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
  { kind: "prune-notifications", ...dailyAt(4) },
  // After the night's prunes, so the rows they deleted are cleared too.
  { kind: "maintain-database", ...dailyAt(5) },
  // Reminders in the morning; the digest at the end of the working day (docs/ARCHITECTURE.md, "Notifications").
  { kind: "notification-reminders", ...dailyAt(7) },
  { kind: "notification-digest", ...dailyAt(17) },
];
