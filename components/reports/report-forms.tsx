"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { DateTimeField } from "@/components/ui/date-field";
import { SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/fields";
import { Alert } from "@/components/ui/alert";
import {
  generateSummaryAction,
  passSummaryAction,
  returnUnitReportAction,
  saveSummaryAction,
  saveUnitReportAction,
  scheduleReportAction,
  submitUnitReportAction,
} from "@/lib/reports/actions";
import { formatDate } from "@/lib/format/vi";

type Kind = "MID_YEAR" | "YEAR_END";

/** Scheduling a report, or moving its due date: the leader unit or the board. */
export function ScheduleForm({ blocYearId, kind, dueAt }: { blocYearId: string; kind: Kind; dueAt: Date | null }) {
  const t = useTranslations("reports");
  return (
    <ActionForm action={scheduleReportAction} extra={{ blocYearId, kind }} successMessage={t("schedule.saved")} className="flex flex-wrap items-end gap-3">
      <DateTimeField name="dueAt" label={t("schedule.field", { kind })} required defaultValue={dueAt ?? undefined} />
      <SubmitButton>{t("schedule.set")}</SubmitButton>
    </ActionForm>
  );
}

/** The unit's draft: the text typed stays in the field after a save, which is what was saved. */
export function UnitReportForm({ roundId, version, content }: { roundId: string; version: number; content: string }) {
  const t = useTranslations("reports");
  return (
    <ActionForm action={saveUnitReportAction} extra={{ roundId, version }} successMessage={t("own.saved")}>
      <TextAreaField name="content" label={t("own.content")} hint={t("own.contentHint")} required rows={8} defaultValue={content} maxLength={50_000} />
      <SubmitButton>{t("own.save")}</SubmitButton>
    </ActionForm>
  );
}

/** The head submits in person; any other officer names the head who approved (as a registration). */
export function SubmitReportForm({ roundId, version, asHead }: { roundId: string; version: number; asHead: boolean }) {
  const t = useTranslations("reports");
  return (
    <ActionForm action={submitUnitReportAction} extra={{ roundId, version }} successMessage={t("own.submitted")}>
      {!asHead && (
        <TextField name="headApprovedBy" label={t("own.headApprovedBy")} hint={t("own.headApprovedByHint")} required maxLength={120} className="max-w-md" />
      )}
      <SubmitButton>{asHead ? t("own.submitAsHead") : t("own.submit")}</SubmitButton>
    </ActionForm>
  );
}

/** Returning a submitted report to its unit, with the reason it is told. */
export function ReturnReportForm({ reportId, version, unitName }: { reportId: string; version: number; unitName: string }) {
  const t = useTranslations("reports");
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-sky-800">{t("progress.return")}</summary>
      <ActionForm action={returnUnitReportAction} extra={{ reportId, version }} successMessage={t("progress.returned")} className="mt-2 space-y-2">
        <Alert tone="info">{t("progress.returnTitle", { unit: unitName })}</Alert>
        <TextField name="reason" label={t("progress.returnReason")} required maxLength={1000} />
        <SubmitButton variant="danger">{t("progress.return")}</SubmitButton>
      </ActionForm>
    </details>
  );
}

/** Drafting the summary from the units' reports and the year's data (replacing the text), editing it, and recording its passing. */
export function SummaryForms(props: { roundId: string; version: number; summary: string | null; conferences: { id: string; title: string; date: Date }[] }) {
  const t = useTranslations("reports");
  const { roundId, version, summary, conferences } = props;
  // The text follows the server's when it changes (a new draft from the data), without remounting
  // the forms, so their confirmations stay in view; typing edits it locally until saved.
  const router = useRouter();
  const [text, setText] = useState(summary ?? "");
  const [shown, setShown] = useState(summary);
  if (summary !== shown) {
    setShown(summary);
    setText(summary ?? "");
  }
  // Each write answers the summary's new version: the next form sends it at once, not after the
  // page's refresh (a quick "pass" after "save" would otherwise be refused as stale).
  const [current, setCurrent] = useState({ seen: version, version });
  if (version !== current.seen) setCurrent({ seen: version, version: Math.max(version, current.version) });
  const written = (data: unknown) => {
    setCurrent((c) => ({ ...c, version: (data as { version: number }).version }));
    router.refresh();
  };
  return (
    <div className="space-y-4">
      <ActionForm action={generateSummaryAction} extra={{ roundId, version: current.version }} successMessage={t("summary.generated")} onSuccess={written}>
        <p className="text-sm text-slate-600">{summary ? t("summary.regenerateHint") : t("summary.generateHint")}</p>
        <SubmitButton>{t("summary.generate")}</SubmitButton>
      </ActionForm>
      {summary !== null && (
        <ActionForm action={saveSummaryAction} extra={{ roundId, version: current.version }} successMessage={t("summary.saved")} onSuccess={written}>
          <TextAreaField
            name="summary"
            label={t("summary.text")}
            hint={t("summary.textHint")}
            required
            rows={16}
            value={text}
            onChange={(e) => setText(e.target.value)}
            maxLength={100_000}
          />
          <SubmitButton>{t("summary.save")}</SubmitButton>
        </ActionForm>
      )}
      {summary !== null && (
        <section aria-labelledby={`pass-${roundId}`} className="border-t border-slate-200 pt-4">
          <h3 id={`pass-${roundId}`} className="mb-2 text-sm font-semibold text-slate-800">
            {t("summary.passTitle")}
          </h3>
          {conferences.length === 0 ? (
            <p className="text-sm text-slate-600">{t("summary.noConference")}</p>
          ) : (
            <ActionForm
              action={passSummaryAction}
              extra={{ roundId, version: current.version }}
              successMessage={t("summary.passedSaved")}
              className="flex flex-wrap items-end gap-3"
            >
              <SelectField
                name="conferenceId"
                label={t("summary.conference")}
                required
                placeholder={t("summary.choose")}
                options={conferences.map((c) => ({ value: c.id, label: `${c.title} (${formatDate(c.date)})` }))}
              />
              <SubmitButton>{t("summary.pass")}</SubmitButton>
            </ActionForm>
          )}
        </section>
      )}
    </div>
  );
}
