"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { authorize } from "@/lib/errors";
import { canReorganise } from "@/lib/reorg/policy";
import { dissolveUnitSchema, mergeUnitsSchema, redivideBlocsSchema, renameUnitSchema } from "@/lib/reorg/schemas";
import { dissolveUnit, mergeUnits, renameUnit } from "@/lib/reorg/change-service";
import { redivideBlocs } from "@/lib/reorg/redivision-service";

// Units' names and blocs' members show on most pages.
const revalidateAll = () => revalidatePath("/", "layout");

export const mergeUnitsAction = action(mergeUnitsSchema, async (input, session) => {
  authorize(canReorganise(session));
  const result = await mergeUnits(session, input);
  revalidateAll();
  return result;
});

export const renameUnitAction = action(renameUnitSchema, async (input, session) => {
  authorize(canReorganise(session));
  const result = await renameUnit(session, input);
  revalidateAll();
  return result;
});

export const dissolveUnitAction = action(dissolveUnitSchema, async (input, session) => {
  authorize(canReorganise(session));
  const result = await dissolveUnit(session, input);
  revalidateAll();
  return result;
});

export const redivideBlocsAction = action(redivideBlocsSchema, async (input, session) => {
  authorize(canReorganise(session));
  const result = await redivideBlocs(session, input);
  revalidateAll();
  return result;
});
