// The units a merge or dissolution ended (written by lib/reorg), as the bloc years read them to
// carry last year's members into a new year.
import type { Tx } from "@/lib/db";
import { carryMembers, replacementsInYear, type EndedUnit } from "@/lib/blocs/succession";

/** Every unit a merge or dissolution ended, with its successor. */
export async function endedUnits(tx: Tx): Promise<EndedUnit[]> {
  const rows = await tx.unitChangeUnit.findMany({ select: { unitId: true, change: { select: { effectiveDate: true, successorId: true } } } });
  return rows.map((r) => ({ unitId: r.unitId, effectiveDate: r.change.effectiveDate, successorId: r.change.successorId }));
}

/** Units gone in `year`, each to the unit carrying on for it (null: dissolved). */
export async function replacementsFor(tx: Tx, year: number): Promise<Map<string, string | null>> {
  return replacementsInYear(await endedUnits(tx), year);
}

/** Last year's members as they enter `year` in the bloc year `blocYearId` (carryMembers). */
export async function carriedMembers(tx: Tx, unitIds: string[], year: number, blocYearId: string | null): Promise<string[]> {
  const replaced = await replacementsFor(tx, year);
  if (replaced.size === 0) return unitIds;
  const taken = await tx.blocMember.findMany({ where: { year, ...(blocYearId ? { blocYearId: { not: blocYearId } } : {}) }, select: { unitId: true } });
  return carryMembers(unitIds, replaced, new Set(taken.map((t) => t.unitId)));
}
