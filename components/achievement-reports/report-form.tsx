"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextAreaField } from "@/components/ui/fields";
import { saveAchievementReportAction } from "@/lib/achievement-reports/actions";
import { REPORT_FIELDS, type ReportTexts } from "@/lib/achievement-reports/facts";
import { REPORT_TEXT_MAX } from "@/lib/achievement-reports/schemas";

type Props = { blocYearId: string; version: number; texts: ReportTexts };

/** The unit's own parts of the report (sections I and II), one text area each. */
export function AchievementReportForm({ blocYearId, version, texts }: Props) {
  const t = useTranslations("achievementReports");
  return (
    <ActionForm action={saveAchievementReportAction} extra={{ blocYearId, version }} successMessage={t("own.saved")}>
      <div className="space-y-3">
        {REPORT_FIELDS.map((field) => (
          <TextAreaField
            key={field}
            name={field}
            label={t(`fields.${field}`)}
            defaultValue={texts[field]}
            rows={field === "results" ? 8 : 4}
            maxLength={REPORT_TEXT_MAX}
          />
        ))}
        <SubmitButton>{t("own.save")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
