import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxField, FieldErrorText, SubmitButton } from "@/components/ui/fields";
import { NumberField } from "@/components/ui/number-field";
import { createBlocYearAction } from "@/lib/blocs/actions";

type Pair = { leader: string | null; deputy: string | null };
export type LeadershipChoices = { fromYear: number; keep: Pair; proposal: Pair } | null;

export async function AddYearForm({ blocId, defaultYear, choices }: { blocId: string; defaultYear: number; choices: LeadershipChoices }) {
  const t = await getTranslations("blocs");
  const ty = await getTranslations("yearCopy");
  const pair = (p: Pair) => ty("pair", { leader: p.leader ?? ty("nobody"), deputy: p.deputy ?? ty("nobody") });
  // The planner's proposal is the default: it is what the rotation rule says; keeping last year's pair is the exception.
  const options = choices
    ? [
        { value: "proposal", label: ty("proposal"), detail: pair(choices.proposal) },
        { value: "keep", label: ty("keep"), detail: pair(choices.keep) },
        { value: "none", label: ty("none"), detail: null },
      ]
    : [];
  return (
    // Reset on success: the field is clean again, so it follows the next proposed year after the refresh.
    <ActionForm action={createBlocYearAction} extra={{ blocId }} successMessage={t("years.added")} resetOnSuccess>
      <div className="flex flex-wrap items-end gap-4">
        <NumberField name="year" label={t("years.yearLabel")} decimals={0} min={2000} max={2100} required defaultValue={defaultYear} className="w-40" />
        <CheckboxField name="copyMembers" label={t("years.copyMembers")} hint={t("years.copyMembersHint")} defaultChecked className="pb-2" />
      </div>
      {choices ? (
        <fieldset className="space-y-2 rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-medium text-slate-800">{ty("leadership")}</legend>
          <p className="text-xs text-slate-600">{ty("explain", { year: choices.fromYear })}</p>
          {options.map((o) => (
            <label key={o.value} className="flex items-start gap-2 text-sm text-slate-800">
              <input type="radio" name="leadership" value={o.value} defaultChecked={o.value === "proposal"} className="mt-0.5 h-4 w-4 border-slate-400" />
              <span>
                {o.label}
                {o.detail && <span className="block text-xs text-slate-600">{o.detail}</span>}
              </span>
            </label>
          ))}
          <FieldErrorText name="leadership" />
        </fieldset>
      ) : (
        <p className="text-xs text-slate-600">{ty("noPrevious")}</p>
      )}
      <SubmitButton>{t("years.add")}</SubmitButton>
    </ActionForm>
  );
}
