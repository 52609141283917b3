import { z } from "zod";
import { parseIsoDay, startOfVietnamDay } from "@/lib/format/vi";
import { id, optionalId, optionalText, requiredText, version } from "@/lib/validation/fields";

const content = () => requiredText(3000);

export const createPledgeSchema = z.object({ blocYearId: id(), title: requiredText(300), preamble: optionalText(5000) });
export const updatePledgeSchema = z.object({ pledgeId: id(), version: version(), title: requiredText(300), preamble: optionalText(5000) });
export const pledgeVersionSchema = z.object({ pledgeId: id(), version: version() });
export const reopenPledgeSchema = z.object({ pledgeId: id(), version: version(), reason: requiredText(1000) });

export const addItemSchema = z.object({ pledgeId: id(), version: version(), content: content() });
export const updateItemSchema = z.object({ itemId: id(), version: version(), content: content() });
export const itemSchema = z.object({ itemId: id(), version: version() });
export const moveItemSchema = z.object({ itemId: id(), version: version(), direction: z.enum(["up", "down"], "validation.invalidChoice") });

// The day a paper signature was made, as the date field sends it (yyyy-MM-dd), kept as the start
// of that day in Vietnam; blank means "the conference's day".
const signedOn = () =>
  z
    .preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), z.string().max(20).nullable().optional())
    .transform((v, ctx) => {
      if (v === null || v === undefined) return null;
      const day = parseIsoDay(v);
      if (!day) {
        ctx.addIssue({ code: "custom", message: "validation.date" });
        return z.NEVER;
      }
      return startOfVietnamDay(day);
    });

const signer = { signerName: requiredText(120), signerTitle: requiredText(200) };

// A unit officer signs for their own unit (unitId may be left out); board staff pick the unit.
export const signPledgeSchema = z.object({
  pledgeId: id(),
  version: version(),
  unitId: optionalId(),
  ...signer,
  conferenceId: optionalId(),
  signedOn: signedOn(),
});

// Paper signatures of many units at once: one conference and one day for all, a signer per unit.
export const recordSignaturesSchema = z.object({
  pledgeId: id(),
  version: version(),
  conferenceId: optionalId(),
  signedOn: signedOn(),
  rows: z
    .array(z.object({ unitId: id(), ...signer }))
    .min(1)
    .max(200),
});

export type PledgeText = { title: string; preamble: string | null };
export type SignerInput = { unitId: string; signerName: string; signerTitle: string };
export type SignInput = SignerInput & { conferenceId: string | null; signedOn?: Date | null };
export type RecordInput = { conferenceId: string | null; signedOn: Date | null; rows: SignerInput[] };
