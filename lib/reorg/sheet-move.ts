import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { yearLocked } from "@/lib/blocs/year-lock";
import { moveEntries } from "@/lib/scoring/entry-sql";

// A unit moved to another bloc in the middle of a year takes its score sheet along
// (docs/reorganisation.md, "A move in the middle of a year"): the sheet, each entry on the
// leaf of the same code in the new bloc year's criteria, and the evidence files with them.
// Refused while either bloc year's ranking is signed off or the sheet is locked.

type Unit = { id: string; name: string };

async function nodeIdsByCode(tx: Tx, blocYearId: string): Promise<Map<string, string>> {
  const nodes = await tx.criterionNode.findMany({ where: { set: { blocYearId } }, select: { id: true, code: true } });
  return new Map(nodes.map((n) => [n.code, n.id]));
}

/** Whether the unit has a sheet to carry; refuses the move when it may not be carried. */
export async function checkSheetMove(tx: Tx, unit: Unit, fromBlocYearId: string, toBlocYearId: string): Promise<boolean> {
  const sheet = await tx.scoreSheet.findUnique({
    where: { blocYearId_unitId: { blocYearId: fromBlocYearId, unitId: unit.id } },
    select: { lockedAt: true, entries: { select: { node: { select: { code: true } } } } },
  });
  if (!sheet) return false;
  if (sheet.lockedAt || (await yearLocked(tx, fromBlocYearId)) || (await yearLocked(tx, toBlocYearId))) {
    throw new DomainError("reorg.errors.sheetLocked", { unit: unit.name });
  }
  if (await tx.scoreSheet.findUnique({ where: { blocYearId_unitId: { blocYearId: toBlocYearId, unitId: unit.id } }, select: { id: true } })) {
    throw new DomainError("reorg.errors.sheetLocked", { unit: unit.name });
  }
  const target = await nodeIdsByCode(tx, toBlocYearId);
  const missing = sheet.entries.find((e) => !target.has(e.node.code));
  if (missing) throw new DomainError("reorg.errors.criterionMissing", { unit: unit.name, code: missing.node.code });
  return true;
}

/** Moves the sheet (checked by checkSheetMove) to the new bloc year. */
export async function moveSheet(tx: Tx, unitId: string, fromBlocYearId: string, toBlocYearId: string): Promise<void> {
  const sheet = await tx.scoreSheet.findUniqueOrThrow({
    where: { blocYearId_unitId: { blocYearId: fromBlocYearId, unitId } },
    select: { id: true, entries: { select: { nodeId: true, node: { select: { code: true } } } } },
  });
  const target = await nodeIdsByCode(tx, toBlocYearId);
  // The old bloc's reviewer does not review in the new bloc: its leader does until one is assigned.
  await tx.scoreSheet.update({ where: { id: sheet.id }, data: { blocYearId: toBlocYearId, reviewerUnitId: null, version: { increment: 1 } } });
  const nodeMap = new Map(sheet.entries.map((e) => [e.nodeId, target.get(e.node.code)!]));
  await moveEntries(tx, sheet.id, nodeMap);
  const files = await tx.attachment.findMany({ where: { sheetId: sheet.id }, select: { id: true, nodeId: true } });
  for (const f of files) {
    await tx.attachment.update({ where: { id: f.id }, data: { blocYearId: toBlocYearId, nodeId: nodeMap.get(f.nodeId!) ?? f.nodeId } });
  }
  // The evidence of its answers to review goes with the answers (lib/evidence/explanation.ts).
  await tx.attachment.updateMany({ where: { explanation: { sheetId: sheet.id } }, data: { blocYearId: toBlocYearId } });
}
