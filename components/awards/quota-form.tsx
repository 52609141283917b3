"use client";

import { useTranslations } from "next-intl";
import { clearQuotaAction, setQuotaAction } from "@/lib/awards/actions";
import { ActionForm } from "@/components/ui/action-form";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { SubmitButton } from "@/components/ui/fields";
import { NumberField } from "@/components/ui/number-field";

type Props = { blocYearId: string; awardFormId: string; formName: string; maxCount: number | null; percent: number | null };

/** The board sets one form's quota for the year: a number of units or a percentage of the members. */
export function QuotaForm({ blocYearId, awardFormId, formName, maxCount, percent }: Props) {
  const t = useTranslations("awards");
  const ids = { blocYearId, awardFormId };
  return (
    <div className="flex flex-wrap items-end gap-2">
      <ActionForm action={setQuotaAction} extra={ids} successMessage={t("quotas.saved")} className="flex flex-wrap items-end gap-2">
        <NumberField name="maxCount" label={t("quotas.maxCount")} decimals={0} min={0} max={100} defaultValue={maxCount} className="w-28" />
        <NumberField name="percent" label={t("quotas.percentField")} decimals={0} min={1} max={100} defaultValue={percent} className="w-28" />
        <SubmitButton>{t("quotas.save")}</SubmitButton>
      </ActionForm>
      {(maxCount !== null || percent !== null) && (
        <ConfirmButton
          action={clearQuotaAction}
          input={ids}
          variant="secondary"
          label={t("quotas.clear")}
          title={t("quotas.clearTitle")}
          message={t("quotas.clearMessage", { form: formName })}
        />
      )}
    </div>
  );
}
