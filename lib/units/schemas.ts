import { z } from "zod";
import { checkbox, id, optionalEmail, optionalPhone, optionalText, requiredText } from "@/lib/validation/fields";

export const unitCode = () =>
  z
    .string()
    .trim()
    .min(1, "validation.required")
    .max(30)
    .regex(/^[A-Za-z0-9_-]+$/, "validation.code")
    .transform((v) => v.toUpperCase());

export const unitFields = z.object({
  code: unitCode(),
  name: requiredText(200),
  shortName: requiredText(60),
  parentBody: optionalText(200),
  // Its seat (the địa danh of what it issues) and its abbreviation in a document's ký hiệu.
  place: optionalText(100),
  symbol: optionalText(30),
  headName: optionalText(120),
  headTitle: optionalText(120),
  phone: optionalPhone(),
  email: optionalEmail(),
  address: optionalText(300),
});

// `confirm`: the user saw the same-name warning and creates anyway.
export const createUnitSchema = unitFields.extend({ confirm: checkbox().optional() });
export const updateUnitSchema = unitFields.extend({ id: id() });
export const archiveUnitSchema = z.object({ id: id(), archived: z.boolean() });

// The document fields are optional for callers that predate them (onboarding's sheet): left unchanged.
export type UnitInput = Omit<z.infer<typeof unitFields>, "place" | "symbol"> & Partial<Pick<z.infer<typeof unitFields>, "place" | "symbol">>;

export const deleteUnitSchema = z.object({ id: id() });
