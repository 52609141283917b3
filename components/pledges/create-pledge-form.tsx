import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextAreaField, TextField } from "@/components/ui/fields";
import { createPledgeAction } from "@/lib/pledges/actions";

export async function CreatePledgeForm({ blocYearId, year }: { blocYearId: string; year: number }) {
  const t = await getTranslations("pledges");
  return (
    <ActionForm action={createPledgeAction} extra={{ blocYearId }}>
      <TextField name="title" label={t("fields.title")} required defaultValue={t("defaultTitle", { year })} maxLength={300} />
      <TextAreaField name="preamble" label={t("fields.preamble")} hint={t("fields.preambleHint")} rows={4} />
      <SubmitButton>{t("create.submit")}</SubmitButton>
    </ActionForm>
  );
}
