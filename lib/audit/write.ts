import type { Tx } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditBlocId } from "@/lib/audit/scope";
import { enqueueForAudit } from "@/lib/audit/hooks";

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
};

// JSON round-trip turns Dates into ISO strings and drops undefined, as stored.
function json(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined || value === null ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}

/**
 * Written inside the caller's transaction, so the change and its entry land together, with the
 * jobs the change calls for (lib/audit/hooks.ts).
 */
export async function writeAudit(tx: Tx, actor: Pick<AppSession, "userId" | "name" | "unitId"> | null, entry: AuditEntry) {
  const written = await tx.auditLog.create({
    data: {
      userId: actor?.userId ?? null,
      userName: actor?.name ?? null,
      unitId: actor?.unitId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: json(entry.before),
      after: json(entry.after),
      blocId: await auditBlocId(tx, entry),
    },
    select: { id: true, userId: true, blocId: true },
  });
  await enqueueForAudit(tx, { ...entry, ...written });
}
