"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { cn } from "@/components/ui/cn";
import { controlClass } from "@/components/ui/control";
import { DateField } from "@/components/ui/date-field";
import { FieldErrorText, SelectField, SubmitButton } from "@/components/ui/fields";
import { useFormState } from "@/components/ui/form-context";
import { SelectAll } from "@/components/ui/select-all";
import { formatDate } from "@/lib/format/vi";
import { recordSignaturesAction } from "@/lib/pledges/actions";

type Unit = { id: string; name: string; headName: string | null; headTitle: string | null };
type Conference = { id: string; title: string; date: Date; kind: string };
type Row = { ticked: boolean; signerName: string; signerTitle: string };

/**
 * Board staff record the paper signatures of many member units at once: one conference (any kind,
 * or none) and one day for all, then a tick per unit with its signer, the unit's head by default.
 * The day follows the conference until it is edited by hand. The rows go as a list beside the form's
 * fields, so a refused row's message comes back under rows.<its index in that list>.
 */
export function RecordSignaturesForm({
  pledgeId,
  version,
  units,
  conferences,
  conferenceId: preselected,
  today,
}: {
  pledgeId: string;
  version: number;
  units: Unit[];
  conferences: Conference[];
  conferenceId: string | null;
  /** dd/MM/yyyy in Vietnam, from the server, so the default needs no clock in the browser. */
  today: Date;
}) {
  const t = useTranslations("pledges");
  const dayOf = (id: string) => {
    const c = conferences.find((x) => x.id === id);
    return c ? c.date : today;
  };
  const [conferenceId, setConferenceId] = useState(preselected ?? "");
  const [rows, setRows] = useState<Record<string, Row>>(() =>
    Object.fromEntries(units.map((u) => [u.id, { ticked: false, signerName: u.headName ?? "", signerTitle: u.headTitle ?? "" }])),
  );
  const ticked = units.filter((u) => rows[u.id].ticked);
  const payload = ticked.map((u) => ({ unitId: u.id, signerName: rows[u.id].signerName, signerTitle: rows[u.id].signerTitle }));
  const indexOf = new Map(ticked.map((u, i) => [u.id, i]));

  // Picking a conference brings its day into the date field (keyed by the conference); the clerk may change it.
  function pickConference(id: string) {
    setConferenceId(id);
  }
  function update(unitId: string, patch: Partial<Row>) {
    setRows((current) => ({ ...current, [unitId]: { ...current[unitId], ...patch } }));
  }
  function tickAll(on: boolean) {
    setRows((current) => Object.fromEntries(Object.entries(current).map(([id, r]) => [id, { ...r, ticked: on }])));
  }

  return (
    <ActionForm action={recordSignaturesAction} extra={{ pledgeId, version, rows: payload }} successMessage={t("record.saved")}>
      <p className="text-sm text-slate-600">{t("record.hint")}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="conferenceId"
          label={t("fields.conference")}
          options={conferences.map((c) => ({ value: c.id, label: `${c.title} (${formatDate(c.date)})` }))}
          placeholder={t("fields.conferencePlaceholder")}
          value={conferenceId}
          onChange={(e) => pickConference(e.target.value)}
        />
        <DateField
          key={conferenceId}
          name="signedOn"
          label={t("fields.signedOn")}
          hint={t("fields.signedOnHint")}
          defaultValue={dayOf(conferenceId)}
          max={today}
        />
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t("record.units")}</legend>
        <div className="grid gap-2 rounded-t-md border border-slate-200 bg-slate-100 px-3 py-2 sm:grid-cols-3 sm:items-center">
          <SelectAll total={units.length} selected={ticked.length} onChange={tickAll} />
          {/* The rows' inputs carry their own labels; these headings are for the eye on wide screens. */}
          <span aria-hidden="true" className="hidden text-xs font-semibold uppercase tracking-wide text-slate-700 sm:block">
            {t("fields.signerName")}
          </span>
          <span aria-hidden="true" className="hidden text-xs font-semibold uppercase tracking-wide text-slate-700 sm:block">
            {t("fields.signerTitle")}
          </span>
        </div>
        <ul className="-mt-2 divide-y divide-slate-100 rounded-b-md border border-t-0 border-slate-200">
          {units.map((u) => (
            <UnitRow key={u.id} unit={u} row={rows[u.id]} index={indexOf.get(u.id)} onChange={(patch) => update(u.id, patch)} />
          ))}
        </ul>
        <FieldErrorText name="rows" />
      </fieldset>
      <SubmitButton>{t("record.submit", { count: ticked.length })}</SubmitButton>
    </ActionForm>
  );
}

function UnitRow({ unit, row, index, onChange }: { unit: Unit; row: Row; index: number | undefined; onChange: (patch: Partial<Row>) => void }) {
  const t = useTranslations();
  const { errors } = useFormState();
  // A refusal of the row itself (already signed…) or of one of its fields.
  const error = index === undefined ? undefined : (errors?.[`rows.${index}`] ?? errors?.[`rows.${index}.signerName`] ?? errors?.[`rows.${index}.signerTitle`]);
  const errorId = `sign-row-${unit.id}-error`;
  const control = cn(controlClass(), "mt-0 disabled:bg-slate-100 disabled:text-slate-500");
  return (
    <li className="grid gap-2 px-3 py-2 sm:grid-cols-3 sm:items-center">
      <label className="flex items-start gap-2 text-sm font-medium text-slate-900">
        <input
          type="checkbox"
          checked={row.ticked}
          onChange={(e) => onChange({ ticked: e.target.checked })}
          aria-describedby={error ? errorId : undefined}
          className="mt-0.5 h-4 w-4 shrink-0 rounded border-slate-400"
        />
        {unit.name}
      </label>
      <input
        aria-label={t("pledges.record.signerNameOf", { unit: unit.name })}
        placeholder={t("pledges.fields.signerName")}
        value={row.signerName}
        maxLength={120}
        disabled={!row.ticked}
        onChange={(e) => onChange({ signerName: e.target.value })}
        className={control}
      />
      <input
        aria-label={t("pledges.record.signerTitleOf", { unit: unit.name })}
        placeholder={t("pledges.fields.signerTitle")}
        value={row.signerTitle}
        maxLength={200}
        disabled={!row.ticked}
        onChange={(e) => onChange({ signerTitle: e.target.value })}
        className={control}
      />
      {error && (
        <p id={errorId} role="alert" className="text-xs font-medium text-brand-700 sm:col-span-3">
          {t(error.key, error.params)}
        </p>
      )}
    </li>
  );
}
