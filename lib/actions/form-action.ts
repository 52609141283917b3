import "server-only";
import type { z } from "zod";
import type { AppSession } from "@/lib/auth/session-types";
import { action } from "@/lib/actions/action";
import type { ActionResult } from "@/lib/actions/result";

// FormData → plain object, as ActionForm does: repeated names and names ending in [] become
// arrays; files stay File objects for the schema to check.
function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [rawName, value] of form.entries()) {
    const isList = rawName.endsWith("[]");
    const name = isList ? rawName.slice(0, -2) : rawName;
    const current = out[name];
    if (isList) out[name] = [...((current as unknown[] | undefined) ?? []), value];
    else if (current === undefined) out[name] = value;
    else out[name] = Array.isArray(current) ? [...current, value] : [current, value];
  }
  return out;
}

/**
 * A server action that takes FormData (file uploads). It goes through `action()`, so the
 * session, the zod field errors and the DomainError mapping are the same as everywhere.
 * Anything but FormData is treated as an empty form.
 */
export function formAction<S extends z.ZodType, T = undefined>(schema: S, handler: (input: z.output<S>, session: AppSession) => Promise<T>) {
  const run = action(schema, handler);
  return async (form: FormData): Promise<ActionResult<T>> => run((form instanceof FormData ? formDataToObject(form) : {}) as z.input<S>);
}
