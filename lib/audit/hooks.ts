import type { Tx } from "@/lib/db";
import type { AuditEntry } from "@/lib/audit/write";
import type { PayloadOf } from "@/lib/jobs/define";
import { enqueue, type JOB_KINDS, type JobKind } from "@/lib/jobs/kinds";

/*
 * Side effects of a domain change (notifications, for one) are asked for by the change's audit
 * entry, not by each service: every change worth telling someone about is already audited in its
 * own transaction (writeAudit, lib/audit/write.ts) with who, what, before and after and the bloc. A
 * hook turns an audit action into jobs, enqueued in that same transaction: the jobs exist exactly
 * when the change does, and no service has to remember to ask. A payload names the entry (its id)
 * and what the job needs; the handler reads the rest when it runs. Work that is no audited change
 * (a schedule, a render someone asked for) calls enqueue() itself.
 */
export type AuditedEntry = AuditEntry & { id: bigint; userId: string | null; blocId: string | null };

export type AuditJob = { [K in JobKind]: { kind: K; payload: PayloadOf<typeof JOB_KINDS, K>; runAt?: Date; dedupeKey?: string } }[JobKind];

export type AuditHooks = Partial<Record<string, (entry: AuditedEntry) => AuditJob[]>>;

/** Tells whom the change concerns (lib/notifications): the job reads the entry back when it runs. */
const notify = (entry: AuditedEntry): AuditJob[] => [{ kind: "notify", payload: { audit: String(entry.id) }, dedupeKey: `notify:${entry.id}` }];

/**
 * The audit actions some notification event is told from. Listed here, not read from
 * lib/notifications/registry.ts: every domain audits its changes, so audit imports no domain.
 * tests/unit/notification-hooks.test.ts keeps the list equal to the registry's.
 */
export const NOTIFIED_ACTIONS = [
  "conference.create",
  "criteriaSet.publish",
  "explanation.answer",
  "explanation.decide",
  "explanation.window",
  "pledge.open",
  "pledge.sign",
  "proposal.accept",
  "proposal.decide",
  "proposal.return",
  "proposal.submit",
  "rankingSnapshot.approve",
  "rankingSnapshot.return",
  "rankingSnapshot.signOff",
  "regulation.adopt",
  "registration.deadline",
  "registration.return",
  "registration.submit",
  "report.return",
  "report.schedule",
  "report.submit",
  "round.create",
  "round.extend",
  "round.update",
  "score.return",
  "score.review.finish",
  "score.submit",
] as const;

/** Audit action → the jobs it calls for. */
export const AUDIT_HOOKS: AuditHooks = Object.fromEntries(NOTIFIED_ACTIONS.map((action) => [action, notify]));

export async function enqueueForAudit(tx: Tx, entry: AuditedEntry, hooks: AuditHooks = AUDIT_HOOKS): Promise<number> {
  let added = 0;
  for (const job of hooks[entry.action]?.(entry) ?? []) if (await enqueue(tx, job.kind, job.payload, { runAt: job.runAt, dedupeKey: job.dedupeKey })) added++;
  return added;
}
