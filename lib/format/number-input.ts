// Numbers as people type them. Vietnamese write the decimal mark as a comma ("0,5"), English
// users as a point ("0.5"); both mean the same value, whatever the browser's locale. A
// `type="number"` input reads "0,5" as 5 in some locales, so every form takes plain text and
// reads it here, on the client as the user types and on the server in the zod schemas
// (lib/validation/numbers.ts): the two can never disagree.
//
// Thousands separators are refused rather than guessed: "1.000" is a thousand to a Vietnamese
// reader and one to an English one. With at most one separator and no more digits after it
// than the field allows, "1.000" in a two-decimal field is refused, never read as 1 or 1000.

export type NumberRules = {
  /** Digits allowed after the decimal mark; 0 for whole numbers. */
  decimals: number;
  min?: number;
  max?: number;
};

export type NumberReason = "malformed" | "tooManyDecimals" | "tooSmall" | "tooBig";

/** A blank field reads as null: whether it may be blank is the form's business. */
export type NumberRead = { ok: true; value: number | null } | { ok: false; reason: NumberReason };

// Digits with one decimal mark at most; ",5" is 0,5. Anything else (spaces inside, a second
// mark, a plus sign, an exponent, a trailing mark) is malformed.
const SHAPE = /^(-?)(\d*)(?:[.,](\d+))?$/;

// Beyond 15 significant digits a double no longer holds every decimal exactly.
const MAX_DIGITS = 15;

export function parseNumberInput(text: string, rules: NumberRules): NumberRead {
  // trim() also drops the no-break spaces that text pasted from Word or the web carries.
  const trimmed = text.trim().replace(/\u2212/g, "-"); // the typographic minus, pasted from Word
  if (trimmed === "") return { ok: true, value: null };
  const m = SHAPE.exec(trimmed);
  if (!m || (m[2] === "" && m[3] === undefined)) return { ok: false, reason: "malformed" };
  const [, sign, whole, fraction = ""] = m;
  if (fraction.length > rules.decimals) return { ok: false, reason: "tooManyDecimals" };
  const digits = whole.replace(/^0+(?=\d)/, "");
  // Number() of the canonical decimal is the double nearest to what was typed.
  const value = Number(`${sign}${digits || "0"}.${fraction || "0"}`) || 0; // never −0
  if (digits.length + fraction.length > MAX_DIGITS) return { ok: false, reason: value < 0 ? "tooSmall" : "tooBig" };
  if (rules.min !== undefined && value < rules.min) return { ok: false, reason: "tooSmall" };
  if (rules.max !== undefined && value > rules.max) return { ok: false, reason: "tooBig" };
  return { ok: true, value };
}

/**
 * A value as it goes back into a field: a comma as the decimal mark, no thousands separators
 * (so the parser reads it back to the same value), no trailing zeros. For reading only, with
 * thousands grouped, use formatNumber (lib/format/vi.ts).
 */
export function formatNumberInput(value: number | null | undefined, decimals = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "";
  const fixed = value.toFixed(decimals);
  const trimmed = decimals > 0 ? fixed.replace(/\.?0+$/, "") : fixed;
  return (trimmed === "-0" ? "0" : trimmed).replace(".", ",");
}

/** The message key for a refusal; whole-number fields say so rather than "too many decimals". */
export function numberReasonKey(reason: NumberReason, rules: NumberRules): NumberReason | "wholeNumber" {
  return reason === "tooManyDecimals" && rules.decimals === 0 ? "wholeNumber" : reason;
}
