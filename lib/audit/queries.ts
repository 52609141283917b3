import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AppSession } from "@/lib/auth/session-types";
import { AUDIT_PAGE_SIZE, parseDateInput, type AuditFilters } from "@/lib/audit/filters";
import { auditScopeWhere, seesWholeAudit } from "@/lib/audit/policy";

// Vietnam has no daylight saving: a calendar day is always 24 hours long.
const DAY_MS = 86_400_000;

function whereOf(filters: AuditFilters): Prisma.AuditLogWhereInput {
  const from = parseDateInput(filters.from);
  const to = parseDateInput(filters.to);
  return {
    ...(filters.entity ? { entityType: filters.entity } : {}),
    ...(filters.entityId ? { entityId: filters.entityId } : {}),
    ...(filters.action ? { action: { contains: filters.action, mode: "insensitive" } } : {}),
    ...(filters.user ? { userId: filters.user } : {}),
    ...(from || to ? { at: { ...(from ? { gte: from } : {}), ...(to ? { lt: new Date(to.getTime() + DAY_MS) } : {}) } } : {}),
  };
}

/** One page of the entries the session may read, newest first; one extra row is read to know whether a next page exists. */
export async function listAuditEntries(session: AppSession, filters: AuditFilters) {
  const rows = await db.auditLog.findMany({
    where: { AND: [auditScopeWhere(session), whereOf(filters)] },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: (filters.page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE + 1,
  });
  return {
    rows: rows.slice(0, AUDIT_PAGE_SIZE).map(({ id, ...row }) => ({ ...row, id: id.toString() })),
    hasNext: rows.length > AUDIT_PAGE_SIZE,
    hasPrev: filters.page > 1,
  };
}

/**
 * Choices for the filter form: entity types and actions present in the entries the session may
 * read, and the users (only the authors of those entries when it reads part of the log, so the
 * form names nothing its table would not).
 */
export async function auditFilterOptions(session: AppSession) {
  const where = auditScopeWhere(session);
  const select = { id: true, name: true, username: true } as const;
  const [entities, actions, users] = await Promise.all([
    db.auditLog.groupBy({ by: ["entityType"], where, orderBy: { entityType: "asc" } }),
    db.auditLog.groupBy({ by: ["action"], where, orderBy: { action: "asc" } }),
    seesWholeAudit(session)
      ? db.user.findMany({ select })
      : db.auditLog
          .groupBy({ by: ["userId"], where: { AND: [where, { userId: { not: null } }] } })
          .then((authors) => db.user.findMany({ where: { id: { in: authors.map((a) => a.userId!) } }, select })),
  ]);
  return { entityTypes: entities.map((e) => e.entityType), actions: actions.map((a) => a.action), users };
}
