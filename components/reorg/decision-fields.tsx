"use client";

import { useTranslations } from "next-intl";
import { DateField } from "@/components/ui/date-field";
import { TextField } from "@/components/ui/fields";

/** The decision every reorganisation is made by: number, date, issuer and the day it takes effect. */
export function DecisionFields() {
  const t = useTranslations("reorg");
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <TextField name="decisionNo" label={t("decision.decisionNo")} hint={t("decision.decisionNoHint")} required maxLength={60} />
      <DateField name="decisionDate" label={t("decision.decisionDate")} required />
      <TextField name="decisionIssuer" label={t("decision.decisionIssuer")} hint={t("decision.decisionIssuerHint")} required maxLength={200} />
      <DateField name="effectiveDate" label={t("decision.effectiveDate")} required />
    </div>
  );
}
