"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { createDocumentAction, updateDocumentAction } from "@/lib/library/actions";
import { LIBRARY_KINDS } from "@/lib/library/schemas";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { SelectField, SubmitButton, TextField } from "@/components/ui/fields";

/** A document as the form shows it: the date as the date field's yyyy-MM-dd. */
export type DocumentValues = { id: string; kind: string; number: string | null; issuedOn: string; issuer: string; title: string };

function Fields({ doc }: { doc?: DocumentValues }) {
  const t = useTranslations("library");
  return (
    <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
      <TextField name="title" label={t("fields.title")} required maxLength={500} defaultValue={doc?.title} className="md:col-span-2" />
      <SelectField
        name="kind"
        label={t("fields.kind")}
        required
        defaultValue={doc?.kind ?? "OTHER"}
        options={LIBRARY_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
      />
      <TextField name="number" label={t("fields.number")} maxLength={100} defaultValue={doc?.number ?? ""} />
      <DateField name="issuedOn" label={t("fields.issuedOn")} required defaultValue={doc?.issuedOn} />
      <TextField name="issuer" label={t("fields.issuer")} required maxLength={300} defaultValue={doc?.issuer} />
    </div>
  );
}

/** Adds a document under one of the years the caller keeps. */
export function CreateDocumentForm({ years }: { years: { id: string; year: number }[] }) {
  const t = useTranslations("library");
  return (
    <ActionForm action={createDocumentAction} resetOnSuccess successMessage={t("added")}>
      <SelectField
        name="blocYearId"
        label={t("fields.year")}
        required
        options={years.map((y) => ({ value: y.id, label: String(y.year) }))}
        className="max-w-48"
      />
      <Fields />
      <SubmitButton>{t("add")}</SubmitButton>
    </ActionForm>
  );
}

export function EditDocumentButton({ doc }: { doc: DocumentValues }) {
  const t = useTranslations("library");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button variant="secondary" aria-label={`${t("edit")}: ${doc.title}`} onClick={() => setOpen(true)}>
        {t("edit")}
      </Button>
    );
  }
  return (
    <section aria-label={`${t("edit")}: ${doc.title}`} className="w-full min-w-64 rounded-md border border-slate-200 bg-slate-50 p-3">
      <ActionForm action={updateDocumentAction} extra={{ documentId: doc.id }} onSuccess={() => (setOpen(false), router.refresh())}>
        <Fields doc={doc} />
        <div className="flex gap-2">
          <SubmitButton>{t("save")}</SubmitButton>
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {t("cancel")}
          </Button>
        </div>
      </ActionForm>
    </section>
  );
}
