import "server-only";
// The score import as a stream of NDJSON events, so the page can show how far it has got:
// reading the file, checking rows, saving rows, then the counts or the row-numbered errors.
import type { AppSession } from "@/lib/auth/session-types";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { DomainError } from "@/lib/errors";
import { importScores, type BlocCount } from "@/lib/imports/score-import";
import type { ScoreImportError } from "@/lib/imports/score-import-rows";
import { readScoreXlsx } from "@/lib/imports/score-import-read";
import { eventStream } from "@/lib/imports/event-stream";

/** Why an import stopped without a result; the page words each one. */
export type ImportFailure = "file" | "year" | "changed" | "databaseDown" | "unexpected" | "signedOut" | "forbidden" | "tooFast";

export type ImportEvent =
  | { type: "progress"; stage: "reading" }
  | { type: "progress"; stage: "checking" | "saving"; done: number; total: number }
  | { type: "done"; entries: number; sheets: number; createdSheets: number; blocs: BlocCount[] }
  | { type: "errors"; errors: ScoreImportError[]; count: number }
  | { type: "failed"; reason: ImportFailure; seconds?: number };

function failureOf(error: unknown): ImportFailure {
  if (error instanceof DomainError && error.key === "imports.failed.changed") return "changed";
  if (isDatabaseUnavailable(error)) return "databaseDown";
  console.error("[score import] unexpected error", error);
  return "unexpected";
}

/** Runs the import for `session` while the caller reads the events; the work goes on if the reader leaves. */
export function scoreImportStream(session: AppSession, year: number, file: File): ReadableStream<Uint8Array> {
  return eventStream<ImportEvent>(
    async (send) => {
      await send({ type: "progress", stage: "reading" });
      const read = readScoreXlsx(await file.arrayBuffer());
      if (!read.ok) return await send({ type: "errors", errors: read.errors, count: read.errors.length });
      const result = await importScores(session, year, read.rows, file.name, (p) => send({ type: "progress", ...p }));
      await send(
        result.ok
          ? { type: "done", entries: result.entries, sheets: result.sheets, createdSheets: result.createdSheets, blocs: result.blocs }
          : { type: "errors", errors: result.errors, count: result.errorCount },
      );
    },
    (error) => ({ type: "failed", reason: failureOf(error) }),
  );
}
