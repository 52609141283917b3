"use client";

import { useTranslations } from "next-intl";
import { addNomineeAction } from "@/lib/awards/actions";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, SubmitButton } from "@/components/ui/fields";

type Option = { value: string; label: string };

/** The leader adds a member unit to the proposal for one award form. */
export function AddNomineeForm({ proposalId, version, units, forms }: { proposalId: string; version: number; units: Option[]; forms: Option[] }) {
  const t = useTranslations("awards");
  return (
    <ActionForm action={addNomineeAction} extra={{ proposalId, version }} className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField name="unitId" label={t("proposal.add.unit")} required options={units} placeholder={t("proposal.add.choose")} />
        <SelectField name="awardFormId" label={t("proposal.add.form")} required options={forms} placeholder={t("proposal.add.choose")} />
      </div>
      <SubmitButton>{t("proposal.add.submit")}</SubmitButton>
    </ActionForm>
  );
}
