import { z } from "zod";
import { id, idList, optionalId, optionalText, requiredText } from "@/lib/validation/fields";

export const ACTIVITY_KINDS = ["SPORT", "CULTURE", "PUBLICITY", "OTHER"] as const;

// The date field (components/ui/date-field.tsx) sends yyyy-MM-dd; stored as a calendar date.
const requiredDate = () =>
  z
    .string("validation.required")
    .trim()
    .min(1, "validation.required")
    .pipe(z.iso.date("validation.date"))
    .transform((v) => new Date(`${v}T00:00:00Z`));

const activityFields = z.object({
  kind: z.enum(ACTIVITY_KINDS, "validation.invalidChoice"),
  title: requiredText(300),
  date: requiredDate(),
  hostUnitId: optionalId(),
  participantIds: idList(200),
  description: optionalText(10_000),
});

export const createActivitySchema = activityFields.extend({ blocYearId: id() });
export const updateActivitySchema = activityFields.extend({ activityId: id() });
export const activityIdSchema = z.object({ activityId: id() });

export type ActivityInput = z.infer<typeof activityFields>;
