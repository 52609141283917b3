import type { z } from "zod";
import type { FieldError } from "@/lib/actions/result";

// Zod's own messages are English sentences; schemas either give a message key ("validation.…",
// or a domain's own: "council.legal.fromBeforeIssued") or we derive one from the issue code.
const MESSAGE_KEY = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$/;

// The issues carry what was sent (action() parses with reportInput): nothing chosen or typed is "required".
const isEmpty = (input: unknown) => input === undefined || input === null || input === "";

function keyFor(issue: z.core.$ZodIssue): FieldError {
  if (issue.code === "invalid_value" && isEmpty(issue.input)) return { key: "validation.required" };
  // A custom issue may carry the message's params: which criterion, the field's limits.
  if (MESSAGE_KEY.test(issue.message)) return issue.code === "custom" && issue.params ? { key: issue.message, params: issue.params } : { key: issue.message };
  switch (issue.code) {
    case "invalid_type":
      return { key: isEmpty(issue.input) ? "validation.required" : "validation.invalid" };
    case "too_small":
      if (issue.origin === "string")
        return { key: Number(issue.minimum) <= 1 ? "validation.required" : "validation.tooShort", params: { min: Number(issue.minimum) } };
      if (issue.origin === "array" || issue.origin === "set") return { key: "validation.tooFewItems", params: { min: Number(issue.minimum) } };
      return { key: "validation.tooSmall", params: { min: Number(issue.minimum) } };
    case "too_big":
      if (issue.origin === "string") return { key: "validation.tooLong", params: { max: Number(issue.maximum) } };
      if (issue.origin === "array" || issue.origin === "set") return { key: "validation.tooManyItems", params: { max: Number(issue.maximum) } };
      return { key: "validation.tooBig", params: { max: Number(issue.maximum) } };
    case "invalid_format":
      return { key: "validation.invalidFormat" };
    case "invalid_value":
      return { key: "validation.invalidChoice" };
    default:
      return { key: "validation.invalid" };
  }
}

export function fieldErrorsOf(error: z.ZodError): Record<string, FieldError> {
  const out: Record<string, FieldError> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "_form";
    out[path] ??= keyFor(issue);
  }
  return out;
}
