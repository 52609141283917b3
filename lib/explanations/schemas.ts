import { z } from "zod";
import { id, optionalText, requiredText } from "@/lib/validation/fields";
import { readNumber } from "@/lib/validation/numbers";
import { SCORE_RULES } from "@/lib/scoring/schemas";
import { vnDateTime } from "@/lib/validation/fields";

export const windowSchema = z.object({ blocYearId: id(), until: vnDateTime() });

/** Accepting the score, or explaining why it should stand as the unit scored it (the text then required). */
export const answerSchema = z
  .object({ sheetId: id(), leafCode: requiredText(40), accepted: z.enum(["accept", "explain"], "validation.invalidChoice"), text: optionalText(4000) })
  .transform(({ accepted, ...a }) => ({ ...a, accepted: accepted === "accept" }))
  .refine((a) => a.accepted || a.text !== null, { message: "validation.required", path: ["text"] });

/** Keeping the score, or changing it (a value for the leaf: points, or pass/fail for a gate); a reason either way. */
export const decideSchema = z
  .object({
    sheetId: id(),
    leafCode: requiredText(40),
    decision: z.enum(["KEEP", "CHANGE"], "validation.invalidChoice"),
    points: z.unknown().optional(),
    passed: z
      .preprocess((v) => (v === "pass" ? true : v === "fail" ? false : v === "" ? null : v), z.boolean().nullable())
      .optional()
      .transform((v) => v ?? null),
    reason: requiredText(2000),
  })
  .transform(({ points, ...d }, ctx) => ({ ...d, points: readNumber(points ?? null, ctx, SCORE_RULES, { leaf: d.leafCode }, ["points"]) }));

export type DecideInput = z.output<typeof decideSchema>;
