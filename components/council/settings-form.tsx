"use client";

import { useTranslations } from "next-intl";
import { updateCouncilSettingsAction } from "@/lib/council/actions";
import type { CouncilSettingsValues } from "@/lib/council/settings";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, SubmitButton, TextField } from "@/components/ui/fields";
import { NumberField } from "@/components/ui/number-field";

/** The council's name, its board, its place and time zone, as pages and documents print them; the upload quota. */
export function CouncilSettingsForm({ settings, timeZones }: { settings: CouncilSettingsValues; timeZones: string[] }) {
  const t = useTranslations("council");
  return (
    <ActionForm action={updateCouncilSettingsAction} successMessage={t("settings.saved")}>
      <div className="grid gap-3 md:grid-cols-2">
        <TextField
          name="councilName"
          label={t("settings.councilName")}
          hint={t("settings.councilNameHint")}
          required
          maxLength={300}
          defaultValue={settings.councilName}
        />
        <TextField name="boardName" label={t("settings.boardName")} required maxLength={300} defaultValue={settings.boardName} />
        <TextField name="place" label={t("settings.place")} hint={t("settings.placeHint")} required maxLength={100} defaultValue={settings.place} />
        <SelectField
          name="timeZone"
          label={t("settings.timeZone")}
          hint={t("settings.timeZoneHint")}
          required
          defaultValue={settings.timeZone}
          options={timeZones.map((z) => ({ value: z, label: z }))}
        />
        <NumberField
          name="uploadQuotaMb"
          label={t("uploadQuota.label")}
          hint={t("uploadQuota.hint")}
          required
          decimals={0}
          min={10}
          max={100_000}
          defaultValue={settings.uploadQuotaMb}
        />
      </div>
      <SubmitButton>{t("settings.save")}</SubmitButton>
    </ActionForm>
  );
}
