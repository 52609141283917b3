import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { DateField } from "@/components/ui/date-field";
import { SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/fields";
import { confirmRotationAction } from "@/lib/blocs/actions";
import { yearHref } from "@/components/blocs/labels";

type Props = {
  blocId: string;
  kind: "KHOI" | "CUM";
  fromYear: number;
  members: { value: string; label: string }[];
  proposedLeaderId: string | null;
  proposedDeputyId: string | null;
};

/** Confirms next year's leader and deputy; a choice other than the proposal needs its reason and decision. */
export async function RotationConfirmForm({ blocId, kind, fromYear, members, proposedLeaderId, proposedDeputyId }: Props) {
  const t = await getTranslations("blocs");
  const hint = t("planner.overrideHint");
  return (
    <ActionForm action={confirmRotationAction} extra={{ blocId, fromYear }} redirectTo={yearHref(blocId, fromYear + 1)}>
      <p className="text-sm text-slate-600">{t("planner.nextYearMembers", { count: members.length, year: fromYear + 1 })}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="leaderUnitId"
          label={t(`leader.${kind}`)}
          required
          options={members}
          placeholder={t("year.none")}
          defaultValue={proposedLeaderId ?? ""}
        />
        <SelectField
          name="deputyUnitId"
          label={t(`deputy.${kind}`)}
          required
          options={members}
          placeholder={t("year.none")}
          defaultValue={proposedDeputyId ?? ""}
        />
        <TextAreaField name="reason" label={t("planner.reason")} hint={hint} className="sm:col-span-2" />
        <TextField name="decisionNo" label={t("planner.decisionNo")} hint={hint} />
        <DateField name="decisionDate" label={t("planner.decisionDate")} hint={hint} />
      </div>
      <SubmitButton>{t("planner.submit")}</SubmitButton>
    </ActionForm>
  );
}
