// Message keys for refused numbers, apart from the zod helpers so the browser's NumberField
// can show the same sentences without loading zod.
import { formatNumberInput, numberReasonKey, type NumberReason, type NumberRules } from "@/lib/format/number-input";

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

/** The message key and params of a refusal: the field's limits shown with a comma, as the user would type them. */
export function refusal(reason: NumberReason, rules: NumberRules, messages: NumberMessages = NUMBER_MESSAGES, extra?: Record<string, string | number>) {
  const params: Record<string, string | number> = {
    decimals: rules.decimals,
    min: rules.min === undefined ? "" : formatNumberInput(rules.min, rules.decimals),
    max: rules.max === undefined ? "" : formatNumberInput(rules.max, rules.decimals),
    ...extra,
  };
  return { key: messages[numberReasonKey(reason, rules)], params };
}
