"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { authorize, DomainError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { loadYearContext } from "@/lib/blocs/year-context";
import { canManagePledge, canRecordSignatures, canReopenPledge, canSignFor } from "@/lib/pledges/policy";
import {
  addItemSchema,
  createPledgeSchema,
  itemSchema,
  moveItemSchema,
  pledgeVersionSchema,
  recordSignaturesSchema,
  reopenPledgeSchema,
  signPledgeSchema,
  updateItemSchema,
  updatePledgeSchema,
} from "@/lib/pledges/schemas";
import * as items from "@/lib/pledges/item-service";
import * as service from "@/lib/pledges/service";

// The bloc year a pledge or an item belongs to, looked up on the server: the browser's ids prove nothing.
async function yearOfPledge(pledgeId: string) {
  const pledge = await db.pledge.findUnique({ where: { id: pledgeId }, select: { blocYearId: true } });
  if (!pledge) throw new NotFoundError();
  return loadYearContext(pledge.blocYearId);
}

async function yearOfItem(itemId: string) {
  const item = await db.pledgeItem.findUnique({ where: { id: itemId }, select: { pledge: { select: { blocYearId: true } } } });
  if (!item) throw new NotFoundError();
  return loadYearContext(item.pledge.blocYearId);
}

function revalidate(year: { blocId: string; year: number }) {
  // The year's other pages (overview, documents) show it too.
  revalidatePath(`/blocs/${year.blocId}/years/${year.year}`, "layout");
}

export const createPledgeAction = action(createPledgeSchema, async ({ blocYearId, ...input }, session) => {
  const year = await loadYearContext(blocYearId);
  authorize(canManagePledge(session, year));
  const result = await service.createPledge(session, blocYearId, input);
  revalidate(year);
  return result;
});

export const updatePledgeAction = action(updatePledgeSchema, async ({ pledgeId, version, ...input }, session) => {
  const year = await yearOfPledge(pledgeId);
  authorize(canManagePledge(session, year));
  const result = await service.updatePledge(session, pledgeId, version, input);
  revalidate(year);
  return result;
});

export const addPledgeItemAction = action(addItemSchema, async ({ pledgeId, version, content }, session) => {
  const year = await yearOfPledge(pledgeId);
  authorize(canManagePledge(session, year));
  const result = await items.addItem(session, pledgeId, version, content);
  revalidate(year);
  return result;
});

export const updatePledgeItemAction = action(updateItemSchema, async ({ itemId, version, content }, session) => {
  const year = await yearOfItem(itemId);
  authorize(canManagePledge(session, year));
  const result = await items.updateItem(session, itemId, version, content);
  revalidate(year);
  return result;
});

export const deletePledgeItemAction = action(itemSchema, async ({ itemId, version }, session) => {
  const year = await yearOfItem(itemId);
  authorize(canManagePledge(session, year));
  const result = await items.deleteItem(session, itemId, version);
  revalidate(year);
  return result;
});

export const movePledgeItemAction = action(moveItemSchema, async ({ itemId, version, direction }, session) => {
  const year = await yearOfItem(itemId);
  authorize(canManagePledge(session, year));
  const result = await items.moveItem(session, itemId, version, direction);
  revalidate(year);
  return result;
});

export const copyPledgeItemsAction = action(pledgeVersionSchema, async ({ pledgeId, version }, session) => {
  const year = await yearOfPledge(pledgeId);
  authorize(canManagePledge(session, year));
  const result = await items.copyItemsFromLastYear(session, pledgeId, version);
  revalidate(year);
  return result;
});

export const openPledgeAction = action(pledgeVersionSchema, async ({ pledgeId, version }, session) => {
  const year = await yearOfPledge(pledgeId);
  authorize(canManagePledge(session, year));
  const result = await service.openForSigning(session, pledgeId, version);
  revalidate(year);
  return result;
});

export const reopenPledgeAction = action(reopenPledgeSchema, async ({ pledgeId, version, reason }, session) => {
  const year = await yearOfPledge(pledgeId);
  authorize(canReopenPledge(session, year));
  const result = await service.reopenPledge(session, pledgeId, version, reason);
  revalidate(year);
  return result;
});

// A unit officer signs for their own unit (the unit sent, if any, must be it); board staff name the unit.
export const signPledgeAction = action(signPledgeSchema, async ({ pledgeId, version, unitId, ...input }, session) => {
  const year = await yearOfPledge(pledgeId);
  const target = unitId ?? session.unitId;
  if (!target) throw canRecordSignatures(session, year) ? new DomainError("pledges.errors.unitRequired") : new ForbiddenError();
  authorize(canSignFor(session, year, target));
  const result = await service.signPledge(session, pledgeId, version, { ...input, unitId: target });
  revalidate(year);
  return result;
});

// Board staff record many member units' paper signatures at once (the same permission as one).
export const recordSignaturesAction = action(recordSignaturesSchema, async ({ pledgeId, version, ...input }, session) => {
  const year = await yearOfPledge(pledgeId);
  authorize(canRecordSignatures(session, year));
  const result = await service.recordSignatures(session, pledgeId, version, input);
  revalidate(year);
  return result;
});
