"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { DateField } from "@/components/ui/date-field";
import { SubmitButton, TextField } from "@/components/ui/fields";
import { Alert } from "@/components/ui/alert";
import { signPledgeAction } from "@/lib/pledges/actions";

type Props = { pledgeId: string; version: number; unitName: string; asHead: boolean; signerName: string; signerTitle: string; today: Date };

/**
 * A unit officer signs for their own unit. The head signs in person (byHead); any other officer
 * records the head's signature made on paper, on the head's behalf, with the day it was made.
 */
export function SignForm({ pledgeId, version, unitName, asHead, signerName, signerTitle, today }: Props) {
  const t = useTranslations("pledges");
  return (
    <ActionForm action={signPledgeAction} extra={{ pledgeId, version }}>
      <Alert tone="info">{asHead ? t("sign.asHead") : t("sign.asOfficer")}</Alert>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="signerName" label={t("fields.signerName")} required defaultValue={signerName} maxLength={120} />
        <TextField name="signerTitle" label={t("fields.signerTitle")} required defaultValue={signerTitle} maxLength={200} />
      </div>
      {!asHead && (
        <DateField name="signedOn" label={t("fields.signedOn")} hint={t("fields.signedOnHintOwn")} defaultValue={today} max={today} className="max-w-xs" />
      )}
      <p className="text-sm text-slate-700">
        {t("fields.unit")}: <span className="font-medium text-slate-900">{unitName}</span>
      </p>
      <SubmitButton>{t("sign.submit")}</SubmitButton>
    </ActionForm>
  );
}
