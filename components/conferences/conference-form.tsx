import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { DateTimeField } from "@/components/ui/date-field";
import { SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/fields";
import { createConferenceAction, updateConferenceAction } from "@/lib/conferences/actions";
import { CONFERENCE_KINDS } from "@/lib/conferences/schemas";

type Option = { value: string; label: string };

type Conference = {
  id: string;
  kind: (typeof CONFERENCE_KINDS)[number];
  title: string;
  date: Date;
  venue: string | null;
  hostUnitId: string | null;
  chairName: string | null;
  chairTitle: string | null;
  secretaryName: string | null;
  secretaryTitle: string | null;
  endedAt: Date | null;
  agenda: string | null;
};

type Props =
  | { mode: "create"; blocYearId: string; members: Option[]; leaderUnitId: string | null; redirectTo: string }
  | { mode: "update"; conference: Conference; members: Option[] };

/** The conference's main facts; a new conference is hosted by the year's leader unless changed. */
export async function ConferenceForm(props: Props) {
  const t = await getTranslations("conferences");
  const c = props.mode === "update" ? props.conference : null;
  const form =
    props.mode === "create"
      ? { action: createConferenceAction, extra: { blocYearId: props.blocYearId }, redirectTo: props.redirectTo }
      : { action: updateConferenceAction, extra: { conferenceId: props.conference.id }, successMessage: t("saved") };
  return (
    <ActionForm {...form}>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="kind"
          label={t("fields.kind")}
          required
          defaultValue={c?.kind ?? "SIGNING"}
          options={CONFERENCE_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        />
        <DateTimeField name="date" label={t("fields.date")} required defaultValue={c?.date} />
      </div>
      <TextField name="title" label={t("fields.title")} required defaultValue={c?.title ?? ""} placeholder={t("fields.titlePlaceholder")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="venue" label={t("fields.venue")} defaultValue={c?.venue ?? ""} />
        <SelectField
          name="hostUnitId"
          label={t("fields.host")}
          hint={t("fields.hostHint")}
          options={props.members}
          placeholder={t("fields.none")}
          defaultValue={c ? (c.hostUnitId ?? "") : props.mode === "create" ? (props.leaderUnitId ?? "") : ""}
        />
        <TextField name="chairName" label={t("fields.chairName")} defaultValue={c?.chairName ?? ""} />
        <TextField name="chairTitle" label={t("fields.chairTitle")} defaultValue={c?.chairTitle ?? ""} />
        <TextField name="secretaryName" label={t("fields.secretaryName")} defaultValue={c?.secretaryName ?? ""} />
        <TextField name="secretaryTitle" label={t("fields.secretaryTitle")} defaultValue={c?.secretaryTitle ?? ""} />
        <DateTimeField name="endedAt" label={t("fields.endedAt")} hint={t("fields.endedAtHint")} defaultValue={c?.endedAt ?? undefined} />
      </div>
      <TextAreaField name="agenda" label={t("fields.agenda")} rows={5} defaultValue={c?.agenda ?? ""} hint={t("fields.agendaHint")} />
      <SubmitButton>{props.mode === "create" ? t("create") : t("save")}</SubmitButton>
    </ActionForm>
  );
}
