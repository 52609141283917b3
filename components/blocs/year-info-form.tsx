import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, SubmitButton, TextAreaField } from "@/components/ui/fields";
import { updateBlocYearAction } from "@/lib/blocs/actions";

type Year = { id: string; status: "PLANNING" | "ACTIVE" | "CLOSED"; theme: string | null; slogan: string | null; motto: string | null };

export async function YearInfoForm({ year }: { year: Year }) {
  const t = await getTranslations("blocs");
  return (
    <ActionForm action={updateBlocYearAction} extra={{ blocYearId: year.id }} successMessage={t("year.infoSaved")}>
      <SelectField
        name="status"
        label={t("year.statusLabel")}
        required
        defaultValue={year.status}
        options={(["PLANNING", "ACTIVE", "CLOSED"] as const).map((s) => ({ value: s, label: t(`yearStatus.${s}`) }))}
        className="max-w-xs"
      />
      <TextAreaField name="theme" label={t("fields.theme")} defaultValue={year.theme ?? ""} rows={2} />
      <TextAreaField name="slogan" label={t("fields.slogan")} defaultValue={year.slogan ?? ""} rows={2} />
      <TextAreaField name="motto" label={t("fields.motto")} defaultValue={year.motto ?? ""} rows={2} />
      <SubmitButton>{t("year.save")}</SubmitButton>
    </ActionForm>
  );
}
