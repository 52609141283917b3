import type { Tx } from "@/lib/db";
import { rolesReaching } from "@/lib/auth/permissions";
import type { Recipient } from "./define";

/*
 * Who an event may reach, one function per audience. A unit's people are the active accounts of
 * that unit only, found by the unit's id, so another unit's officers are never told; the board of
 * a bloc is the board staff assigned to it or to every bloc.
 */

type Staff = { heads?: boolean; officers?: boolean; escalateHeads?: boolean };

/** The officers and heads of these units (both unless one is turned off). */
export async function unitStaff(tx: Tx, unitIds: readonly (string | null | undefined)[], { heads = true, officers = true, escalateHeads = false }: Staff = {}) {
  const ids = [...new Set(unitIds.filter((id): id is string => !!id))];
  if (ids.length === 0 || (!heads && !officers)) return [];
  const users = await tx.user.findMany({
    where: { unitId: { in: ids }, active: true, role: { in: rolesReaching("ownUnit") }, ...(heads && officers ? {} : { isUnitHead: heads }) },
    select: { id: true, isUnitHead: true },
  });
  return users.map((u): Recipient => ({ userId: u.id, escalation: escalateHeads && u.isUnitHead }));
}

/** The member units of a bloc year. */
export async function memberUnitIds(tx: Tx, blocYearId: string): Promise<string[]> {
  return (await tx.blocMember.findMany({ where: { blocYearId }, select: { unitId: true } })).map((m) => m.unitId);
}

/** Everyone of every member unit of the year. */
export async function membersStaff(tx: Tx, blocYearId: string) {
  return unitStaff(tx, await memberUnitIds(tx, blocYearId));
}

/** The board staff who work on this bloc: assigned to it, or to every bloc. */
export async function boardOf(tx: Tx, blocId: string) {
  const users = await tx.user.findMany({
    where: { active: true, role: { in: rolesReaching("assigned") }, OR: [{ allBlocs: true }, { blocAssignments: { some: { blocId } } }] },
    select: { id: true },
  });
  return users.map((u): Recipient => ({ userId: u.id }));
}
