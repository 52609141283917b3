"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, SubmitButton } from "@/components/ui/fields";
import { copyCriteriaFromTemplateAction, createCriteriaSetAction } from "@/lib/criteria/actions";

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
