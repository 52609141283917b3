import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxList } from "@/components/ui/checkbox-list";
import { DateField } from "@/components/ui/date-field";
import { FieldErrorText, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/fields";
import { createActivityAction, updateActivityAction } from "@/lib/activities/actions";
import { ACTIVITY_KINDS } from "@/lib/activities/schemas";

type Option = { value: string; label: string };

type Activity = {
  id: string;
  kind: (typeof ACTIVITY_KINDS)[number];
  title: string;
  date: Date;
  hostUnitId: string | null;
  description: string | null;
  participantIds: string[];
};

type Props =
  | { mode: "create"; blocYearId: string; members: Option[]; leaderUnitId: string | null; redirectTo: string }
  | { mode: "update"; activity: Activity; members: Option[] };

/** An exchange in sport, culture or publicity: host and participants are chosen among the members. */
export async function ActivityForm(props: Props) {
  const t = await getTranslations("activities");
  const a = props.mode === "update" ? props.activity : null;
  const form =
    props.mode === "create"
      ? { action: createActivityAction, extra: { blocYearId: props.blocYearId }, redirectTo: props.redirectTo }
      : { action: updateActivityAction, extra: { activityId: props.activity.id }, successMessage: t("saved") };
  return (
    <ActionForm {...form}>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="kind"
          label={t("fields.kind")}
          required
          defaultValue={a?.kind ?? "SPORT"}
          options={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        />
        <DateField name="date" label={t("fields.date")} required defaultValue={a?.date} />
      </div>
      <TextField name="title" label={t("fields.title")} required defaultValue={a?.title ?? ""} />
      <SelectField
        name="hostUnitId"
        label={t("fields.host")}
        options={props.members}
        placeholder={t("fields.none")}
        defaultValue={a ? (a.hostUnitId ?? "") : props.mode === "create" ? (props.leaderUnitId ?? "") : ""}
        className="max-w-xl"
      />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("fields.participants")}</legend>
        <p className="text-xs text-slate-600">{t("fields.participantsHint")}</p>
        {props.members.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{t("noMembers")}</p>
        ) : (
          <CheckboxList name="participantIds" options={props.members} defaultSelected={a?.participantIds ?? []} />
        )}
        <FieldErrorText name="participantIds" />
      </fieldset>
      <TextAreaField name="description" label={t("fields.description")} rows={5} defaultValue={a?.description ?? ""} />
      <SubmitButton>{props.mode === "create" ? t("create") : t("save")}</SubmitButton>
    </ActionForm>
  );
}
