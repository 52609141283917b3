"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { DateTimeField } from "@/components/ui/date-field";
import { SelectField, SubmitButton, TextAreaField } from "@/components/ui/fields";
import { addExtensionAction, setRoundAction } from "@/lib/scoring/actions";

/** Board: the round's opening and closing, typed in Vietnam time. */
export function RoundForm({ blocYearId, opensAt, closesAt }: { blocYearId: string; opensAt: string; closesAt: string }) {
  const t = useTranslations("scoring");
  return (
    <ActionForm action={setRoundAction} extra={{ blocYearId }} successMessage={t("round.saved")} className="flex flex-wrap items-end gap-3">
      <DateTimeField name="opensAt" label={t("round.opensAt")} defaultValue={opensAt} required />
      <DateTimeField name="closesAt" label={t("round.closesAt")} defaultValue={closesAt} required />
      <SubmitButton>{t("round.save")}</SubmitButton>
    </ActionForm>
  );
}

/** Board: a later close for one unit or all, with the reason. */
export function ExtensionForm({ blocYearId, units }: { blocYearId: string; units: { id: string; name: string }[] }) {
  const t = useTranslations("scoring");
  return (
    <ActionForm action={addExtensionAction} extra={{ blocYearId }} resetOnSuccess successMessage={t("round.extended")}>
      <div className="flex flex-wrap items-end gap-3">
        <SelectField
          name="unitId"
          label={t("round.extensionUnit")}
          options={[{ value: "", label: t("round.allUnits") }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
        />
        <DateTimeField name="closesAt" label={t("round.newClose")} required />
      </div>
      <TextAreaField name="reason" label={t("round.reason")} required rows={2} maxLength={1000} />
      <SubmitButton>{t("round.extend")}</SubmitButton>
    </ActionForm>
  );
}
