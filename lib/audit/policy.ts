import type { AppSession } from "@/lib/auth/session-types";
import { hasPermission, reachOf } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Entries outside any bloc that board staff assigned to some blocs still see: their pages let
 * them keep every unit and the award-form catalogue (unit.manage, award.catalog, not scoped
 * by bloc). Accounts, council settings, legal documents, reorganisations and imports across
 * blocs are not theirs (docs/SECURITY.md).
 */
const SHARED_TYPES = ["Unit", "AwardForm"];

export function canViewAudit(session: AppSession) {
  return hasPermission(session.role, "audit.view");
}

/**
 * Which entries a session may read: the same blocs as its pages (lib/blocs/policy.ts).
 * Administrators, the council and board staff of every bloc read the whole log.
 */
export function auditScopeWhere(session: AppSession): Prisma.AuditLogWhereInput {
  if (!canViewAudit(session)) return { id: -1n };
  const reach = reachOf(session);
  if (reach === "all") return {};
  if (reach !== "assigned") return { id: -1n };
  return { OR: [{ blocId: { in: session.assignedBlocIds } }, { blocId: null, entityType: { in: SHARED_TYPES } }] };
}

/** True when the session reads only part of the log (the filter form then offers only what it can see). */
export function seesWholeAudit(session: AppSession) {
  return Object.keys(auditScopeWhere(session)).length === 0;
}
