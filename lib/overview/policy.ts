import type { AppSession } from "@/lib/auth/session-types";
import { belongsToUnit, hasPermission } from "@/lib/auth/permissions";
import { visibleBlocsWhere } from "@/lib/blocs/policy";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * A unit's approved results across years: board staff, administrators and the council, and the
 * unit's own officers. Board staff limited to some blocs see only those blocs' years (the query
 * applies visibleBlocsWhere).
 */
export function canViewUnitResults(session: AppSession, unitId: string) {
  if (belongsToUnit(session.role)) return session.unitId === unitId;
  return hasPermission(session.role, "unit.view");
}

/**
 * Whose work the overview shows: a unit officer's is their own unit's (its sheets, its deadlines,
 * a returned sheet still due); everyone else's is the stage of each bloc year they see.
 */
export function showsUnitWork(session: AppSession) {
  return belongsToUnit(session.role);
}

/** Every bloc year the caller sees, of any year: a unit officer only those their unit is a member of. */
export function visibleYearsWhere(session: AppSession): Prisma.BlocYearWhereInput {
  const where: Prisma.BlocYearWhereInput = { bloc: { AND: [visibleBlocsWhere(session), { archivedAt: null }] } };
  return showsUnitWork(session) ? { ...where, members: { some: { unitId: session.unitId ?? "__none__" } } } : where;
}
