"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FileField } from "@/components/ui/file-field";
import { Link } from "@/components/ui/link";
import { ProgressBar, readEvents } from "@/components/imports/import-progress";
import { IssueList, PreviewTable } from "@/components/onboarding/preview-table";
import type { Counts, Preview } from "@/lib/onboarding/service";
import type { Issue, OnboardingKind } from "@/lib/onboarding/spec";
import type { OnboardingEvent, OnboardingFailure } from "@/lib/onboarding/stream";

type State =
  | { phase: "idle" }
  | { phase: "running"; stage: "reading" | "checking" | "saving"; done: number; total: number }
  | { phase: "preview"; preview: Preview }
  | { phase: "done"; counts: Counts }
  | { phase: "errors"; errors: Issue[]; count: number }
  | { phase: "failed"; reason: OnboardingFailure | "network"; seconds?: number };

/**
 * One kind of the onboarding page: its template and export, the upload, the preview of what the
 * file changes and the apply. The file stays in the browser between preview and apply and is sent
 * again with the preview's token: the server writes only if file and data still match the preview.
 */
export function OnboardingCard({ kind, step, listHref }: { kind: OnboardingKind; step: number; listHref: string }) {
  const t = useTranslations("onboarding");
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<State>({ phase: "idle" });
  const running = state.phase === "running";

  async function send(fields: Record<string, string>) {
    if (!file) return;
    const form = new FormData();
    form.set("file", file);
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    setState({ phase: "running", stage: "reading", done: 0, total: 0 });
    // The last event decides the outcome; a stream that ends without one was cut off.
    const outcome: { final: State | null } = { final: null };
    try {
      const res = await fetch(`/api/imports/onboarding/${kind}`, { method: "POST", body: form });
      if (res.status === 401 || res.status === 404) return setState({ phase: "failed", reason: res.status === 401 ? "signedOut" : "forbidden" });
      await readEvents<OnboardingEvent>(res, (e) => {
        if (e.type === "progress") setState(e.stage === "reading" ? { phase: "running", stage: "reading", done: 0, total: 0 } : { phase: "running", ...e });
        else if (e.type === "preview") outcome.final = { phase: "preview", preview: e.preview };
        else if (e.type === "done") outcome.final = { phase: "done", counts: e.counts };
        else if (e.type === "errors") outcome.final = { phase: "errors", errors: e.errors, count: e.count };
        else outcome.final = { phase: "failed", reason: e.reason, seconds: e.seconds };
      });
    } catch {
      // The connection dropped: an apply may still have finished on the server.
    }
    setState(outcome.final ?? { phase: "failed", reason: "network" });
  }

  const nothingToDo = (c: Counts) => c.new + c.changed + c.removed === 0;
  return (
    <Card title={`${t("step", { n: step })}. ${t(`kinds.${kind}.title`)}`}>
      <div className="space-y-3" data-kind={kind}>
        <p className="text-sm text-slate-600">{t(`kinds.${kind}.hint`)}</p>
        <div className="flex flex-wrap gap-2">
          <a href={`/api/imports/onboarding/${kind}/template`} download className={buttonClass("secondary")}>
            {t("template")}
          </a>
          <a href={`/api/imports/onboarding/${kind}/export`} download className={buttonClass("secondary")}>
            {t("export")}
          </a>
          <Link href={listHref} className="self-center text-sm text-sky-800 hover:underline">
            {t(`kinds.${kind}.list`)}
          </Link>
        </div>
        <form
          noValidate
          className="flex flex-wrap items-end gap-3"
          onSubmit={(event) => {
            event.preventDefault();
            void send({ mode: "preview" });
          }}
        >
          <FileField
            name="file"
            label={t("file")}
            required
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setState({ phase: "idle" });
            }}
          />
          <button type="submit" className={buttonClass("primary")} disabled={!file || running}>
            {running ? t("running") : t("previewButton")}
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
        {state.phase === "preview" && (
          <div className="space-y-3">
            <PreviewTable preview={state.preview} />
            {!nothingToDo(state.preview.counts) && (
              <div className="flex flex-wrap items-center gap-3">
                <button type="button" className={buttonClass("primary")} onClick={() => void send({ mode: "apply", token: state.preview.token })}>
                  {t("apply")}
                </button>
                <button type="button" className={buttonClass("secondary")} onClick={() => setState({ phase: "idle" })}>
                  {t("cancel")}
                </button>
                <span className="text-sm text-slate-600">{t("preview.confirm")}</span>
              </div>
            )}
          </div>
        )}
        {state.phase === "done" && <Alert tone="success">{t("done", state.counts)}</Alert>}
        {state.phase === "errors" && (
          <Alert tone="error">
            <p className="font-semibold">{t("problems.title", { count: state.count })}</p>
            {state.count > state.errors.length && <p>{t("problems.shown", { shown: state.errors.length })}</p>}
            <IssueList issues={state.errors} />
          </Alert>
        )}
        {state.phase === "failed" && <Alert tone="error">{t(`failed.${state.reason}`, { seconds: state.seconds ?? 0 })}</Alert>}
      </div>
    </Card>
  );
}
