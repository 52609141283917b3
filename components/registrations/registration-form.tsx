"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { CheckboxList } from "@/components/ui/checkbox-list";
import { FieldErrorText, SubmitButton } from "@/components/ui/fields";
import { useFormState } from "@/components/ui/form-context";
import { NumberInput } from "@/components/ui/number-field";
import { controlClass } from "@/components/ui/control";
import { saveRegistrationAction } from "@/lib/registrations/actions";
import { TARGET_VALUE_RULES } from "@/lib/registrations/schemas";

type Target = { content: string; value: number | null; measure: string | null };
type Props = { blocYearId: string; version: number; forms: { id: string; name: string }[]; awardFormIds: string[]; targets: Target[] };

const control = controlClass();

/** One target's row: its text, number and unit of measure, with the server's error of each under it. */
function TargetRow({ index, target, onRemove }: { index: number; target: Target; onRemove: () => void }) {
  const t = useTranslations("registrations");
  const tAll = useTranslations();
  const { errors } = useFormState();
  const error = (field: string) => errors?.[`${field}.${index}`];
  const [problem, setProblem] = useState<string | null>(null);
  const serverError = ["targetContent", "targetValue", "targetMeasure"].map(error).find(Boolean);
  const shown = problem ?? (serverError ? tAll(serverError.key, serverError.params) : null);
  const label = t("own.row", { n: index + 1 });
  return (
    <li className="rounded-md border border-slate-200 p-3">
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-[1fr_8rem_8rem_auto] sm:items-end">
        <label className="block text-sm">
          <span className="font-medium text-slate-800">{label}</span>
          <input name="targetContent[]" defaultValue={target.content} maxLength={1000} className={control} aria-invalid={!!error("targetContent")} />
        </label>
        <label className="block text-sm">
          <span className="font-medium text-slate-800">{t("own.value")}</span>
          <NumberInput
            name="targetValue[]"
            label={`${label}: ${t("own.value")}`}
            aria-label={`${label}: ${t("own.value")}`}
            {...TARGET_VALUE_RULES}
            defaultValue={target.value ?? ""}
            onProblem={setProblem}
            className={control}
          />
        </label>
        <label className="block text-sm">
          <span className="font-medium text-slate-800">{t("own.measure")}</span>
          <input name="targetMeasure[]" aria-label={`${label}: ${t("own.measure")}`} defaultValue={target.measure ?? ""} maxLength={40} className={control} />
        </label>
        <Button type="button" variant="secondary" onClick={onRemove} aria-label={`${t("own.removeRow")}: ${label}`}>
          {t("own.removeRow")}
        </Button>
      </div>
      {shown && <p className="mt-1 text-xs font-medium text-brand-700">{shown}</p>}
    </li>
  );
}

let nextKey = 0;

/** The unit's draft: titles from the council's catalogue, and its targets as rows (blank rows are dropped by the server). */
export function RegistrationForm({ blocYearId, version, forms, awardFormIds, targets }: Props) {
  const t = useTranslations("registrations");
  const [rows, setRows] = useState(() =>
    (targets.length ? targets : [{ content: "", value: null, measure: null }]).map((target) => ({ key: nextKey++, target })),
  );
  return (
    <ActionForm action={saveRegistrationAction} extra={{ blocYearId, version }} successMessage={t("own.saved")}>
      <fieldset>
        <legend className="text-sm font-semibold text-slate-800">{t("own.titles")}</legend>
        <p className="text-xs text-slate-600">{t("own.titlesHint")}</p>
        {forms.length ? (
          <CheckboxList name="awardFormIds" options={forms.map((f) => ({ value: f.id, label: f.name }))} defaultSelected={awardFormIds} />
        ) : (
          <p className="mt-2 text-sm text-slate-600">{t("own.noForms")}</p>
        )}
        <FieldErrorText name="awardFormIds" />
      </fieldset>
      <fieldset className="mt-4">
        <legend className="text-sm font-semibold text-slate-800">{t("own.targets")}</legend>
        <p className="text-xs text-slate-600">{t("own.targetsHint")}</p>
        <ol className="mt-2 space-y-2">
          {rows.map((row, i) => (
            <TargetRow key={row.key} index={i} target={row.target} onRemove={() => setRows(rows.filter((r) => r.key !== row.key))} />
          ))}
        </ol>
        <div className="mt-2">
          <Button type="button" variant="secondary" onClick={() => setRows([...rows, { key: nextKey++, target: { content: "", value: null, measure: null } }])}>
            {t("own.addRow")}
          </Button>
        </div>
      </fieldset>
      <div className="mt-4">
        <SubmitButton>{t("own.save")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
