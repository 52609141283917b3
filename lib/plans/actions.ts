"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { authorize, NotFoundError } from "@/lib/errors";
import { canManagePlan } from "@/lib/plans/policy";
import { addPlanItemSchema, movePlanItemSchema, planItemSchema, updatePlanItemSchema } from "@/lib/plans/schemas";
import * as service from "@/lib/plans/service";
import { loadYearContext } from "@/lib/blocs/year-context";

// The bloc year an item belongs to, looked up on the server.
async function yearOfItem(itemId: string) {
  const item = await db.planItem.findUnique({ where: { id: itemId }, select: { blocYearId: true } });
  if (!item) throw new NotFoundError();
  return loadYearContext(item.blocYearId);
}

function revalidate(year: { blocId: string; year: number }) {
  // The year's other pages (overview, documents) show it too.
  revalidatePath(`/blocs/${year.blocId}/years/${year.year}`, "layout");
}

export const addPlanItemAction = action(addPlanItemSchema, async ({ blocYearId, ...input }, session) => {
  const year = await loadYearContext(blocYearId);
  authorize(canManagePlan(session, year));
  const result = await service.addPlanItem(session, blocYearId, input);
  revalidate(year);
  return result;
});

export const updatePlanItemAction = action(updatePlanItemSchema, async ({ itemId, ...input }, session) => {
  const year = await yearOfItem(itemId);
  authorize(canManagePlan(session, year));
  const result = await service.updatePlanItem(session, itemId, input);
  revalidate(year);
  return result;
});

export const deletePlanItemAction = action(planItemSchema, async ({ itemId }, session) => {
  const year = await yearOfItem(itemId);
  authorize(canManagePlan(session, year));
  const result = await service.deletePlanItem(session, itemId);
  revalidate(year);
  return result;
});

export const movePlanItemAction = action(movePlanItemSchema, async ({ itemId, direction }, session) => {
  const year = await yearOfItem(itemId);
  authorize(canManagePlan(session, year));
  const result = await service.movePlanItem(session, itemId, direction);
  revalidate(year);
  return result;
});
