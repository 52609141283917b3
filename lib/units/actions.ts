"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { sameNameAsResult } from "@/lib/actions/same-name";
import { authorize } from "@/lib/errors";
import { canManageUnits } from "@/lib/units/policy";
import { archiveUnitSchema, createUnitSchema, deleteUnitSchema, updateUnitSchema } from "@/lib/units/schemas";
import * as service from "@/lib/units/service";

export const createUnitAction = action(createUnitSchema, async (input, session) => {
  authorize(canManageUnits(session));
  const result = await sameNameAsResult(service.createUnit(session, input));
  revalidatePath("/units");
  return result;
});

export const updateUnitAction = action(updateUnitSchema, async ({ id, ...input }, session) => {
  authorize(canManageUnits(session));
  const result = await service.updateUnit(session, id, input);
  revalidatePath("/units");
  return result;
});

export const archiveUnitAction = action(archiveUnitSchema, async ({ id, archived }, session) => {
  authorize(canManageUnits(session));
  const result = await service.setUnitArchived(session, id, archived);
  revalidatePath("/units");
  return result;
});

export const deleteUnitAction = action(deleteUnitSchema, async ({ id }, session) => {
  authorize(canManageUnits(session));
  const result = await service.deleteUnit(session, id);
  revalidatePath("/units");
  return result;
});
