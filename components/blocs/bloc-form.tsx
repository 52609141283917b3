import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { DateField } from "@/components/ui/date-field";
import { SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/fields";
import { createBlocAction, updateBlocAction } from "@/lib/blocs/actions";

type Bloc = {
  id: string;
  code: string;
  name: string;
  kind: "KHOI" | "CUM";
  decisionNo: string | null;
  decisionDate: Date | null;
  decisionIssuer: string | null;
  description: string | null;
  symbol: string | null;
  awardBody: string | null;
};

export async function BlocForm({ bloc }: { bloc?: Bloc }) {
  const t = await getTranslations("blocs");
  const tc = await getTranslations("common");
  const fields = (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField name="name" label={t("fields.name")} required defaultValue={bloc?.name} className="sm:col-span-2" />
      <TextField name="code" label={t("fields.code")} hint={t("fields.codeHint")} required defaultValue={bloc?.code} />
      <SelectField
        name="kind"
        label={t("fields.kind")}
        required
        defaultValue={bloc?.kind ?? ""}
        placeholder={t("fields.kindPlaceholder")}
        options={[
          { value: "KHOI", label: t("kind.KHOI") },
          { value: "CUM", label: t("kind.CUM") },
        ]}
      />
      <TextField name="decisionNo" label={t("fields.decisionNo")} defaultValue={bloc?.decisionNo ?? ""} />
      <DateField name="decisionDate" label={t("fields.decisionDate")} defaultValue={bloc?.decisionDate} />
      <TextField name="decisionIssuer" label={t("fields.decisionIssuer")} defaultValue={bloc?.decisionIssuer ?? ""} className="sm:col-span-2" />
      <TextField name="symbol" label={t("fields.symbol")} hint={t("fields.symbolHint")} defaultValue={bloc?.symbol ?? ""} />
      <TextField name="awardBody" label={t("fields.awardBody")} hint={t("fields.awardBodyHint")} defaultValue={bloc?.awardBody ?? ""} />
      <TextAreaField name="description" label={t("fields.description")} defaultValue={bloc?.description ?? ""} className="sm:col-span-2" />
    </div>
  );
  return bloc ? (
    <ActionForm action={updateBlocAction} extra={{ id: bloc.id }} successMessage={tc("saved")}>
      {fields}
      <SubmitButton>{tc("save")}</SubmitButton>
    </ActionForm>
  ) : (
    <ActionForm action={createBlocAction} redirectTo="/blocs/:id" sameNameWarning="blocs.errors.sameName">
      {fields}
      <SubmitButton>{t("create")}</SubmitButton>
    </ActionForm>
  );
}
