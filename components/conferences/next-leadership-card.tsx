import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { Card, DescriptionList } from "@/components/ui/card";
import { SelectField, SubmitButton } from "@/components/ui/fields";
import { setNextLeadershipAction } from "@/lib/conferences/actions";

type Option = { value: string; label: string };

type Props = {
  conferenceId: string;
  blocId: string;
  year: number;
  kind: "KHOI" | "CUM";
  members: Option[];
  nextLeaderUnitId: string | null;
  nextDeputyUnitId: string | null;
  manage: boolean;
  canConfirm: boolean;
};

/**
 * A year-end conference agrees next year's leader and deputy; the agreement is a record only.
 * The board confirms it in the rotation planner, which makes it next year's leadership.
 */
export async function NextLeadershipCard(props: Props) {
  const t = await getTranslations();
  const name = (id: string | null) => (id ? (props.members.find((m) => m.value === id)?.label ?? t("conferences.nextLeadership.unknownUnit")) : null);
  const next = props.year + 1;
  return (
    <Card title={t("conferences.nextLeadership.title", { year: next })}>
      <div className="space-y-4">
        <p className="text-sm text-slate-600">{t("conferences.nextLeadership.hint", { year: next })}</p>
        <DescriptionList
          items={[
            { label: t(`blocs.leader.${props.kind}`), value: name(props.nextLeaderUnitId) ?? t("conferences.nextLeadership.notAgreed") },
            { label: t(`blocs.deputy.${props.kind}`), value: name(props.nextDeputyUnitId) ?? t("conferences.nextLeadership.notAgreed") },
          ]}
        />
        {props.manage && (
          <ActionForm action={setNextLeadershipAction} extra={{ conferenceId: props.conferenceId }} successMessage={t("conferences.nextLeadership.saved")}>
            <div className="grid gap-4 sm:grid-cols-2">
              <SelectField
                name="nextLeaderUnitId"
                label={t(`blocs.leader.${props.kind}`)}
                options={props.members}
                placeholder={t("conferences.fields.none")}
                defaultValue={props.nextLeaderUnitId ?? ""}
              />
              <SelectField
                name="nextDeputyUnitId"
                label={t(`blocs.deputy.${props.kind}`)}
                options={props.members}
                placeholder={t("conferences.fields.none")}
                defaultValue={props.nextDeputyUnitId ?? ""}
              />
            </div>
            <SubmitButton>{t("conferences.nextLeadership.save")}</SubmitButton>
          </ActionForm>
        )}
        {props.canConfirm ? (
          <Link href={`/blocs/${props.blocId}/rotation?from=${props.year}`} className="inline-block text-sm font-medium text-sky-800 hover:underline">
            {t("conferences.nextLeadership.plannerLink", { year: next })}
          </Link>
        ) : (
          <p className="text-sm text-slate-600">{t("conferences.nextLeadership.boardConfirms")}</p>
        )}
      </div>
    </Card>
  );
}
