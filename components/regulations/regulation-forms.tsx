"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { adoptRegulationAction, createRegulationAction, updateRegulationAction } from "@/lib/regulations/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/fields";

type Option = { value: string; label: string };

function DraftFields({ title, text }: { title?: string; text?: string | null }) {
  const t = useTranslations("regulations");
  return (
    <>
      <TextField
        name="title"
        label={t("fields.title")}
        required
        maxLength={500}
        defaultValue={title ?? ""}
        placeholder="Quy chế tổ chức và hoạt động của Khối thi đua …"
      />
      <TextAreaField name="text" label={t("fields.text")} rows={8} defaultValue={text ?? ""} />
    </>
  );
}

/** A new draft, filed under one of the years the caller keeps. */
export function CreateDraftForm({ years }: { years: Option[] }) {
  const t = useTranslations("regulations");
  return (
    <ActionForm action={createRegulationAction} resetOnSuccess successMessage={t("draftAdded")} className="space-y-3">
      <SelectField name="blocYearId" label={t("fields.year")} required options={years} className="max-w-48" />
      <DraftFields />
      <SubmitButton>{t("addDraft")}</SubmitButton>
    </ActionForm>
  );
}

/** Opens in place: one button per draft, so the list stays short. */
function Toggle({ label, children }: { label: string; children: (close: () => void) => React.ReactNode }) {
  const t = useTranslations("regulations");
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {label}
      </Button>
    );
  }
  return (
    <section aria-label={label} className="w-full rounded-md border border-slate-200 bg-slate-50 p-3">
      {children(() => setOpen(false))}
      <Button variant="ghost" className="mt-2" onClick={() => setOpen(false)}>
        {t("cancel")}
      </Button>
    </section>
  );
}

export function EditDraftButton({ draft }: { draft: { id: string; title: string; text: string | null } }) {
  const t = useTranslations("regulations");
  const router = useRouter();
  return (
    <Toggle label={t("edit")}>
      {(close) => (
        <ActionForm action={updateRegulationAction} extra={{ regulationId: draft.id }} onSuccess={() => (close(), router.refresh())} className="space-y-3">
          <DraftFields title={draft.title} text={draft.text} />
          <SubmitButton>{t("save")}</SubmitButton>
        </ActionForm>
      )}
    </Toggle>
  );
}

/** Records the conference's adoption: the day, the conference and the decision in the library. */
export function AdoptButton({ regulationId, conferences, decisions }: { regulationId: string; conferences: Option[]; decisions: Option[] }) {
  const t = useTranslations("regulations");
  const router = useRouter();
  return (
    <Toggle label={t("adopt")}>
      {(close) => (
        <ActionForm action={adoptRegulationAction} extra={{ regulationId }} onSuccess={() => (close(), router.refresh())} className="space-y-3">
          <p className="text-sm text-slate-700">{t("adoptHint")}</p>
          <DateField name="adoptedOn" label={t("fields.adoptedOn")} required />
          <SelectField name="conferenceId" label={t("fields.conference")} options={conferences} placeholder={t("fields.none")} />
          <SelectField name="decisionId" label={t("fields.decision")} options={decisions} placeholder={t("fields.none")} />
          <SubmitButton>{t("adopt")}</SubmitButton>
        </ActionForm>
      )}
    </Toggle>
  );
}
