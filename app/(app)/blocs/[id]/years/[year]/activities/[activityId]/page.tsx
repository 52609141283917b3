import { notFound } from "next/navigation";
import { loadYearPage } from "@/lib/blocs/year-page";
import { getTranslations } from "next-intl/server";
import { deleteActivityAction } from "@/lib/activities/actions";
import { canManageActivities } from "@/lib/activities/policy";
import { getActivity } from "@/lib/activities/queries";
import { listAttachments } from "@/lib/attachments/queries";
import { formatDate, sortByVi } from "@/lib/format/vi";
import { Badge, Card, DescriptionList } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { YearPageHeader } from "@/components/blocs/year-page-header";
import { ActivityForm } from "@/components/activities/activity-form";
import { activitiesHref, activityKindTone } from "@/components/activities/labels";
import { AttachmentsCard } from "@/components/attachments/attachments-card";

type Props = { params: Promise<{ id: string; year: string; activityId: string }> };

async function load(params: Props["params"]) {
  const { activityId } = await params;
  const { session, by } = await loadYearPage(params);
  const activity = by ? await getActivity(session, by.id, activityId) : null;
  return { session, by, activity };
}

export async function generateMetadata({ params }: Props) {
  const { activity } = await load(params);
  return { title: activity?.title };
}

export default async function ActivityPage({ params }: Props) {
  const { session, by, activity } = await load(params);
  if (!by || !activity) notFound();
  const t = await getTranslations();
  const manage = canManageActivities(session, {
    blocId: by.blocId,
    leaderUnitId: by.leaderUnitId,
    deputyUnitId: by.deputyUnitId,
    memberUnitIds: by.members.map((m) => m.unitId),
  });
  const participants = sortByVi(
    activity.participants.map((p) => p.unit),
    (u) => u.name,
  );
  const attachments = await listAttachments(session, "activity", activity.id);
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
          manage && (
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
            {manage && (
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
        <AttachmentsCard ownerType="activity" ownerId={activity.id} attachments={attachments} manage={manage} />
      </div>
    </>
  );
}
