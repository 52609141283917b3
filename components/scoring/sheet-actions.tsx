"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { DateField } from "@/components/ui/date-field";
import { SelectField, SubmitButton, TextAreaField } from "@/components/ui/fields";
import type { BlocKind } from "@/lib/generated/prisma/enums";
import { assignReviewerAction, finishReviewAction, returnSheetAction } from "@/lib/scoring/actions";

/**
 * Board or leader: send a submitted sheet back to the unit, with the reason and until when it
 * may come back (blank: `defaultResubmitBy`, already worded as a date).
 */
export function ReturnForm({ sheetId, version, defaultResubmitBy }: { sheetId: string; version: number; defaultResubmitBy: string }) {
  const t = useTranslations("scoring");
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button variant="danger" onClick={() => setOpen(true)}>
        {t("return.button")}
      </Button>
    );
  }
  return (
    <ActionForm action={returnSheetAction} extra={{ sheetId, version }} className="w-full space-y-3 rounded-md border border-brand-600/40 bg-brand-50 p-4">
      <TextAreaField name="reason" label={t("return.reason")} required rows={3} maxLength={1000} />
      <DateField
        name="resubmitBy"
        label={t("return.resubmitBy")}
        hint={t("return.resubmitByHint", { default: defaultResubmitBy })}
        min={new Date()}
        className="max-w-xs"
      />
      <div className="flex gap-2">
        <SubmitButton variant="danger">{t("return.submit")}</SubmitButton>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {t("return.cancel")}
        </Button>
      </div>
    </ActionForm>
  );
}

/** Leader or board: which member unit reviews this sheet (blank: the leader). Never the unit itself. */
export function AssignReviewerForm({
  blocYearId,
  unitId,
  kind,
  current,
  units,
}: {
  blocYearId: string;
  unitId: string;
  kind: BlocKind;
  current: string | null;
  units: { id: string; name: string }[];
}) {
  const t = useTranslations("scoring");
  return (
    <ActionForm action={assignReviewerAction} extra={{ blocYearId, unitId }} className="flex items-end gap-2">
      <SelectField
        name="reviewerUnitId"
        label={t("dashboard.reviewer")}
        defaultValue={current ?? ""}
        options={[
          { value: "", label: t("dashboard.leaderReviews", { kind }) },
          ...units.filter((u) => u.id !== unitId).map((u) => ({ value: u.id, label: u.name })),
        ]}
      />
      <SubmitButton>{t("dashboard.assign")}</SubmitButton>
    </ActionForm>
  );
}

/** Reviewer or board: the review of this sheet is finished; the unit is told and may answer the reviewed scores. */
export function FinishReviewForm({ sheetId, version }: { sheetId: string; version: number }) {
  const t = useTranslations("scoring");
  return (
    <ConfirmButton
      action={finishReviewAction}
      input={{ sheetId, version }}
      label={t("finish.button")}
      title={t("finish.title")}
      message={t("finish.message")}
      confirmLabel={t("finish.confirm")}
      variant="primary"
    />
  );
}
