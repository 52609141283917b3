"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { FileField } from "@/components/ui/file-field";
import { Card } from "@/components/ui/card";
import type { BlocCount } from "@/lib/imports/score-import";
import type { ScoreImportError } from "@/lib/imports/score-import-rows";
import type { ImportEvent, ImportFailure } from "@/lib/imports/score-import-stream";
import { controlClass } from "@/components/ui/control";
import { NumberInput, numberFieldsValid } from "@/components/ui/number-field";
import { parseNumberInput } from "@/lib/format/number-input";
import { ProgressBar, readEvents } from "@/components/imports/import-progress";

// As the server's year() reads it (lib/validation/fields.ts).
const YEAR = { decimals: 0, min: 2000, max: 2100 };

type Done = Extract<ImportEvent, { type: "done" }>;
type State =
  | { phase: "idle" }
  | { phase: "running"; stage: "reading" | "checking" | "saving"; done: number; total: number }
  | { phase: "done"; year: number; result: Done }
  | { phase: "errors"; year: number; errors: ScoreImportError[]; count: number }
  | { phase: "failed"; reason: ImportFailure | "network"; seconds?: number };

/** The template link and the upload, with a progress bar fed by the streamed events and the result. */
export function ScoreImportForm({ defaultYear, columns }: { defaultYear: number; columns: string }) {
  const t = useTranslations("imports");
  const [year, setYear] = useState(defaultYear);
  const [yearProblem, setYearProblem] = useState<string | null>(null);
  const [state, setState] = useState<State>({ phase: "idle" });
  const running = state.phase === "running";

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!numberFieldsValid(event.currentTarget)) return;
    const form = new FormData(event.currentTarget);
    const submitted = Number(form.get("year"));
    setState({ phase: "running", stage: "reading", done: 0, total: 0 });
    // The last event decides the outcome; a stream that ends without one was cut off.
    const outcome: { final: State | null } = { final: null };
    try {
      const res = await fetch("/api/imports/scores", { method: "POST", body: form });
      if (res.status === 401 || res.status === 404) return setState({ phase: "failed", reason: res.status === 401 ? "signedOut" : "forbidden" });
      await readEvents<ImportEvent>(res, (e) => {
        if (e.type === "progress") setState(e.stage === "reading" ? { phase: "running", stage: "reading", done: 0, total: 0 } : { phase: "running", ...e });
        else if (e.type === "done") outcome.final = { phase: "done", year: submitted, result: e };
        else if (e.type === "errors") outcome.final = { phase: "errors", year: submitted, errors: e.errors, count: e.count };
        else outcome.final = { phase: "failed", reason: e.reason, seconds: e.seconds };
      });
    } catch {
      // The connection dropped: the import may still have finished on the server.
    }
    setState(outcome.final ?? { phase: "failed", reason: "network" });
  }

  const describe = (e: ScoreImportError, errorYear: number) => {
    const problem = t(`problems.codes.${e.code}`, { value: e.value, max: e.max ?? 0, actual: e.actual ?? 0, year: errorYear });
    return e.row === 0 || e.column === null ? t("problems.file", { problem }) : t("problems.rowColumn", { row: e.row, column: e.column, problem });
  };

  return (
    <div className="space-y-6">
      <Card title={t("template.title")}>
        <div className="space-y-2">
          <p className="text-sm text-slate-600">{t("template.hint")}</p>
          <a href={`/api/imports/scores/template?year=${year}`} download className={buttonClass("secondary")}>
            {t("template.download", { year })}
          </a>
        </div>
      </Card>

      <Card title={t("upload.title")}>
        <div className="space-y-3">
          <p className="text-sm text-slate-600">{t("upload.hint", { columns })}</p>
          <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3" noValidate>
            <label className="block text-sm font-medium text-slate-800">
              {t("year")}
              <NumberInput
                name="year"
                label={t("year")}
                {...YEAR}
                required
                defaultValue={defaultYear}
                onValueChange={(text) => {
                  const read = parseNumberInput(text, YEAR);
                  if (read.ok && read.value !== null) setYear(read.value);
                }}
                onProblem={setYearProblem}
                aria-invalid={!!yearProblem}
                className={controlClass("w-28")}
              />
              {yearProblem && <span className="mt-1 block text-xs font-medium text-brand-700">{yearProblem}</span>}
            </label>
            <FileField name="file" label={t("upload.file")} required accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" />
            <button type="submit" className={buttonClass("primary")} disabled={running}>
              {running ? t("upload.running") : t("upload.submit")}
            </button>
          </form>

          {running && (
            <ProgressBar
              label={t("progress.label")}
              text={state.stage === "reading" ? t("progress.reading") : t(`progress.${state.stage}`, { done: state.done, total: state.total })}
              done={state.done}
              total={state.total}
            />
          )}

          {state.phase === "done" && (
            <Alert tone="success">
              <p className="font-semibold">
                {t("done.title", { entries: state.result.entries, sheets: state.result.sheets, created: state.result.createdSheets })}
              </p>
              <ul className="mt-1 list-disc pl-5">
                {state.result.blocs.map((b: BlocCount) => (
                  <li key={b.code}>
                    <Link href={`/blocs/${b.blocId}/years/${state.year}/scoring`} className="underline hover:no-underline">
                      {t("done.bloc", { name: b.name, code: b.code, units: b.units, entries: b.entries })}
                    </Link>
                  </li>
                ))}
              </ul>
              <p className="mt-1">{t("done.next")}</p>
            </Alert>
          )}
          {state.phase === "errors" && (
            <Alert tone="error">
              <p className="font-semibold">{t("problems.title", { count: state.count })}</p>
              {state.count > state.errors.length && <p>{t("problems.shown", { shown: state.errors.length })}</p>}
              <ul className="mt-1 list-disc pl-5">
                {state.errors.map((e, i) => (
                  <li key={i}>{describe(e, state.year)}</li>
                ))}
              </ul>
            </Alert>
          )}
          {state.phase === "failed" && <Alert tone="error">{t(`failed.${state.reason}`, { seconds: state.seconds ?? 0 })}</Alert>}
        </div>
      </Card>
    </div>
  );
}
