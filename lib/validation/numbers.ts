import { z } from "zod";
import { formatNumberInput, numberReasonKey, parseNumberInput, type NumberRules } from "@/lib/format/number-input";

// zod fields for numbers a person types, read by the same parser as the browser's NumberField
// (lib/format/number-input.ts): "0,5" and "0.5" are 0.5, "9,5,1" and "1.000" in a two-decimal
// field are refused, never guessed at. Numbers sent as numbers (from code, not a form) go
// through the same checks as their shortest decimal text.

type Input = string | number | null | undefined;

function asText(v: unknown): string | null {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : null;
  return typeof v === "string" ? v : null;
}

/** The params of a refusal: the limits shown with a comma, as the user would type them. */
export function numberParams(rules: NumberRules): Record<string, string | number> {
  return {
    decimals: rules.decimals,
    min: rules.min === undefined ? "" : formatNumberInput(rules.min, rules.decimals),
    max: rules.max === undefined ? "" : formatNumberInput(rules.max, rules.decimals),
  };
}

type ReasonKey = ReturnType<typeof numberReasonKey>;
export type NumberMessages = Record<ReasonKey, string>;

export const NUMBER_MESSAGES: NumberMessages = {
  malformed: "validation.number.malformed",
  tooManyDecimals: "validation.number.tooManyDecimals",
  wholeNumber: "validation.number.wholeNumber",
  tooSmall: "validation.number.tooSmall",
  tooBig: "validation.number.tooBig",
};

/** The same refusals naming the criterion ({leaf}): a score sheet has hundreds of fields. */
export const SCORE_MESSAGES: NumberMessages = {
  malformed: "validation.score.malformed",
  tooManyDecimals: "validation.score.tooManyDecimals",
  wholeNumber: "validation.score.wholeNumber",
  tooSmall: "validation.score.tooSmall",
  tooBig: "validation.score.tooBig",
};

type Options = NumberRules & { messages?: NumberMessages };

type Params = Record<string, string | number>;

function read(v: unknown, ctx: z.RefinementCtx, { messages = NUMBER_MESSAGES, ...rules }: Options, params?: Params, path?: PropertyKey[]) {
  const text = asText(v);
  const result = text === null ? ({ ok: false, reason: "malformed" } as const) : parseNumberInput(text, rules);
  if (result.ok) return result.value;
  ctx.addIssue({ code: "custom", message: messages[numberReasonKey(result.reason, rules)], params: { ...numberParams(rules), ...params }, path });
  return z.NEVER;
}

/** A number that may be left blank (null). */
export const optionalNumber = (options: Options) => z.custom<Input>().transform((v, ctx) => read(v, ctx, options));

/** A number that must be filled in. */
export const requiredNumber = (options: Options) =>
  z.custom<Input>().transform((v, ctx) => {
    const value = read(v, ctx, options);
    if (value === null) {
      ctx.addIssue({ code: "custom", message: "validation.required" });
      return z.NEVER;
    }
    return value;
  });

/** A count of people or votes: a whole number from 0 to `max`. */
export const count = (max: number) => requiredNumber({ decimals: 0, min: 0, max });

/**
 * One typed value read inside a wider schema's transform, so the refusal can name what it is
 * about (a criterion code, say) and point at its field.
 */
export function readNumber(v: unknown, ctx: z.RefinementCtx, options: Options, params: Params, path: PropertyKey[]) {
  return read(v, ctx, options, params, path);
}
