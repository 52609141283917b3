import { z } from "zod";
import { id, idList, isStorableText, optionalText, requiredText, version, vnDateTime } from "@/lib/validation/fields";
import { readNumber } from "@/lib/validation/numbers";

/** A target's number as typed: two decimals at most, a comma or a point (docs/conventions.md, "Numbers"). */
export const TARGET_VALUE_RULES = { decimals: 2, min: 0, max: 999_999_999_999 } as const;
export const MAX_TARGETS = 30;
const CONTENT_MAX = 1000;
const MEASURE_MAX = 40;

const texts = () =>
  z.preprocess(
    (v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.string().refine(isStorableText, "validation.invalid")).max(MAX_TARGETS),
  );

export type TargetInput = { content: string; value: number | null; measure: string | null };

/**
 * The targets arrive as three lists of the same length, one entry per row of the form
 * (`targetContent[]`, `targetValue[]`, `targetMeasure[]`); a row left wholly blank is dropped, a
 * number or a measure without its text is refused on that row.
 */
function readTargets(rows: { targetContent: string[]; targetValue: string[]; targetMeasure: string[] }, ctx: z.RefinementCtx): TargetInput[] {
  const out: TargetInput[] = [];
  rows.targetContent.forEach((raw, i) => {
    const content = raw.trim();
    const valueText = rows.targetValue[i] ?? "";
    const measure = (rows.targetMeasure[i] ?? "").trim();
    if (!content && !valueText.trim() && !measure) return;
    if (!content) ctx.addIssue({ code: "custom", message: "registrations.errors.targetTextRequired", path: ["targetContent", i] });
    if (content.length > CONTENT_MAX) ctx.addIssue({ code: "custom", message: "validation.tooLong", params: { max: CONTENT_MAX }, path: ["targetContent", i] });
    if (measure.length > MEASURE_MAX) ctx.addIssue({ code: "custom", message: "validation.tooLong", params: { max: MEASURE_MAX }, path: ["targetMeasure", i] });
    const value = readNumber(valueText, ctx, TARGET_VALUE_RULES, {}, ["targetValue", i]);
    out.push({ content, value: typeof value === "number" ? value : null, measure: measure || null });
  });
  return out;
}

export const saveRegistrationSchema = z
  .object({ blocYearId: id(), version: version(0), awardFormIds: idList(50), targetContent: texts(), targetValue: texts(), targetMeasure: texts() })
  .transform((v, ctx) => ({ blocYearId: v.blocYearId, version: v.version, awardFormIds: [...new Set(v.awardFormIds)], targets: readTargets(v, ctx) }));

export const submitRegistrationSchema = z.object({ blocYearId: id(), version: version(1), headApprovedBy: optionalText(120) });
export const returnRegistrationSchema = z.object({ registrationId: id(), version: version(1), reason: requiredText(1000) });
export const deadlineSchema = z.object({ blocYearId: id(), dueAt: vnDateTime() });

export type SaveRegistrationInput = { version: number; awardFormIds: string[]; targets: TargetInput[] };
