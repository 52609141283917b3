"use client";

import { useTranslations } from "next-intl";
import { updateDocumentIssuersAction } from "@/lib/council/actions";
import { ISSUED_KINDS, ISSUER_STYLES, type IssuerStyle } from "@/lib/council/document-issuers";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, SubmitButton } from "@/components/ui/fields";

/** Who heads each kind of document a bloc issues (the council's practice). */
export function DocumentIssuersForm({ values }: { values: Record<(typeof ISSUED_KINDS)[number], IssuerStyle> }) {
  const t = useTranslations("council");
  const options = ISSUER_STYLES.map((s) => ({ value: s, label: t(`issuers.styles.${s}`) }));
  return (
    <ActionForm action={updateDocumentIssuersAction} successMessage={t("issuers.saved")}>
      <div className="grid gap-3 md:grid-cols-2">
        {ISSUED_KINDS.map((k) => (
          <SelectField key={k} name={k} label={t(`issuers.kinds.${k}`)} required defaultValue={values[k]} options={options} />
        ))}
      </div>
      <SubmitButton>{t("issuers.save")}</SubmitButton>
    </ActionForm>
  );
}
