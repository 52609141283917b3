"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { approveRankingAction, returnRankingAction, setRankingPublicAction } from "@/lib/ranking/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { SubmitButton, TextAreaField } from "@/components/ui/fields";

type Snapshot = { snapshotId: string; version: number };

/** The board on a signed-off ranking: approve it, or return it with a reason (the sheets unlock). */
export function ApproveOrReturn({ snapshotId, version }: Snapshot) {
  const t = useTranslations("ranking");
  const titleId = useId();
  const [returning, setReturning] = useState(false);
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <ConfirmButton
          action={approveRankingAction}
          input={{ snapshotId, version }}
          label={t("approve.button")}
          confirmLabel={t("approve.button")}
          title={t("approve.confirmTitle")}
          message={t("approve.confirmMessage")}
          variant="primary"
        />
        {!returning && (
          <Button variant="danger" aria-expanded={false} onClick={() => setReturning(true)}>
            {t("return.button")}
          </Button>
        )}
      </div>
      {returning && (
        <section aria-labelledby={titleId} className="rounded-md border border-brand-600/40 bg-brand-50 p-4">
          <h3 id={titleId} className="text-sm font-semibold text-slate-900">
            {t("return.title")}
          </h3>
          <p className="mb-3 mt-1 text-sm text-slate-700">{t("return.hint")}</p>
          <ActionForm action={returnRankingAction} extra={{ snapshotId, version }}>
            <TextAreaField name="reason" label={t("return.reason")} required rows={3} maxLength={1000} />
            <div className="flex gap-2">
              <SubmitButton variant="danger">{t("return.submit")}</SubmitButton>
              <Button variant="secondary" onClick={() => setReturning(false)}>
                {t("return.cancel")}
              </Button>
            </div>
          </ActionForm>
        </section>
      )}
    </div>
  );
}

/** The public read-only page of the approved ranking, switched on or off. */
export function PublicToggle({ snapshotId, version, isPublic }: Snapshot & { isPublic: boolean }) {
  const t = useTranslations("ranking");
  return (
    <ConfirmButton
      action={setRankingPublicAction}
      input={{ snapshotId, version, isPublic: !isPublic }}
      label={isPublic ? t("public.turnOff") : t("public.turnOn")}
      title={isPublic ? t("public.turnOff") : t("public.turnOn")}
      confirmLabel={isPublic ? t("public.turnOff") : t("public.turnOn")}
      message={isPublic ? t("public.confirmOff") : t("public.confirmOn")}
      variant={isPublic ? "danger" : "primary"}
    />
  );
}
