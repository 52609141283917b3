import { z } from "zod";
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

// A unit officer signs for their own unit (unitId may be left out); board staff pick the unit.
export const signPledgeSchema = z.object({
  pledgeId: id(),
  version: version(),
  unitId: optionalId(),
  signerName: requiredText(120),
  signerTitle: requiredText(200),
  conferenceId: optionalId(),
});

export type PledgeText = { title: string; preamble: string | null };
export type SignInput = { unitId: string; signerName: string; signerTitle: string; conferenceId: string | null };
