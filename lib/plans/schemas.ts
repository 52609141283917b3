import { z } from "zod";
import { id, optionalDate, optionalId, optionalText, requiredText } from "@/lib/validation/fields";

const planFields = z.object({
  title: requiredText(300),
  startDate: optionalDate(),
  endDate: optionalDate(),
  hostUnitId: optionalId(),
  note: optionalText(2000),
});

export const addPlanItemSchema = planFields.extend({ blocYearId: id() });
export const updatePlanItemSchema = planFields.extend({ itemId: id() });
export const planItemSchema = z.object({ itemId: id() });
export const movePlanItemSchema = z.object({ itemId: id(), direction: z.enum(["up", "down"], "validation.invalidChoice") });

export type PlanItemInput = z.infer<typeof planFields>;
