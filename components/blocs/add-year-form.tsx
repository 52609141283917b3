import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxField, SubmitButton } from "@/components/ui/fields";
import { NumberField } from "@/components/ui/number-field";
import { createBlocYearAction } from "@/lib/blocs/actions";

export async function AddYearForm({ blocId, defaultYear }: { blocId: string; defaultYear: number }) {
  const t = await getTranslations("blocs");
  return (
    // Reset on success: the field is clean again, so it follows the next proposed year after the refresh.
    <ActionForm action={createBlocYearAction} extra={{ blocId }} successMessage={t("years.added")} resetOnSuccess>
      <div className="flex flex-wrap items-end gap-4">
        <NumberField name="year" label={t("years.yearLabel")} decimals={0} min={2000} max={2100} required defaultValue={defaultYear} className="w-40" />
        <CheckboxField name="copyMembers" label={t("years.copyMembers")} hint={t("years.copyMembersHint")} defaultChecked className="pb-2" />
      </div>
      <SubmitButton>{t("years.add")}</SubmitButton>
    </ActionForm>
  );
}
