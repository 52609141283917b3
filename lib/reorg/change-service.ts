import { db, type Tx } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { writeAudit } from "@/lib/audit/write";
import { isFutureDay } from "@/lib/format/vi";
import { DomainError, NotFoundError } from "@/lib/errors";
import { nextPastNameStart } from "@/lib/reorg/names";
import type { DecisionInput, DissolveUnitInput, MergeUnitsInput, RenameUnitInput } from "@/lib/reorg/schemas";

// Merges, renames and dissolutions (docs/reorganisation.md). Each is recorded with its decision
// in one transaction with its audit entry; a unit a merge or dissolution ends is archived from
// the effective date and never comes back.

function decisionOf(actor: AppSession, d: DecisionInput) {
  // Recorded once the decision has taken effect: a day still ahead would archive a working unit today.
  if (isFutureDay(d.effectiveDate, new Date())) throw new DomainError("reorg.errors.futureDate");
  if (isFutureDay(d.decisionDate, new Date())) throw new DomainError("reorg.errors.futureDecision");
  return {
    effectiveDate: d.effectiveDate,
    decisionNo: d.decisionNo,
    decisionDate: d.decisionDate,
    decisionIssuer: d.decisionIssuer,
    createdById: actor.userId,
  };
}

/** The units, each still working: not ended by an earlier merge or dissolution, not archived. */
async function workingUnits(tx: Tx, ids: string[]) {
  const units = await tx.unit.findMany({ where: { id: { in: ids } }, include: { endedBy: true } });
  if (units.length !== ids.length) throw new NotFoundError();
  const gone = units.find((u) => u.endedBy || u.archivedAt);
  if (gone) throw new DomainError("reorg.errors.unitGone", { unit: gone.name });
  return units;
}

async function newSuccessor(tx: Tx, unit: { code: string; name: string; shortName: string }) {
  if (await tx.unit.findUnique({ where: { code: unit.code }, select: { id: true } })) throw new DomainError("units.errors.codeTaken", { code: unit.code });
  return tx.unit.create({ data: unit });
}

export async function mergeUnits(actor: AppSession, input: MergeUnitsInput) {
  return db.$transaction(async (tx) => {
    const decision = decisionOf(actor, input);
    const successor = input.successorId ? (await workingUnits(tx, [input.successorId]))[0] : await newSuccessor(tx, input.newUnit!);
    const merged = [...new Set(input.unitIds)].filter((id) => id !== successor.id);
    if (merged.length === 0) throw new DomainError("reorg.errors.pickUnits");
    const units = await workingUnits(tx, merged);
    const change = await tx.unitChange.create({
      data: { kind: "MERGE", ...decision, successorId: successor.id, ended: { create: merged.map((unitId) => ({ unitId })) } },
    });
    await tx.unit.updateMany({ where: { id: { in: merged } }, data: { archivedAt: input.effectiveDate } });
    await writeAudit(tx, actor, {
      action: "unit.merge",
      entityType: "UnitChange",
      entityId: change.id,
      before: units.map((u) => ({ id: u.id, name: u.name, archivedAt: u.archivedAt })),
      after: { ...change, merged, successor: { id: successor.id, name: successor.name, created: !input.successorId } },
    });
    return { id: change.id, successorId: successor.id };
  });
}

export async function renameUnit(actor: AppSession, input: RenameUnitInput) {
  return db.$transaction(async (tx) => {
    const decision = decisionOf(actor, input);
    const [unit] = await workingUnits(tx, [input.unitId]);
    if (unit.name === input.name && unit.shortName === input.shortName) throw new DomainError("reorg.errors.sameName");
    const past = await tx.unitName.findMany({ where: { unitId: unit.id } });
    const validFrom = nextPastNameStart(past);
    // Names follow one another: a rename takes effect after the one before it.
    if (validFrom && input.effectiveDate <= validFrom) throw new DomainError("reorg.errors.renameOrder");
    const change = await tx.unitChange.create({ data: { kind: "RENAME", ...decision, successorId: unit.id } });
    await tx.unitName.create({
      data: { unitId: unit.id, name: unit.name, shortName: unit.shortName, validFrom, validUntil: input.effectiveDate, changeId: change.id },
    });
    const after = await tx.unit.update({ where: { id: unit.id }, data: { name: input.name, shortName: input.shortName } });
    await writeAudit(tx, actor, {
      action: "unit.rename",
      entityType: "UnitChange",
      entityId: change.id,
      before: { unitId: unit.id, name: unit.name, shortName: unit.shortName },
      after: { ...change, name: after.name, shortName: after.shortName },
    });
    return { id: change.id };
  });
}

export async function dissolveUnit(actor: AppSession, input: DissolveUnitInput) {
  return db.$transaction(async (tx) => {
    const decision = decisionOf(actor, input);
    const [unit] = await workingUnits(tx, [input.unitId]);
    const change = await tx.unitChange.create({ data: { kind: "DISSOLVE", ...decision, ended: { create: [{ unitId: unit.id }] } } });
    await tx.unit.update({ where: { id: unit.id }, data: { archivedAt: input.effectiveDate } });
    await writeAudit(tx, actor, {
      action: "unit.dissolve",
      entityType: "UnitChange",
      entityId: change.id,
      before: { unitId: unit.id, name: unit.name, archivedAt: unit.archivedAt },
      after: change,
    });
    return { id: change.id };
  });
}
