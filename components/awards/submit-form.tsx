"use client";

import { useTranslations } from "next-intl";
import { submitProposalAction } from "@/lib/awards/actions";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextField } from "@/components/ui/fields";

/** The leader sends the proposal to the board; the quotas and gates are checked again on the server. */
export function SubmitProposalForm({ proposalId, version, number }: { proposalId: string; version: number; number: string | null }) {
  const t = useTranslations("awards");
  return (
    <ActionForm action={submitProposalAction} extra={{ proposalId, version }} className="space-y-3">
      <p className="text-sm text-slate-600">{t("proposal.submit.hint")}</p>
      <TextField name="number" label={t("proposal.number")} maxLength={60} defaultValue={number ?? ""} className="max-w-xs" />
      <SubmitButton>{t("proposal.submit.button")}</SubmitButton>
    </ActionForm>
  );
}
