import { hasPermission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

// Account rules beyond the form's shape (lib/users/schemas.ts), without I/O: the users service
// applies them to one account, the Excel onboarding (lib/onboarding/accounts.ts) to many.

/** A new unit must exist and be active; a user may keep a unit archived since it was assigned. */
export function unitAssignable(unitId: string | null, currentUnitId: string | null | undefined, unit: { archivedAt: Date | null } | null | undefined) {
  if (!unitId || unitId === currentUnitId) return true;
  return !!unit && !unit.archivedAt;
}

/** An administrator who takes away their own power over accounts may leave nobody able to undo it. */
export function demotesSelf(actorId: string, userId: string, role: Role) {
  return userId === actorId && !hasPermission(role, "user.manage");
}
