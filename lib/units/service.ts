import { db, type Tx } from "@/lib/db";
import { deleteUnlessReferenced } from "@/lib/db/delete-unused";
import type { AppSession } from "@/lib/auth/session-types";
import { writeAudit } from "@/lib/audit/write";
import { DomainError, NotFoundError, SameNameError } from "@/lib/errors";
import { findSameName } from "@/lib/format/name-key";
import type { UnitInput } from "@/lib/units/schemas";

async function assertCodeFree(code: string, exceptId?: string) {
  const other = await db.unit.findUnique({ where: { code }, select: { id: true } });
  if (other && other.id !== exceptId) throw new DomainError("units.errors.codeTaken", { code });
}

/**
 * A new unit. A name equal to an existing unit's (archived ones included: it may be the same
 * agency brought back) is refused with that unit named unless `confirm`: two agencies may
 * share a name, but usually it is one entered twice. Codes stay unique regardless.
 */
export async function createUnit(actor: AppSession, { confirm = false, ...input }: UnitInput & { confirm?: boolean }) {
  await assertCodeFree(input.code);
  if (!confirm) {
    const same = findSameName(await db.unit.findMany({ select: { id: true, name: true, code: true } }), input.name);
    if (same) throw new SameNameError("units.errors.sameName", same);
  }
  return db.$transaction(async (tx) => {
    const unit = await tx.unit.create({ data: input });
    await writeAudit(tx, actor, { action: "unit.create", entityType: "Unit", entityId: unit.id, after: unit });
    return { id: unit.id };
  });
}

export async function updateUnit(actor: AppSession, id: string, input: UnitInput) {
  await assertCodeFree(input.code, id);
  return db.$transaction(async (tx) => {
    const before = await tx.unit.findUnique({ where: { id } });
    if (!before) throw new NotFoundError();
    const after = await tx.unit.update({ where: { id }, data: input });
    await writeAudit(tx, actor, { action: "unit.update", entityType: "Unit", entityId: id, before, after });
    return { id };
  });
}

export async function setUnitArchived(actor: AppSession, id: string, archived: boolean) {
  return db.$transaction(async (tx) => {
    const before = await tx.unit.findUnique({ where: { id } });
    if (!before) throw new NotFoundError();
    // A unit merged away or dissolved stays archived: its successor carries on (docs/reorganisation.md).
    if (!archived && (await tx.unitChangeUnit.findUnique({ where: { unitId: id } }))) throw new DomainError("reorg.errors.endedUnit", { unit: before.name });
    const after = await tx.unit.update({ where: { id }, data: { archivedAt: archived ? new Date() : null } });
    await writeAudit(tx, actor, { action: archived ? "unit.archive" : "unit.restore", entityType: "Unit", entityId: id, before, after });
    return { id };
  });
}

// A unit entered by mistake goes; one that anything refers to (members, years, sheets, signatures,
// accounts…: the database's foreign keys decide) is archived instead.
export async function removeUnit(tx: Tx, id: string) {
  const before = await tx.unit.findUnique({ where: { id } });
  if (!before) throw new NotFoundError();
  await deleteUnlessReferenced(() => tx.unit.delete({ where: { id } }), "removal.errors.unitInUse");
  return before;
}

export async function deleteUnit(actor: AppSession, id: string) {
  return db.$transaction(async (tx) => {
    const before = await removeUnit(tx, id);
    await writeAudit(tx, actor, { action: "unit.delete", entityType: "Unit", entityId: id, before });
    return { id };
  });
}
