import "server-only";
import type { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { getSession } from "@/lib/auth/session";
import type { AppSession } from "@/lib/auth/session-types";
import { DomainError } from "@/lib/errors";
import type { ActionResult } from "@/lib/actions/result";
import { fieldErrorsOf } from "@/lib/actions/zod-errors";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { actionWait } from "@/lib/limits/action-limit";
import { log } from "@/lib/log/logger";
import { toNfc } from "@/lib/validation/nfc";

type Handler<S extends z.ZodType, T> = (input: z.output<S>, session: AppSession) => Promise<T>;

function knownDatabaseError(error: unknown): string | null {
  if (isDatabaseUnavailable(error)) return "errors.databaseDown";
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  if (error.code === "P2002") return "errors.duplicate";
  if (error.code === "P2003") return "errors.inUse";
  if (error.code === "P2025") return "errors.notFound";
  return null;
}

/**
 * Every server action goes through here: session → per-user rate limit → zod → handler. Expected
 * failures come back as message keys; anything else is logged and shown as a generic message.
 */
export function action<S extends z.ZodType, T = undefined>(schema: S, handler: Handler<S, T>) {
  return preparedAction(
    schema,
    async () => undefined,
    (input, session) => handler(input, session),
  );
}

/**
 * An action whose first read does not depend on who calls (what a save checks, say): `prepare`
 * runs on the valid input while the session is read, rather than after it. Its result reaches
 * the handler only once the caller is known, so every caller gets the same answer as through
 * action(); a caller who is not signed in costs that read and learns nothing from it.
 */
export function preparedAction<S extends z.ZodType, P, T>(
  schema: S,
  prepare: (input: z.output<S>) => Promise<P>,
  handler: (input: z.output<S>, session: AppSession, prepared: P) => Promise<T>,
) {
  return async (input: z.input<S>): Promise<ActionResult<T>> => {
    try {
      const parsed = schema.safeParse(toNfc(input), { reportInput: true });
      const prepared = parsed.success ? prepare(parsed.data) : null;
      prepared?.catch(() => {}); // awaited below for a signed-in caller only; until then a failure is nobody's
      const session = await getSession();
      if (!session) return { ok: false, error: "errors.unauthenticated" };
      const wait = actionWait(session.userId);
      if (wait) return { ok: false, error: "errors.tooFast", params: { seconds: wait } };
      if (!parsed.success) return { ok: false, error: "errors.validation", fieldErrors: fieldErrorsOf(parsed.error) };
      return { ok: true, data: await handler(parsed.data, session, (await prepared) as P) };
    } catch (error) {
      return failure(error);
    }
  };
}

/**
 * The one action open to signed-out callers: using a set-password link (lib/users/accounts/actions.ts),
 * where the token in the input is the authority. Same zod and error handling as action(); the
 * session, if any, is passed on but grants nothing.
 */
export function publicAction<S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>, session: AppSession | null) => Promise<T>) {
  return async (input: z.input<S>): Promise<ActionResult<T>> => {
    try {
      const parsed = schema.safeParse(toNfc(input), { reportInput: true });
      if (!parsed.success) return { ok: false, error: "errors.validation", fieldErrors: fieldErrorsOf(parsed.error) };
      return { ok: true, data: await handler(parsed.data, await getSession()) };
    } catch (error) {
      return failure(error);
    }
  };
}

function failure(error: unknown): { ok: false; error: string; params?: DomainError["params"]; fieldErrors?: DomainError["fieldErrors"] } {
  if (error instanceof DomainError) return { ok: false, error: error.key, params: error.params, ...(error.fieldErrors && { fieldErrors: error.fieldErrors }) };
  const known = knownDatabaseError(error);
  if (known) return { ok: false, error: known };
  log.error({ scope: "action", err: error }, "unexpected error");
  return { ok: false, error: "errors.unexpected" };
}
