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

/**
 * The bloc years still open for the caller: every one not closed, of whatever year (a year being
 * scored late is still work), and for a unit officer also a closed one whose sheet of the unit
 * was returned and may still come back. The home page's overview and its to-do list (lib/todo) read these.
 */
export function openYearsWhere(session: AppSession, now: Date): Prisma.BlocYearWhereInput {
  const visible = visibleYearsWhere(session);
  const open: Prisma.BlocYearWhereInput = { status: { not: "CLOSED" } };
  if (!showsUnitWork(session)) return { AND: [visible, open] };
  const returned: Prisma.BlocYearWhereInput = { sheets: { some: { unitId: session.unitId ?? "__none__", status: "RETURNED", resubmitBy: { gte: now } } } };
  return { AND: [visible, { OR: [open, returned] }] };
}
