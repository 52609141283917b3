"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { createLegalDocumentAction, updateLegalDocumentAction } from "@/lib/council/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { SubmitButton, TextField } from "@/components/ui/fields";
import { NumberField } from "@/components/ui/number-field";

export type LegalDocumentValues = {
  id: string;
  number: string;
  title: string;
  issuer: string | null;
  issuedOn: string;
  inForceFrom: string;
  inForceUntil: string;
  position: number;
};

function Fields({ doc }: { doc?: LegalDocumentValues }) {
  const t = useTranslations("council");
  return (
    <div className="grid gap-3 md:grid-cols-[12rem_1fr]">
      <TextField name="number" label={t("legal.number")} hint={t("legal.numberHint")} required maxLength={60} defaultValue={doc?.number} />
      <TextField name="title" label={t("legal.docTitle")} hint={t("legal.titleHint")} required maxLength={400} defaultValue={doc?.title} />
      <TextField
        name="issuer"
        label={t("legal.issuer")}
        hint={t("legal.issuerHint")}
        maxLength={200}
        defaultValue={doc?.issuer ?? ""}
        className="md:col-span-2"
      />
      <div className="grid gap-3 sm:grid-cols-4 md:col-span-2">
        <DateField name="issuedOn" label={t("legal.issuedOn")} required defaultValue={doc?.issuedOn} />
        <DateField name="inForceFrom" label={t("legal.inForceFrom")} required defaultValue={doc?.inForceFrom} />
        <DateField name="inForceUntil" label={t("legal.inForceUntil")} hint={t("legal.inForceUntilHint")} defaultValue={doc?.inForceUntil} />
        <NumberField name="position" label={t("legal.position")} decimals={0} min={0} max={999} defaultValue={doc?.position ?? 0} />
      </div>
    </div>
  );
}

export function CreateLegalDocumentForm() {
  const t = useTranslations("council");
  return (
    <ActionForm action={createLegalDocumentAction} resetOnSuccess successMessage={t("legal.saved")}>
      <Fields />
      <SubmitButton>{t("legal.create")}</SubmitButton>
    </ActionForm>
  );
}

export function EditLegalDocumentButton({ doc }: { doc: LegalDocumentValues }) {
  const t = useTranslations("council");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button variant="secondary" aria-expanded={false} aria-label={t("legal.editTitle", { number: doc.number })} onClick={() => setOpen(true)}>
        {t("legal.edit")}
      </Button>
    );
  }
  return (
    <section aria-label={t("legal.editTitle", { number: doc.number })} className="w-full min-w-72 rounded-md border border-slate-200 bg-slate-50 p-3">
      <ActionForm action={updateLegalDocumentAction} extra={{ id: doc.id }} onSuccess={() => (setOpen(false), router.refresh())}>
        <Fields doc={doc} />
        <div className="flex gap-2">
          <SubmitButton>{t("legal.save")}</SubmitButton>
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {t("legal.cancel")}
          </Button>
        </div>
      </ActionForm>
    </section>
  );
}
