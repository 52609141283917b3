import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { writeAudit, type AuditEntry } from "@/lib/audit/write";

/**
 * A refused attempt worth keeping (an edit of a locked record): written in its own small
 * transaction, after the refused one has rolled back, so the refusal itself is on record.
 */
export async function auditRefusal(actor: Pick<AppSession, "userId" | "name" | "unitId"> | null, entry: AuditEntry) {
  await db.$transaction((tx) => writeAudit(tx, actor, entry));
}
