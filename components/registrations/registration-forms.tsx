"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { DateTimeField } from "@/components/ui/date-field";
import { SubmitButton, TextField } from "@/components/ui/fields";
import { Alert } from "@/components/ui/alert";
import { returnRegistrationAction, setRegistrationDeadlineAction, submitRegistrationAction } from "@/lib/registrations/actions";

/** The head submits in person; any other officer names the head who approved (as a sheet's submission). */
export function SubmitRegistrationForm({ blocYearId, version, asHead }: { blocYearId: string; version: number; asHead: boolean }) {
  const t = useTranslations("registrations");
  return (
    <ActionForm action={submitRegistrationAction} extra={{ blocYearId, version }} successMessage={t("own.submitted")}>
      {!asHead && (
        <TextField name="headApprovedBy" label={t("own.headApprovedBy")} hint={t("own.headApprovedByHint")} required maxLength={120} className="max-w-md" />
      )}
      <SubmitButton>{asHead ? t("own.submitAsHead") : t("own.submit")}</SubmitButton>
    </ActionForm>
  );
}

/** Opening the registration, or moving its deadline: the leader unit or the board. */
export function DeadlineForm({ blocYearId, dueAt }: { blocYearId: string; dueAt: Date | null }) {
  const t = useTranslations("registrations");
  return (
    <ActionForm action={setRegistrationDeadlineAction} extra={{ blocYearId }} successMessage={t("deadline.saved")} className="flex flex-wrap items-end gap-3">
      <DateTimeField name="dueAt" label={t("deadline.field")} required defaultValue={dueAt ?? undefined} />
      <SubmitButton>{t("deadline.set")}</SubmitButton>
    </ActionForm>
  );
}

/** Returning a submitted registration to its unit, with the reason it is told. */
export function ReturnRegistrationForm({ registrationId, version, unitName }: { registrationId: string; version: number; unitName: string }) {
  const t = useTranslations("registrations");
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-sky-800">{t("progress.return")}</summary>
      <ActionForm action={returnRegistrationAction} extra={{ registrationId, version }} successMessage={t("progress.returned")} className="mt-2 space-y-2">
        <Alert tone="info">{`${t("progress.returnTitle")}: ${unitName}`}</Alert>
        <TextField name="reason" label={t("progress.returnReason")} required maxLength={1000} />
        <SubmitButton variant="danger">{t("progress.return")}</SubmitButton>
      </ActionForm>
    </details>
  );
}
