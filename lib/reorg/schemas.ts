import { z } from "zod";
import { id, idList, isStorableText, optionalId, optionalText, requiredText, year } from "@/lib/validation/fields";
import { unitCode } from "@/lib/units/schemas";

// A calendar day as the date field sends it (yyyy-MM-dd), stored at UTC midnight.
const day = () =>
  z
    .string("validation.date")
    .trim()
    .pipe(z.iso.date("validation.date"))
    .transform((v) => new Date(`${v}T00:00:00Z`));

// Every change and re-division is made by a decision: its number, date and issuer, and the day it takes effect.
const decision = {
  effectiveDate: day(),
  decisionNo: requiredText(60),
  decisionDate: day(),
  decisionIssuer: requiredText(200),
};

export const mergeUnitsSchema = z
  .object({
    ...decision,
    unitIds: idList(50),
    // An existing unit carries on (one of the merged or another), or a new one is created.
    successorId: optionalId(),
    newCode: optionalText(30),
    newName: optionalText(200),
    newShortName: optionalText(60),
  })
  .superRefine((v, ctx) => {
    if (v.unitIds.length === 0) ctx.addIssue({ code: "custom", path: ["unitIds"], message: "reorg.errors.pickUnits" });
    if (v.successorId) return;
    if (!v.newName) ctx.addIssue({ code: "custom", path: ["newName"], message: "reorg.errors.successorNeeded" });
    if (!v.newShortName) ctx.addIssue({ code: "custom", path: ["newShortName"], message: "validation.required" });
    const code = unitCode().safeParse(v.newCode ?? "");
    if (!code.success) ctx.addIssue({ code: "custom", path: ["newCode"], message: code.error.issues[0].message });
  })
  .transform(({ newCode, newName, newShortName, ...v }) => ({
    ...v,
    newUnit: v.successorId ? null : { code: (newCode ?? "").trim().toUpperCase(), name: newName ?? "", shortName: newShortName ?? "" },
  }));

export const renameUnitSchema = z.object({ ...decision, unitId: id(), name: requiredText(200), shortName: requiredText(60) });

export const dissolveUnitSchema = z.object({ ...decision, unitId: id() });

// The re-division form sends one "unitId>blocId" per unit: where the unit sits that year.
const placement = () =>
  z
    .string()
    .max(130)
    .regex(/^[^>]{1,64}>[^>]{1,64}$/, "validation.invalid")
    .refine(isStorableText, "validation.invalid")
    .transform((v) => {
      const [unitId, toBlocId] = v.split(">");
      return { unitId, toBlocId };
    });

export const redivideBlocsSchema = z.object({
  ...decision,
  year: year(),
  // A unit left out of every bloc sends "": it is not placed, so not moved.
  placements: z.preprocess((v) => (v === undefined || v === null ? [] : (Array.isArray(v) ? v : [v]).filter((p) => p !== "")), z.array(placement()).max(500)),
});

export type MergeUnitsInput = z.output<typeof mergeUnitsSchema>;
export type RenameUnitInput = z.output<typeof renameUnitSchema>;
export type DissolveUnitInput = z.output<typeof dissolveUnitSchema>;
export type RedivideBlocsInput = z.output<typeof redivideBlocsSchema>;
export type DecisionInput = Pick<MergeUnitsInput, "effectiveDate" | "decisionNo" | "decisionDate" | "decisionIssuer">;
