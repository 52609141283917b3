import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, SubmitButton } from "@/components/ui/fields";
import { setLeadershipAction } from "@/lib/blocs/actions";

type Option = { value: string; label: string };

export async function LeadershipForm(props: {
  blocYearId: string;
  kind: "KHOI" | "CUM";
  members: Option[];
  leaderUnitId: string | null;
  deputyUnitId: string | null;
}) {
  const t = await getTranslations("blocs");
  return (
    <ActionForm action={setLeadershipAction} extra={{ blocYearId: props.blocYearId }} successMessage={t("year.leadershipSaved", { kind: props.kind })}>
      <p className="text-sm text-slate-600">{t("year.leadershipHint")}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="leaderUnitId"
          label={t(`leader.${props.kind}`)}
          options={props.members}
          placeholder={t("year.none")}
          defaultValue={props.leaderUnitId ?? ""}
        />
        <SelectField
          name="deputyUnitId"
          label={t(`deputy.${props.kind}`)}
          options={props.members}
          placeholder={t("year.none")}
          defaultValue={props.deputyUnitId ?? ""}
        />
      </div>
      <SubmitButton>{t("year.leadershipSave", { kind: props.kind })}</SubmitButton>
    </ActionForm>
  );
}
