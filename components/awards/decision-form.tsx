"use client";

import { useTranslations } from "next-intl";
import { decideProposalAction } from "@/lib/awards/actions";
import { ActionForm } from "@/components/ui/action-form";
import { DateField } from "@/components/ui/date-field";
import { CheckboxField, FieldErrorText, SubmitButton, TextField } from "@/components/ui/fields";

type Nominee = { id: string; label: string };

/** The board records the council's decision: number, date, issuer, and the nominees granted the award. */
export function DecisionForm({ proposalId, version, nominees }: { proposalId: string; version: number; nominees: Nominee[] }) {
  const t = useTranslations("awards");
  return (
    <ActionForm action={decideProposalAction} extra={{ proposalId, version }} className="space-y-3">
      <p className="text-sm text-slate-600">{t("board.decision.hint")}</p>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField name="decisionNumber" label={t("board.decision.number")} required maxLength={60} />
        <DateField name="decisionDate" label={t("board.decision.date")} required />
        <TextField name="decisionIssuer" label={t("board.decision.issuer")} required maxLength={300} defaultValue={t("board.decision.issuerDefault")} />
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("board.decision.awarded")}</legend>
        <div className="mt-2 space-y-2">
          {nominees.map((n) => (
            <CheckboxField key={n.id} name="awarded[]" value={n.id} label={n.label} defaultChecked />
          ))}
        </div>
        <FieldErrorText name="awarded" />
      </fieldset>
      <SubmitButton>{t("board.decision.submit")}</SubmitButton>
    </ActionForm>
  );
}
