import { z } from "zod";
import { id, optionalId, optionalText, requiredText, version, vnDateTime } from "@/lib/validation/fields";
import { parseDeadline } from "@/lib/scoring/window";
import { SCORE_MESSAGES } from "@/lib/validation/number-messages";
import { readNumber } from "@/lib/validation/numbers";

/** Points as typed: at most two decimals, a comma or a point; the leaf's max is checked by the service, which knows the leaf. */
export const SCORE_RULES = { decimals: 2, min: 0, messages: SCORE_MESSAGES } as const;

/** A gate answer: true (pass), false (fail), null (not answered); "pass"/"fail"/"" from a select. */
const passed = () =>
  z.preprocess(
    (v) => (v === "pass" || v === "true" ? true : v === "fail" || v === "false" ? false : v === "" || v === undefined ? null : v),
    z.boolean().nullable(),
  );

// Points are read with the entry's code at hand, so a refusal names the criterion.
const entry = z
  .object({ code: requiredText(40), points: z.unknown(), passed: passed(), note: optionalText(2000) })
  .transform(({ points, ...e }, ctx) => ({ ...e, points: readNumber(points, ctx, SCORE_RULES, { leaf: e.code }, ["points"]) }));
const entries = () => z.array(entry, "validation.invalid").max(1000);

export const roundSchema = z
  .object({ blocYearId: id(), opensAt: vnDateTime(), closesAt: vnDateTime() })
  .refine((r) => r.closesAt > r.opensAt, { message: "scoring.errors.closesBeforeOpens", path: ["closesAt"] });
export const extensionSchema = z.object({ blocYearId: id(), unitId: optionalId(), closesAt: vnDateTime(), reason: requiredText(1000) });

export const saveSelfSchema = z.object({ blocYearId: id(), unitId: id(), version: version(0), entries: entries() });
export const submitSchema = z.object({ sheetId: id(), version: version(0), headApprovedBy: optionalText(120) });
/** A resubmission deadline typed "dd/MM/yyyy" or "dd/MM/yyyy HH:mm"; blank takes the default (lib/scoring/window.ts). */
const optionalDeadline = () =>
  z.preprocess(
    (v) => (v === undefined || v === null || (typeof v === "string" && v.trim() === "") ? null : v),
    z
      .string("validation.date")
      .transform((v, ctx) => parseDeadline(v) ?? (ctx.addIssue({ code: "custom", message: "validation.date" }), z.NEVER))
      .nullable(),
  );
export const returnSchema = z.object({ sheetId: id(), version: version(0), reason: requiredText(1000), resubmitBy: optionalDeadline().optional() });
export const layerSchema = z.object({
  sheetId: id(),
  version: version(0),
  layer: z.enum(["REVIEWED", "APPRAISED"], "validation.invalidChoice"),
  entries: entries(),
});
export const finishReviewSchema = z.object({ sheetId: id(), version: version(0) });
export const assignReviewerSchema = z.object({ blocYearId: id(), unitId: id(), reviewerUnitId: optionalId() });
export const balancedReviewSchema = z.object({ blocYearId: id() });

export type EntryInput = z.output<typeof entry>;
