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

/** Audit action → the jobs it calls for. None yet: the notifications add theirs here. */
export const AUDIT_HOOKS: AuditHooks = {};

export async function enqueueForAudit(tx: Tx, entry: AuditedEntry, hooks: AuditHooks = AUDIT_HOOKS): Promise<number> {
  let added = 0;
  for (const job of hooks[entry.action]?.(entry) ?? []) if (await enqueue(tx, job.kind, job.payload, { runAt: job.runAt, dedupeKey: job.dedupeKey })) added++;
  return added;
}
