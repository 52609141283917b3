import { db, type Tx } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { writeAudit } from "@/lib/audit/write";
import { DomainError, NotFoundError } from "@/lib/errors";
import type { PlanItemInput } from "@/lib/plans/schemas";

async function checkItem(tx: Tx, blocYearId: string, input: PlanItemInput) {
  if (input.startDate && input.endDate && input.endDate < input.startDate) throw new DomainError("plans.errors.endBeforeStart");
  if (input.hostUnitId) {
    const member = await tx.blocMember.findUnique({ where: { blocYearId_unitId: { blocYearId, unitId: input.hostUnitId } } });
    if (!member) throw new DomainError("plans.errors.hostNotMember");
  }
}

// Positions stay 0..n-1 after a delete, so moving up and down is a swap of neighbours.
async function renumber(tx: Tx, blocYearId: string) {
  const items = await tx.planItem.findMany({
    where: { blocYearId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, position: true },
  });
  for (const [position, item] of items.entries()) {
    if (item.position !== position) await tx.planItem.update({ where: { id: item.id }, data: { position } });
  }
}

export async function addPlanItem(actor: AppSession, blocYearId: string, input: PlanItemInput) {
  return db.$transaction(async (tx) => {
    if (!(await tx.blocYear.findUnique({ where: { id: blocYearId }, select: { id: true } }))) throw new NotFoundError();
    await checkItem(tx, blocYearId, input);
    const last = await tx.planItem.aggregate({ where: { blocYearId }, _max: { position: true } });
    const item = await tx.planItem.create({ data: { ...input, blocYearId, position: (last._max.position ?? -1) + 1 } });
    await writeAudit(tx, actor, { action: "plan.item.create", entityType: "PlanItem", entityId: item.id, after: item });
    return { id: item.id };
  });
}

export async function updatePlanItem(actor: AppSession, itemId: string, input: PlanItemInput) {
  return db.$transaction(async (tx) => {
    const before = await tx.planItem.findUnique({ where: { id: itemId } });
    if (!before) throw new NotFoundError();
    await checkItem(tx, before.blocYearId, input);
    const after = await tx.planItem.update({ where: { id: itemId }, data: input });
    await writeAudit(tx, actor, { action: "plan.item.update", entityType: "PlanItem", entityId: itemId, before, after });
    return { id: itemId };
  });
}

export async function deletePlanItem(actor: AppSession, itemId: string) {
  return db.$transaction(async (tx) => {
    const before = await tx.planItem.findUnique({ where: { id: itemId } });
    if (!before) throw new NotFoundError();
    await tx.planItem.delete({ where: { id: itemId } });
    await renumber(tx, before.blocYearId);
    await writeAudit(tx, actor, { action: "plan.item.delete", entityType: "PlanItem", entityId: itemId, before });
    return { id: itemId };
  });
}

/** Swaps the item with its neighbour; at either end nothing changes. */
export async function movePlanItem(actor: AppSession, itemId: string, direction: "up" | "down") {
  return db.$transaction(async (tx) => {
    const item = await tx.planItem.findUnique({ where: { id: itemId } });
    if (!item) throw new NotFoundError();
    await renumber(tx, item.blocYearId);
    const items = await tx.planItem.findMany({ where: { blocYearId: item.blocYearId }, orderBy: { position: "asc" }, select: { id: true, position: true } });
    const from = items.findIndex((i) => i.id === itemId);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= items.length) return { id: itemId };
    await tx.planItem.update({ where: { id: items[to].id }, data: { position: from } });
    await tx.planItem.update({ where: { id: itemId }, data: { position: to } });
    await writeAudit(tx, actor, { action: "plan.item.move", entityType: "PlanItem", entityId: itemId, before: { position: from }, after: { position: to } });
    return { id: itemId };
  });
}
