import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { writeAudit } from "@/lib/audit/write";
import { DomainError, NotFoundError } from "@/lib/errors";
import type { UnitInput } from "@/lib/units/schemas";

async function assertCodeFree(code: string, exceptId?: string) {
  const other = await db.unit.findUnique({ where: { code }, select: { id: true } });
  if (other && other.id !== exceptId) throw new DomainError("units.errors.codeTaken", { code });
}

export async function createUnit(actor: AppSession, input: UnitInput) {
  await assertCodeFree(input.code);
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
    const after = await tx.unit.update({ where: { id }, data: { archivedAt: archived ? new Date() : null } });
    await writeAudit(tx, actor, { action: archived ? "unit.archive" : "unit.restore", entityType: "Unit", entityId: id, before, after });
    return { id };
  });
}
