import { z } from "zod";
import { id, optionalText, requiredText } from "@/lib/validation/fields";
import { optionalNumber, requiredNumber } from "@/lib/validation/numbers";

import { isTimeZone } from "@/lib/council/time-zones";
import { ISSUED_KINDS, ISSUER_STYLES } from "@/lib/council/document-issuers";

// Zones a council may run on: those the server's Intl knows.
const timeZone = () => z.string().refine(isTimeZone, "validation.invalidChoice");

export const councilSettingsSchema = z.object({
  councilName: requiredText(300),
  boardName: requiredText(300),
  place: requiredText(100),
  timeZone: timeZone(),
  // Per unit and year (lib/attachments/quota.ts): from one 10 MB file to 100 GB.
  uploadQuotaMb: requiredNumber({ decimals: 0, min: 10, max: 100_000 }),
});

// One style per kind a bloc issues (document-issuers.ts).
export const documentIssuersSchema = z.object(
  Object.fromEntries(ISSUED_KINDS.map((k) => [k, z.enum(ISSUER_STYLES, "validation.invalidChoice")])) as Record<
    (typeof ISSUED_KINDS)[number],
    z.ZodEnum<{ [K in (typeof ISSUER_STYLES)[number]]: K }>
  >,
);
export type DocumentIssuersInput = z.output<typeof documentIssuersSchema>;

// Calendar dates as the date field sends them (yyyy-MM-dd), stored at UTC midnight.
const calendarDate = () =>
  z
    .string("validation.date")
    .trim()
    .pipe(z.iso.date("validation.date"))
    .transform((v) => new Date(`${v}T00:00:00Z`));
const optionalCalendarDate = () =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), calendarDate().nullable().optional()).transform((v) => v ?? null);

const legalFields = z.object({
  number: requiredText(60),
  title: requiredText(400),
  issuer: optionalText(200),
  issuedOn: calendarDate(),
  inForceFrom: calendarDate(),
  inForceUntil: optionalCalendarDate(),
  position: optionalNumber({ decimals: 0, min: 0, max: 999 })
    .optional()
    .transform((v) => v ?? 0),
});

function checkOrder(v: z.output<typeof legalFields>, ctx: z.RefinementCtx) {
  if (v.inForceUntil && v.inForceUntil <= v.inForceFrom) ctx.addIssue({ code: "custom", path: ["inForceUntil"], message: "council.legal.untilBeforeFrom" });
  if (v.inForceFrom < v.issuedOn) ctx.addIssue({ code: "custom", path: ["inForceFrom"], message: "council.legal.fromBeforeIssued" });
}

export const createLegalDocumentSchema = legalFields.superRefine(checkOrder);
export const updateLegalDocumentSchema = legalFields.extend({ id: id() }).superRefine(checkOrder);
export const deleteLegalDocumentSchema = z.object({ id: id() });

export type CouncilSettingsInput = z.output<typeof councilSettingsSchema>;
export type LegalDocumentInput = z.output<typeof legalFields>;
