import { z } from "zod";
import { checkbox, id, idList, optionalDate, optionalId, optionalText, requiredText, year } from "@/lib/validation/fields";
import { unitCode } from "@/lib/units/schemas";

const blocFields = z.object({
  code: unitCode(),
  name: requiredText(200),
  kind: z.enum(["KHOI", "CUM"], "validation.invalidChoice"),
  decisionNo: optionalText(60),
  decisionDate: optionalDate(),
  decisionIssuer: optionalText(200),
  description: optionalText(2000),
  // Its abbreviation in a document's ký hiệu, and whom it submits awards to when not the council.
  symbol: optionalText(30),
  awardBody: optionalText(300),
});

// `confirm`: the user saw the same-name warning and creates anyway.
export const createBlocSchema = blocFields.extend({ confirm: checkbox().optional() });
export const updateBlocSchema = blocFields.extend({ id: id() });
export const archiveBlocSchema = z.object({ id: id(), archived: z.boolean() });
export const rotationOrderSchema = z.object({ blocId: id(), unitIds: idList().pipe(z.array(z.string()).min(1, "validation.tooFewItems")) });

// Leader and deputy come with last year's members only: they must be members of the new year.
export const createBlocYearSchema = z
  .object({ blocId: id(), year: year(), copyMembers: checkbox(), leadership: z.enum(["none", "proposal", "keep"], "validation.invalidChoice").default("none") })
  .superRefine((v, ctx) => {
    if (v.leadership !== "none" && !v.copyMembers) ctx.addIssue({ code: "custom", path: ["leadership"], message: "yearCopy.validation.needsMembers" });
  });
export const deleteBlocSchema = z.object({ id: id() });
export const updateBlocYearSchema = z.object({
  blocYearId: id(),
  status: z.enum(["PLANNING", "ACTIVE", "CLOSED"], "validation.invalidChoice"),
  theme: optionalText(500),
  slogan: optionalText(500),
  motto: optionalText(500),
});
export const membersSchema = z.object({ blocYearId: id(), unitIds: idList(100) });
export const leadershipSchema = z.object({ blocYearId: id(), leaderUnitId: optionalId(), deputyUnitId: optionalId() });

// Confirming next year's leadership: an override of the planner's proposal needs
// the reason and the decision that made it.
export const confirmRotationSchema = z.object({
  blocId: id(),
  fromYear: year(),
  leaderUnitId: id(),
  deputyUnitId: id(),
  reason: optionalText(1000),
  decisionNo: optionalText(60),
  decisionDate: optionalDate(),
});

export type BlocInput = Omit<z.infer<typeof blocFields>, "symbol" | "awardBody"> & Partial<Pick<z.infer<typeof blocFields>, "symbol" | "awardBody">>;
export type BlocYearUpdate = Omit<z.infer<typeof updateBlocYearSchema>, "blocYearId">;
export type ConfirmRotationInput = z.infer<typeof confirmRotationSchema>;

export type CarriedLeadership = z.output<typeof createBlocYearSchema>["leadership"];
