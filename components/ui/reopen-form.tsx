"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { SubmitButton, TextAreaField } from "@/components/ui/fields";

type Props = {
  action: (input: never) => Promise<ActionResult<unknown>>;
  // The locked record's id and version, sent with the reason.
  extra: Record<string, unknown>;
  // The namespace holding reopen.{button,title,hint,reason,submit,cancel}.
  namespace: "pledges" | "criteria" | "ranking";
};

/** Reopening locked data is the board's, and always needs a reason (docs/DOMAIN.md, rule 1). */
export function ReopenForm({ action, extra, namespace }: Props) {
  const t = useTranslations(namespace);
  const titleId = useId();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button variant="danger" aria-expanded={false} onClick={() => setOpen(true)}>
        {t("reopen.button")}
      </Button>
    );
  }
  return (
    <section aria-labelledby={titleId} className="w-full rounded-md border border-brand-600/40 bg-brand-50 p-4">
      <h3 id={titleId} className="text-sm font-semibold text-slate-900">
        {t("reopen.title")}
      </h3>
      <p className="mb-3 mt-1 text-sm text-slate-700">{t("reopen.hint")}</p>
      <ActionForm action={action} extra={extra}>
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
