"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { dissolveUnitAction, mergeUnitsAction, renameUnitAction } from "@/lib/reorg/actions";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxList } from "@/components/ui/checkbox-list";
import { SelectField, SubmitButton, TextField } from "@/components/ui/fields";
import { DecisionFields } from "@/components/reorg/decision-fields";

export type UnitOption = { id: string; name: string; code: string };

const options = (units: UnitOption[]) => units.map((u) => ({ value: u.id, label: `${u.name} (${u.code})` }));

export function MergeForm({ units }: { units: UnitOption[] }) {
  const t = useTranslations("reorg.merge");
  const [successor, setSuccessor] = useState("");
  return (
    <ActionForm action={mergeUnitsAction} resetOnSuccess successMessage={t("saved")}>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("units")}</legend>
        <p className="text-xs text-slate-600">{t("unitsHint")}</p>
        <CheckboxList name="unitIds" options={units.map((u) => ({ value: u.id, label: u.name }))} defaultSelected={[]} />
      </fieldset>
      <SelectField
        name="successorId"
        label={t("successor")}
        hint={t("successorHint")}
        options={options(units)}
        placeholder={t("successorNew")}
        value={successor}
        onChange={(e) => setSuccessor(e.target.value)}
      />
      {successor === "" && (
        <div className="grid gap-3 sm:grid-cols-[10rem_1fr_14rem]">
          <TextField name="newCode" label={t("newCode")} hint={t("newHint")} maxLength={30} />
          <TextField name="newName" label={t("newName")} maxLength={200} />
          <TextField name="newShortName" label={t("newShortName")} maxLength={60} />
        </div>
      )}
      <DecisionFields />
      <SubmitButton>{t("submit")}</SubmitButton>
    </ActionForm>
  );
}

export function RenameForm({ units }: { units: UnitOption[] }) {
  const t = useTranslations("reorg.rename");
  const tr = useTranslations("reorg");
  return (
    <ActionForm action={renameUnitAction} resetOnSuccess successMessage={t("saved")}>
      <SelectField name="unitId" label={t("unit")} required options={options(units)} placeholder={tr("pickUnit")} />
      <div className="grid gap-3 sm:grid-cols-[1fr_14rem]">
        <TextField name="name" label={t("name")} required maxLength={200} />
        <TextField name="shortName" label={t("shortName")} required maxLength={60} />
      </div>
      <DecisionFields />
      <SubmitButton>{t("submit")}</SubmitButton>
    </ActionForm>
  );
}

export function DissolveForm({ units }: { units: UnitOption[] }) {
  const t = useTranslations("reorg.dissolve");
  const tr = useTranslations("reorg");
  return (
    <ActionForm action={dissolveUnitAction} resetOnSuccess successMessage={t("saved")}>
      <SelectField name="unitId" label={t("unit")} required options={options(units)} placeholder={tr("pickUnit")} />
      <DecisionFields />
      <SubmitButton variant="danger">{t("submit")}</SubmitButton>
    </ActionForm>
  );
}
