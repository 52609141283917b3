import { z } from "zod";
import { defineJob } from "./define";
import { enqueuer } from "./enqueue";

// A scheduled job's payload: the start of the period it runs for (schedule.ts).
const slot = z.object({ slot: z.iso.datetime() });

/*
 * Every kind of job the app runs: its payload and its attempts (define.ts); what runs it is in
 * handlers.ts. Names are kebab-case, so no kind reads as a message key ("namespace.key").
 */
export const JOB_KINDS = {
  "prune-jobs": defineJob(slot, { maxAttempts: 3 }),
  "prune-sign-ins": defineJob(slot, { maxAttempts: 3 }),
  "prune-request-counts": defineJob(slot, { maxAttempts: 3 }),
  // Tells the events of one audited change (lib/notifications/notify.ts); enqueued by AUDIT_HOOKS.
  notify: defineJob(z.object({ audit: z.string().regex(/^\d+$/) })),
  // Sends one recorded e-mail (lib/notifications/deliver.ts); retried 30 s, 1, 2, 4, 8 min … later.
  "send-email": defineJob(z.object({ delivery: z.string().min(1) }), { maxAttempts: 8 }),
  "notification-reminders": defineJob(slot, { maxAttempts: 3 }),
  "notification-digest": defineJob(slot, { maxAttempts: 3 }),
  "prune-notifications": defineJob(slot, { maxAttempts: 3 }),
  // Vacuums and analyzes the tables where autovacuum does not run (lib/db/maintenance.ts).
  "maintain-database": defineJob(slot, { maxAttempts: 3 }),
};

export type JobKind = keyof typeof JOB_KINDS;

/** enqueue(tx, kind, payload, { runAt, dedupeKey }): in the transaction of the change that calls for the work. */
export const enqueue = enqueuer(JOB_KINDS);
