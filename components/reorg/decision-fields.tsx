"use client";

import { useTranslations } from "next-intl";
import { DateField } from "@/components/ui/date-field";
import { TextField } from "@/components/ui/fields";

/** The decision every reorganisation is made by: number, date, issuer and the day it takes effect. */
export function DecisionFields() {
  const t = useTranslations("reorg.decision");
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <TextField name="decisionNo" label={t("decisionNo")} hint={t("decisionNoHint")} required maxLength={60} />
      <DateField name="decisionDate" label={t("decisionDate")} required />
      <TextField name="decisionIssuer" label={t("decisionIssuer")} hint={t("decisionIssuerHint")} required maxLength={200} />
      <DateField name="effectiveDate" label={t("effectiveDate")} required />
    </div>
  );
}
