import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextField } from "@/components/ui/fields";
import { createUnitAction, updateUnitAction } from "@/lib/units/actions";

type Unit = {
  id: string;
  code: string;
  name: string;
  shortName: string;
  parentBody: string | null;
  place: string | null;
  symbol: string | null;
  headName: string | null;
  headTitle: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
};

export async function UnitForm({ unit }: { unit?: Unit }) {
  const t = await getTranslations("units");
  const tc = await getTranslations("common");
  const fields = (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField name="name" label={t("fields.name")} required defaultValue={unit?.name} className="sm:col-span-2" />
      <TextField name="shortName" label={t("fields.shortName")} required defaultValue={unit?.shortName} />
      <TextField name="code" label={t("fields.code")} hint={t("fields.codeHint")} required defaultValue={unit?.code} />
      <TextField
        name="parentBody"
        label={t("fields.parentBody")}
        hint={t("fields.parentBodyHint")}
        defaultValue={unit?.parentBody ?? ""}
        className="sm:col-span-2"
      />
      <TextField name="place" label={t("fields.place")} hint={t("fields.placeHint")} defaultValue={unit?.place ?? ""} />
      <TextField name="symbol" label={t("fields.symbol")} hint={t("fields.symbolHint")} defaultValue={unit?.symbol ?? ""} />
      <TextField name="headName" label={t("fields.headName")} defaultValue={unit?.headName ?? ""} />
      <TextField name="headTitle" label={t("fields.headTitle")} defaultValue={unit?.headTitle ?? ""} />
      <TextField name="phone" label={t("fields.phone")} type="tel" defaultValue={unit?.phone ?? ""} />
      <TextField name="email" label={t("fields.email")} type="email" defaultValue={unit?.email ?? ""} />
      <TextField name="address" label={t("fields.address")} defaultValue={unit?.address ?? ""} className="sm:col-span-2" />
    </div>
  );
  return unit ? (
    <ActionForm action={updateUnitAction} extra={{ id: unit.id }} successMessage={tc("saved")}>
      {fields}
      <SubmitButton>{tc("save")}</SubmitButton>
    </ActionForm>
  ) : (
    <ActionForm action={createUnitAction} redirectTo="/units/:id" sameNameWarning="units.errors.sameName">
      {fields}
      <SubmitButton>{t("new")}</SubmitButton>
    </ActionForm>
  );
}
