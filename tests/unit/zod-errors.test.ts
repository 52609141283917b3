import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/actions/zod-errors";
import { createLegalDocumentSchema } from "@/lib/council/schemas";
import { saveRegistrationSchema } from "@/lib/registrations/schemas";

const errorsOf = (schema: z.ZodType, input: unknown) => {
  const parsed = schema.safeParse(input, { reportInput: true });
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
};

describe("the message a field error carries", () => {
  // These sentences were written but only "Giá trị không hợp lệ." reached the form: only keys
  // under "validation." were passed on.
  it("is a domain's own key when the schema gives one", () => {
    const law = { number: "06/2022/QH15", title: "Luật Thi đua, khen thưởng", issuedOn: "2022-06-15", inForceFrom: "2024-01-01", inForceUntil: "" };
    expect(errorsOf(createLegalDocumentSchema, { ...law, inForceFrom: "2022-01-01" })).toEqual({ inForceFrom: { key: "council.legal.fromBeforeIssued" } });
    expect(errorsOf(createLegalDocumentSchema, { ...law, inForceUntil: "2023-12-31" })).toEqual({ inForceUntil: { key: "council.legal.untilBeforeFrom" } });
    const targets = { blocYearId: "y", version: 0, awardFormIds: [], targetContent: [""], targetValue: ["12"], targetMeasure: [""] };
    expect(errorsOf(saveRegistrationSchema, targets)).toEqual({ "targetContent.0": { key: "registrations.errors.targetTextRequired" } });
  });

  it("says a choice left empty is required, and a choice outside the list is not one", () => {
    const kind = z.object({ kind: z.enum(["KHOI", "CUM"], "validation.invalidChoice") });
    expect(errorsOf(kind, { kind: "" })).toEqual({ kind: { key: "validation.required" } });
    expect(errorsOf(kind, {})).toEqual({ kind: { key: "validation.required" } });
    expect(errorsOf(kind, { kind: "HUYEN" })).toEqual({ kind: { key: "validation.invalidChoice" } });
    expect(errorsOf(z.object({ n: z.number() }), { n: "mười" })).toEqual({ n: { key: "validation.invalid" } });
  });

  it("is derived from the issue when the message is zod's own English sentence", () => {
    expect(errorsOf(z.object({ name: z.string().min(3) }), { name: "ab" })).toEqual({ name: { key: "validation.tooShort", params: { min: 3 } } });
    expect(errorsOf(z.object({ n: z.number().refine((v) => v > 1, "Must be more than one.") }), { n: 0 })).toEqual({ n: { key: "validation.invalid" } });
  });
});
