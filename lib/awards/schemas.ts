import { z } from "zod";
import { id, idList, optionalText, requiredText, version } from "@/lib/validation/fields";
import { optionalNumber } from "@/lib/validation/numbers";

// Typed whole numbers, blank for none; "3,0" or "1.000" are refused rather than guessed at.
const wholeNumber = (min: number, max: number) => optionalNumber({ decimals: 0, min, max });

const formCode = () =>
  z
    .string("validation.required")
    .trim()
    .min(1, "validation.required")
    .max(30)
    .regex(/^[A-Za-z0-9_-]+$/, "validation.code")
    .transform((v) => v.toUpperCase());

const formFields = z.object({ code: formCode(), name: requiredText(300), position: wholeNumber(0, 999).transform((v) => v ?? 0) });

export const createAwardFormSchema = formFields;
export const updateAwardFormSchema = formFields.extend({ id: id() });
export const archiveAwardFormSchema = z.object({ id: id(), archived: z.boolean("validation.invalid") });

// A number of units or a percentage of the members (1–100); the service refuses both or neither.
export const setQuotaSchema = z.object({ blocYearId: id(), awardFormId: id(), maxCount: wholeNumber(0, 100), percent: wholeNumber(1, 100) });
export const clearQuotaSchema = z.object({ blocYearId: id(), awardFormId: id() });

export const createProposalSchema = z.object({ blocYearId: id() });
export const proposalVersionSchema = z.object({ proposalId: id(), version: version() });
export const addNomineeSchema = z.object({ proposalId: id(), version: version(), unitId: id(), awardFormId: id() });
export const nomineeSchema = z.object({ nomineeId: id(), version: version() });
export const moveNomineeSchema = nomineeSchema.extend({ direction: z.enum(["up", "down"], "validation.invalidChoice") });
export const submitProposalSchema = z.object({ proposalId: id(), version: version(), number: optionalText(60) });
export const reasonSchema = z.object({ proposalId: id(), version: version(), reason: requiredText(1000) });

// The date field (components/ui/date-field.tsx) sends yyyy-MM-dd; the decision date is a calendar date.
const decisionDate = () =>
  z
    .string("validation.required")
    .trim()
    .min(1, "validation.required")
    .pipe(z.iso.date("validation.date"))
    .transform((v) => new Date(`${v}T00:00:00Z`));

// `awarded` lists the nominees the decision grants the award; the others were not granted.
export const decideProposalSchema = z.object({
  proposalId: id(),
  version: version(),
  decisionNumber: requiredText(60),
  decisionDate: decisionDate(),
  decisionIssuer: requiredText(300),
  awarded: idList(),
});

export type AwardFormInput = z.infer<typeof formFields>;
export type QuotaInput = { maxCount: number | null; percent: number | null };
export type DecisionInput = { decisionNumber: string; decisionDate: Date; decisionIssuer: string; awarded: string[] };
