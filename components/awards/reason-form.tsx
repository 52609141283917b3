"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { SubmitButton, TextAreaField } from "@/components/ui/fields";

type Props = {
  action: (input: never) => Promise<ActionResult<unknown>>;
  // The proposal's id and version, sent with the reason.
  extra: Record<string, unknown>;
  // Where {button,title,hint,reason,submit,cancel} live: returning and reopening both need a reason.
  keys: "board.return" | "reopen";
};

/** A board step that always needs a reason: returning the proposal, reopening a decided one. */
export function ReasonForm({ action, extra, keys }: Props) {
  const t = useTranslations(`awards.${keys}`);
  const titleId = useId();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button variant="danger" aria-expanded={false} onClick={() => setOpen(true)}>
        {t("button")}
      </Button>
    );
  }
  return (
    <section aria-labelledby={titleId} className="w-full rounded-md border border-brand-600/40 bg-brand-50 p-4">
      <h3 id={titleId} className="text-sm font-semibold text-slate-900">
        {t("title")}
      </h3>
      <p className="mb-3 mt-1 text-sm text-slate-700">{t("hint")}</p>
      <ActionForm action={action} extra={extra}>
        <TextAreaField name="reason" label={t("reason")} required rows={3} maxLength={1000} />
        <div className="flex gap-2">
          <SubmitButton variant="danger">{t("submit")}</SubmitButton>
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {t("cancel")}
          </Button>
        </div>
      </ActionForm>
    </section>
  );
}
