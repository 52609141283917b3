import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextAreaField, TextField } from "@/components/ui/fields";
import { updatePledgeAction } from "@/lib/pledges/actions";

type Pledge = { id: string; version: number; title: string; preamble: string | null };

/** Title and preamble of a draft; the version makes a save over someone else's change fail visibly. */
export async function PledgeTextForm({ pledge }: { pledge: Pledge }) {
  const t = await getTranslations("pledges");
  return (
    <ActionForm action={updatePledgeAction} extra={{ pledgeId: pledge.id, version: pledge.version }} successMessage={t("text.saved")}>
      <TextField name="title" label={t("fields.title")} required defaultValue={pledge.title} maxLength={300} />
      <TextAreaField name="preamble" label={t("fields.preamble")} hint={t("fields.preambleHint")} rows={4} defaultValue={pledge.preamble ?? ""} />
      <SubmitButton>{t("text.save")}</SubmitButton>
    </ActionForm>
  );
}
