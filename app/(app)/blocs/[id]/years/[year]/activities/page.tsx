import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { canManageActivities } from "@/lib/activities/policy";
import { listActivities } from "@/lib/activities/queries";
import { loadYearPage } from "@/lib/blocs/year-page";
import { parseTableQuery } from "@/components/ui/data-table";
import { ActivitiesView } from "@/components/activities/activities-view";

type Props = { params: Promise<{ id: string; year: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const page = await loadYearPage(params);
  const t = await getTranslations("activities");
  return { title: page ? t("listTitle", { year: page.by.year }) : undefined };
}

export default async function ActivitiesPage({ params, searchParams }: Props) {
  const page = await loadYearPage(params);
  if (!page) notFound();
  const { session, by, year } = page;
  const activities = await listActivities(session, by.id);
  return <ActivitiesView by={by} activities={activities} query={parseTableQuery(await searchParams)} can={{ manage: canManageActivities(session, year) }} />;
}
