import { z } from "zod";
import { parseNumberInput } from "@/lib/format/number-input";
import { parseVietnamDateTime } from "@/lib/format/vi";

export const YEAR_RULES = { decimals: 0, min: 2000, max: 2100 } as const;

// Form fields arrive as strings; these turn them into the values services expect.
const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

/**
 * Whether the database can keep a string as typed: PostgreSQL text cannot hold a NUL character, and
 * its JSON (the audit trail keeps what was written) refuses half of a surrogate pair, which no
 * keyboard produces but a crafted request can. Refused where input is read, not failed in the database.
 */
export const isStorableText = (v: string) => !v.includes("\u0000") && !/\p{Cs}/u.test(v);

const text = () => z.string().refine(isStorableText, "validation.invalid");

export const requiredText = (max = 200) => text().trim().min(1, "validation.required").max(max);

export const optionalText = (max = 500) => z.preprocess(blankToNull, text().trim().max(max).nullable().optional()).transform((v) => v ?? null);

/**
 * A telephone number as offices write it: "0229 3871 234", "(0229) 3.871.234", "+84 229 3871234",
 * two numbers with "/" or ";". At least 8 digits and nothing but digits and those marks: "abc" or a
 * name typed in the wrong field is refused.
 */
export const optionalPhone = () =>
  optionalText(30).refine((v) => v === null || (/^[0-9+().\-/,; ]+$/.test(v) && (v.match(/\d/g)?.length ?? 0) >= 8), "validation.phone");

export const optionalEmail = () => z.preprocess(blankToNull, z.email("validation.email").nullable().optional()).transform((v) => v ?? null);

// The date fields (components/ui/date-field.tsx) send yyyy-MM-dd; stored as a calendar date.
export const optionalDate = () =>
  z.preprocess(blankToNull, z.iso.date("validation.date").nullable().optional()).transform((v) => (v ? new Date(`${v}T00:00:00Z`) : null));

/** A date-time field's value (DateTimeField: yyyy-MM-ddTHH:mm), typed in Vietnam time; required. */
export const vnDateTime = () =>
  z
    .string("validation.required")
    .trim()
    .min(1, "validation.required")
    .transform((v, ctx) => {
      const d = parseVietnamDateTime(v);
      if (!d) {
        ctx.addIssue({ code: "custom", message: "validation.date" });
        return z.NEVER;
      }
      return d;
    });

export const checkbox = () => z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

export const id = () => text().trim().min(1, "validation.required").max(64);

export const optionalId = () => z.preprocess(blankToNull, text().max(64).nullable().optional()).transform((v) => v ?? null);

export const idList = (max = 200) =>
  z.preprocess((v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(text().min(1).max(64)).max(max));

// Read by the shared number parser, so "2 026" or "2026,0" is refused, not guessed at.
export const year = () =>
  z.custom<string | number | null | undefined>().transform((v, ctx) => {
    const read = typeof v === "string" || typeof v === "number" ? parseNumberInput(String(v), YEAR_RULES) : null;
    if (read?.ok && read.value !== null) return read.value;
    ctx.addIssue({ code: "custom", message: "validation.year" });
    return z.NEVER;
  });

// The version the browser saw: a write against an older one is refused as stale. Kept within
// a PostgreSQL integer, or the comparison itself fails in the database.
export const version = (min = 1) =>
  z.coerce.number("validation.invalid").int("validation.invalid").min(min, "validation.invalid").max(2_147_483_647, "validation.invalid");
