"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { SubmitButton, TextAreaField } from "@/components/ui/fields";
import { reopenCriteriaAction } from "@/lib/criteria/actions";

/** Board only: back to draft, with a reason; scores already entered are kept. */
export function CriteriaReopenForm({ setId, version }: { setId: string; version: number }) {
  const t = useTranslations("criteria");
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button variant="danger" aria-expanded={false} onClick={() => setOpen(true)}>
        {t("reopen.button")}
      </Button>
    );
  }
  return (
    <section aria-labelledby="criteria-reopen-title" className="w-full rounded-md border border-brand-600/40 bg-brand-50 p-4">
      <h3 id="criteria-reopen-title" className="text-sm font-semibold text-slate-900">
        {t("reopen.title")}
      </h3>
      <p className="mb-3 mt-1 text-sm text-slate-700">{t("reopen.hint")}</p>
      <ActionForm action={reopenCriteriaAction} extra={{ setId, version }}>
        <TextAreaField name="reason" label={t("reopen.reason")} required rows={3} maxLength={1000} />
        <div className="flex gap-2">
          <SubmitButton variant="danger">{t("reopen.submit")}</SubmitButton>
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {t("reopen.cancel")}
          </Button>
        </div>
      </ActionForm>
    </section>
  );
}
