import { notFound } from "next/navigation";
import { canManageActivities } from "@/lib/activities/policy";
import { getActivity } from "@/lib/activities/queries";
import { listAttachments } from "@/lib/attachments/queries";
import { loadYearPage } from "@/lib/blocs/year-page";
import { ActivityView } from "@/components/activities/activity-view";

type Props = { params: Promise<{ id: string; year: string; activityId: string }> };

async function load(params: Props["params"]) {
  const { activityId } = await params;
  const page = await loadYearPage(params);
  const activity = page && (await getActivity(page.session, page.by.id, activityId));
  return page && activity && { ...page, activity };
}

export async function generateMetadata({ params }: Props) {
  return { title: (await load(params))?.activity.title };
}

export default async function ActivityPage({ params }: Props) {
  const loaded = await load(params);
  if (!loaded) notFound();
  const { session, by, year, activity } = loaded;
  const attachments = await listAttachments(session, "activity", activity.id);
  return <ActivityView by={by} activity={activity} attachments={attachments} can={{ manage: canManageActivities(session, year) }} />;
}
