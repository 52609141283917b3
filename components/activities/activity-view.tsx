import { getTranslations } from "next-intl/server";
import { deleteActivityAction } from "@/lib/activities/actions";
import type { getActivity } from "@/lib/activities/queries";
import type { listAttachments } from "@/lib/attachments/queries";
import type { BlocYearRow } from "@/lib/blocs/year-page";
import { formatDate, sortByVi } from "@/lib/format/vi";
import { Badge, Card, DescriptionList } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { YearPageHeader } from "@/components/blocs/year-page-header";
import { ActivityForm } from "@/components/activities/activity-form";
import { activitiesHref, activityKindTone } from "@/components/activities/labels";
import { AttachmentsCard } from "@/components/attachments/attachments-card";

type Props = {
  by: BlocYearRow;
  activity: NonNullable<Awaited<ReturnType<typeof getActivity>>>;
  attachments: Awaited<ReturnType<typeof listAttachments>>;
  can: { manage: boolean };
};

/** One activity: its facts, participants and files, edited or deleted by whoever manages the year's activities. */
export async function ActivityView({ by, activity, attachments, can }: Props) {
  const t = await getTranslations();
  const participants = sortByVi(
    activity.participants.map((p) => p.unit),
    (u) => u.name,
  );
  const base = activitiesHref(by.blocId, by.year);
  return (
    <>
      <YearPageHeader
        bloc={{ id: by.blocId, name: by.bloc.name }}
        year={by.year}
        active="activities"
        crumb={activity.title}
        section={{ label: t("blocs.tabs.activities"), href: base }}
        title={activity.title}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={activityKindTone[activity.kind]}>{t(`activities.kind.${activity.kind}`)}</Badge>
            <span>{formatDate(activity.date)}</span>
          </span>
        }
        actions={
          can.manage && (
            <ConfirmButton
              action={deleteActivityAction}
              input={{ activityId: activity.id }}
              label={t("activities.delete")}
              title={t("activities.deleteTitle")}
              message={t("activities.deleteConfirm")}
              confirmLabel={t("activities.delete")}
              redirectTo={base}
            />
          )
        }
      />
      <div className="space-y-4">
        <Card title={t("activities.info")}>
          <div className="space-y-4">
            <DescriptionList
              items={[
                { label: t("activities.fields.kind"), value: t(`activities.kind.${activity.kind}`) },
                { label: t("activities.fields.date"), value: formatDate(activity.date) },
                { label: t("activities.fields.host"), value: activity.host?.name },
                { label: t("activities.fields.participants"), value: participants.length ? participants.map((u) => u.name).join("; ") : null },
              ]}
            />
            <div>
              <h3 className="text-xs font-medium uppercase tracking-wide text-slate-600">{t("activities.fields.description")}</h3>
              <p className="mt-0.5 whitespace-pre-line text-sm text-slate-900">{activity.description || t("common.none")}</p>
            </div>
            {can.manage && (
              <details className="border-t border-slate-200 pt-4">
                <summary className="cursor-pointer text-sm font-medium text-sky-800">{t("activities.edit")}</summary>
                <div className="mt-4">
                  <ActivityForm
                    mode="update"
                    activity={{ ...activity, participantIds: activity.participants.map((p) => p.unitId) }}
                    members={sortByVi(
                      by.members.map((m) => ({ value: m.unit.id, label: m.unit.name })),
                      (o) => o.label,
                    )}
                  />
                </div>
              </details>
            )}
          </div>
        </Card>
        <AttachmentsCard ownerType="activity" ownerId={activity.id} attachments={attachments} manage={can.manage} />
      </div>
    </>
  );
}
