import { z } from "zod";
import { parseNumberInput, type NumberRules } from "@/lib/format/number-input";
import { NUMBER_MESSAGES, refusal, type NumberMessages } from "@/lib/validation/number-messages";

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

type Options = NumberRules & { messages?: NumberMessages };

type Params = Record<string, string | number>;

function read(v: unknown, ctx: z.RefinementCtx, { messages = NUMBER_MESSAGES, ...rules }: Options, params?: Params, path?: PropertyKey[]) {
  const text = asText(v);
  const result = text === null ? ({ ok: false, reason: "malformed" } as const) : parseNumberInput(text, rules);
  if (result.ok) return result.value;
  const { key, params: all } = refusal(result.reason, rules, messages, params);
  ctx.addIssue({ code: "custom", message: key, params: all, path });
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
