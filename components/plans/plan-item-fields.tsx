"use client";

import { useTranslations } from "next-intl";
import { DateField } from "@/components/ui/date-field";
import { SelectField, TextAreaField, TextField } from "@/components/ui/fields";

export type HostOption = { value: string; label: string };
/** Form values as the inputs take them: dates as yyyy-MM-dd, "" when empty. */
export type PlanItemValues = { title: string; startDate: string; endDate: string; hostUnitId: string; note: string };

export function PlanItemFields({ hosts, values }: { hosts: HostOption[]; values?: PlanItemValues }) {
  const t = useTranslations("plans");
  return (
    <>
      <TextField name="title" label={t("fields.title")} required defaultValue={values?.title ?? ""} maxLength={300} />
      <div className="grid gap-4 sm:grid-cols-3">
        <DateField name="startDate" label={t("fields.startDate")} defaultValue={values?.startDate} />
        <DateField name="endDate" label={t("fields.endDate")} defaultValue={values?.endDate} />
        <SelectField
          name="hostUnitId"
          label={t("fields.host")}
          hint={t("fields.hostHint")}
          options={hosts}
          placeholder={t("fields.hostPlaceholder")}
          defaultValue={values?.hostUnitId ?? ""}
        />
      </div>
      <TextAreaField name="note" label={t("fields.note")} rows={2} defaultValue={values?.note ?? ""} />
    </>
  );
}
