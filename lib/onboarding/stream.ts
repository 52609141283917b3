import "server-only";
// An onboarding preview or apply as a stream of NDJSON events, as the score import answers
// (lib/imports/score-import-stream.ts): reading, checking rows, saving, then the outcome.
import type { AppSession } from "@/lib/auth/session-types";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { DomainError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { applyOnboarding, previewOnboarding, type Outcome, type Stage } from "@/lib/onboarding/service";
import type { AnySpec } from "@/lib/onboarding/spec";
import { eventStream } from "@/lib/imports/event-stream";
import { log } from "@/lib/log/logger";

/** Why a run stopped without an outcome; the page words each one. */
export type OnboardingFailure = "file" | "changed" | "databaseDown" | "unexpected" | "signedOut" | "forbidden" | "tooFast";

export type OnboardingEvent =
  { type: "progress"; stage: "reading" } | ({ type: "progress" } & Stage) | Outcome | { type: "failed"; reason: OnboardingFailure; seconds?: number };

function failureOf(error: unknown): OnboardingFailure {
  if (error instanceof DomainError && error.key === "onboarding.failed.changed") return "changed";
  // Another import or a form saved the same code meanwhile: the preview no longer holds.
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return "changed";
  if (isDatabaseUnavailable(error)) return "databaseDown";
  log.error({ scope: "onboarding", err: error }, "unexpected error");
  return "unexpected";
}

export type Run = { mode: "preview" } | { mode: "apply"; token: string };

/** Runs a preview or an apply while the caller reads the events; the work goes on if the reader leaves. */
export function onboardingStream(session: AppSession, spec: AnySpec, file: File, run: Run): ReadableStream<Uint8Array> {
  return eventStream<OnboardingEvent>(
    async (send) => {
      const progress = (stage: Stage) => send({ type: "progress", ...stage });
      await send({ type: "progress", stage: "reading" });
      const bytes = Buffer.from(await file.arrayBuffer());
      const outcome =
        run.mode === "preview"
          ? await previewOnboarding(session, spec, bytes, progress)
          : await applyOnboarding(session, spec, bytes, file.name, run.token, progress);
      await send(outcome);
    },
    (error) => ({ type: "failed", reason: failureOf(error) }),
  );
}
