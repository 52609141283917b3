"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { createAwardFormAction, updateAwardFormAction } from "@/lib/awards/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { SubmitButton, TextField } from "@/components/ui/fields";
import { NumberField } from "@/components/ui/number-field";

type Form = { id: string; code: string; name: string; position: number };

function Fields({ form }: { form?: Form }) {
  const t = useTranslations("awards");
  return (
    <div className="grid gap-3 sm:grid-cols-[10rem_1fr_7rem]">
      <TextField name="code" label={t("forms.code")} required maxLength={30} defaultValue={form?.code} />
      <TextField name="name" label={t("forms.name")} required maxLength={300} defaultValue={form?.name} />
      <NumberField
        name="position"
        label={t("forms.position")}
        hint={t("forms.positionHint")}
        decimals={0}
        min={0}
        max={999}
        defaultValue={form?.position ?? 0}
      />
    </div>
  );
}

/** A new award form of the catalogue. */
export function CreateAwardFormForm() {
  const t = useTranslations("awards");
  return (
    <ActionForm action={createAwardFormAction} resetOnSuccess successMessage={t("forms.saved")}>
      <Fields />
      <SubmitButton>{t("forms.create")}</SubmitButton>
    </ActionForm>
  );
}

/** Code, name and order of an existing form, opened from its row. */
export function EditAwardFormButton({ form }: { form: Form }) {
  const t = useTranslations("awards");
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button variant="secondary" aria-expanded={false} aria-label={t("forms.editTitle", { code: form.code })} onClick={() => setOpen(true)}>
        {t("forms.edit")}
      </Button>
    );
  }
  return (
    <section aria-label={t("forms.editTitle", { code: form.code })} className="w-full min-w-72 rounded-md border border-slate-200 bg-slate-50 p-3">
      <ActionForm action={updateAwardFormAction} extra={{ id: form.id }} successMessage={t("forms.saved")}>
        <Fields form={form} />
        <div className="flex gap-2">
          <SubmitButton>{t("forms.save")}</SubmitButton>
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {t("forms.cancel")}
          </Button>
        </div>
      </ActionForm>
    </section>
  );
}
