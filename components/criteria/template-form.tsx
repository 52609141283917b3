"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, SubmitButton, TextField } from "@/components/ui/fields";
import { copyCriteriaFromTemplateAction, createCriteriaSetAction, createCriteriaTemplateAction, saveCriteriaAsTemplateAction } from "@/lib/criteria/actions";

/** Replaces the draft by a template's criteria. */
export function TemplateCopyForm({ setId, version, templates }: { setId: string; version: number; templates: { id: string; name: string }[] }) {
  const t = useTranslations("criteria");
  return (
    <ActionForm action={copyCriteriaFromTemplateAction} extra={{ setId, version }} className="flex flex-wrap items-end gap-2">
      <SelectField name="templateId" label={t("copy.templateLabel")} required options={templates.map((tpl) => ({ value: tpl.id, label: tpl.name }))} />
      <SubmitButton>{t("copy.templateSubmit")}</SubmitButton>
    </ActionForm>
  );
}

/** An empty set for the year. */
export function CreateSetForm({ blocYearId }: { blocYearId: string }) {
  const t = useTranslations("criteria");
  return (
    <ActionForm action={createCriteriaSetAction} extra={{ blocYearId }}>
      <SubmitButton>{t("create")}</SubmitButton>
    </ActionForm>
  );
}

/** A new, empty template kept by the board; opens it once created. */
export function CreateTemplateForm() {
  const t = useTranslations("criteria");
  return (
    <ActionForm action={createCriteriaTemplateAction} redirectTo="/criteria-templates/:id" className="flex flex-wrap items-end gap-2">
      <TextField name="name" label={t("templates.name")} required maxLength={300} className="min-w-64 flex-1" />
      <SubmitButton>{t("templates.create")}</SubmitButton>
    </ActionForm>
  );
}

/** Copies the year's set (any status) into a new template, then opens it. */
export function SaveAsTemplateForm({ setId }: { setId: string }) {
  const t = useTranslations("criteria");
  return (
    <ActionForm action={saveCriteriaAsTemplateAction} extra={{ setId }} redirectTo="/criteria-templates/:id">
      <p className="mb-2 text-sm text-slate-600">{t("templates.saveHint")}</p>
      <SubmitButton>{t("templates.save")}</SubmitButton>
    </ActionForm>
  );
}
