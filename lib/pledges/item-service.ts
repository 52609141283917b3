// Writes to the pledge's ordered content items. Each one takes the pledge at the version the
// caller saw (claimDraft), so two people editing the draft never overwrite each other silently.
import type { Tx } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { writeAudit } from "@/lib/audit/write";
import { DomainError, NotFoundError } from "@/lib/errors";
import { claimDraft, draftWrite } from "@/lib/pledges/service";

async function itemOf(tx: Tx, itemId: string) {
  const item = await tx.pledgeItem.findUnique({ where: { id: itemId } });
  if (!item) throw new NotFoundError();
  return item;
}

async function orderedItems(tx: Tx, pledgeId: string) {
  return tx.pledgeItem.findMany({ where: { pledgeId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, position: true } });
}

// Positions stay 0..n-1, so moving is a swap of neighbours.
async function renumber(tx: Tx, pledgeId: string) {
  for (const [position, item] of (await orderedItems(tx, pledgeId)).entries()) {
    if (item.position !== position) await tx.pledgeItem.update({ where: { id: item.id }, data: { position } });
  }
}

async function nextPosition(tx: Tx, pledgeId: string) {
  const last = await tx.pledgeItem.aggregate({ where: { pledgeId }, _max: { position: true } });
  return (last._max.position ?? -1) + 1;
}

export async function addItem(actor: AppSession, pledgeId: string, version: number, content: string) {
  return draftWrite(actor, "pledge.item.create", async (tx) => {
    await claimDraft(tx, pledgeId, version);
    const item = await tx.pledgeItem.create({ data: { pledgeId, content, position: await nextPosition(tx, pledgeId) } });
    await writeAudit(tx, actor, { action: "pledge.item.create", entityType: "Pledge", entityId: pledgeId, after: item });
    return { id: item.id };
  });
}

export async function updateItem(actor: AppSession, itemId: string, version: number, content: string) {
  return draftWrite(actor, "pledge.item.update", async (tx) => {
    const before = await itemOf(tx, itemId);
    await claimDraft(tx, before.pledgeId, version);
    const after = await tx.pledgeItem.update({ where: { id: itemId }, data: { content } });
    await writeAudit(tx, actor, { action: "pledge.item.update", entityType: "Pledge", entityId: before.pledgeId, before, after });
    return { id: itemId };
  });
}

export async function deleteItem(actor: AppSession, itemId: string, version: number) {
  return draftWrite(actor, "pledge.item.delete", async (tx) => {
    const before = await itemOf(tx, itemId);
    await claimDraft(tx, before.pledgeId, version);
    await tx.pledgeItem.delete({ where: { id: itemId } });
    await renumber(tx, before.pledgeId);
    await writeAudit(tx, actor, { action: "pledge.item.delete", entityType: "Pledge", entityId: before.pledgeId, before });
    return { id: itemId };
  });
}

export async function moveItem(actor: AppSession, itemId: string, version: number, direction: "up" | "down") {
  return draftWrite(actor, "pledge.item.move", async (tx) => {
    const item = await itemOf(tx, itemId);
    await claimDraft(tx, item.pledgeId, version);
    await renumber(tx, item.pledgeId);
    const items = await orderedItems(tx, item.pledgeId);
    const from = items.findIndex((i) => i.id === itemId);
    const to = direction === "up" ? from - 1 : from + 1;
    // The buttons at either end are disabled; a stale page could still ask.
    if (to < 0 || to >= items.length) throw new DomainError("pledges.errors.cannotMove");
    await tx.pledgeItem.update({ where: { id: items[to].id }, data: { position: from } });
    await tx.pledgeItem.update({ where: { id: itemId }, data: { position: to } });
    await writeAudit(tx, actor, {
      action: "pledge.item.move",
      entityType: "Pledge",
      entityId: item.pledgeId,
      before: { itemId, position: from },
      after: { itemId, position: to },
    });
    return { id: itemId };
  });
}

/** Appends the items of the latest earlier year's pledge of the same bloc to this draft. */
export async function copyItemsFromLastYear(actor: AppSession, pledgeId: string, version: number) {
  return draftWrite(actor, "pledge.item.copy", async (tx) => {
    const pledge = await claimDraft(tx, pledgeId, version);
    const year = await tx.blocYear.findUniqueOrThrow({ where: { id: pledge.blocYearId }, select: { blocId: true, year: true } });
    const source = await tx.pledge.findFirst({
      where: { blocYear: { blocId: year.blocId, year: { lt: year.year } }, items: { some: {} } },
      orderBy: { blocYear: { year: "desc" } },
      include: { blocYear: { select: { year: true } }, items: { orderBy: { position: "asc" } } },
    });
    if (!source) throw new DomainError("pledges.errors.nothingToCopy");
    const start = await nextPosition(tx, pledgeId);
    await tx.pledgeItem.createMany({ data: source.items.map((item, i) => ({ pledgeId, content: item.content, position: start + i })) });
    await writeAudit(tx, actor, {
      action: "pledge.item.copy",
      entityType: "Pledge",
      entityId: pledgeId,
      after: { fromPledgeId: source.id, fromYear: source.blocYear.year, count: source.items.length },
    });
    return { id: pledgeId, year: source.blocYear.year, count: source.items.length };
  });
}
