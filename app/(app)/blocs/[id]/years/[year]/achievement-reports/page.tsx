import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { loadYearPage, yearPageTitle } from "@/lib/blocs/year-page";
import { achievementReportPage } from "@/lib/achievement-reports/queries";
import { AchievementReportView } from "@/components/achievement-reports/report-view";

type Params = { params: Promise<{ id: string; year: string }> };

export async function generateMetadata({ params }: Params) {
  const t = await getTranslations("achievementReports");
  return { title: yearPageTitle(await loadYearPage(params), (year) => t("pageTitle", { year })) };
}

export default async function AchievementReportsPage({ params }: Params) {
  const page = await loadYearPage(params);
  const data = page && (await achievementReportPage(page.session, page.year));
  if (!page || !data) notFound();
  return <AchievementReportView by={page.by} page={data} />;
}
