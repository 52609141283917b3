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
  const t = useTranslations("reorg");
  const [successor, setSuccessor] = useState("");
  return (
    <ActionForm action={mergeUnitsAction} resetOnSuccess successMessage={t("merge.saved")}>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("merge.units")}</legend>
        <p className="text-xs text-slate-600">{t("merge.unitsHint")}</p>
        <CheckboxList name="unitIds" options={units.map((u) => ({ value: u.id, label: u.name }))} defaultSelected={[]} />
      </fieldset>
      <SelectField
        name="successorId"
        label={t("merge.successor")}
        hint={t("merge.successorHint")}
        options={options(units)}
        placeholder={t("merge.successorNew")}
        value={successor}
        onChange={(e) => setSuccessor(e.target.value)}
      />
      {successor === "" && (
        <div className="grid gap-3 sm:grid-cols-[10rem_1fr_14rem]">
          <TextField name="newCode" label={t("merge.newCode")} hint={t("merge.newHint")} maxLength={30} />
          <TextField name="newName" label={t("merge.newName")} maxLength={200} />
          <TextField name="newShortName" label={t("merge.newShortName")} maxLength={60} />
        </div>
      )}
      <DecisionFields />
      <SubmitButton>{t("merge.submit")}</SubmitButton>
    </ActionForm>
  );
}

export function RenameForm({ units }: { units: UnitOption[] }) {
  const t = useTranslations("reorg");
  return (
    <ActionForm action={renameUnitAction} resetOnSuccess successMessage={t("rename.saved")}>
      <SelectField name="unitId" label={t("rename.unit")} required options={options(units)} placeholder={t("pickUnit")} />
      <div className="grid gap-3 sm:grid-cols-[1fr_14rem]">
        <TextField name="name" label={t("rename.name")} required maxLength={200} />
        <TextField name="shortName" label={t("rename.shortName")} required maxLength={60} />
      </div>
      <DecisionFields />
      <SubmitButton>{t("rename.submit")}</SubmitButton>
    </ActionForm>
  );
}

export function DissolveForm({ units }: { units: UnitOption[] }) {
  const t = useTranslations("reorg");
  return (
    <ActionForm action={dissolveUnitAction} resetOnSuccess successMessage={t("dissolve.saved")}>
      <SelectField name="unitId" label={t("dissolve.unit")} required options={options(units)} placeholder={t("pickUnit")} />
      <DecisionFields />
      <SubmitButton variant="danger">{t("dissolve.submit")}</SubmitButton>
    </ActionForm>
  );
}
