import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { loadYearPage, yearPageTitle } from "@/lib/blocs/year-page";
import { reportsCan } from "@/lib/reports/policy";
import { conferencesForReports, reportsOfYear } from "@/lib/reports/queries";
import { ReportsView } from "@/components/reports/reports-view";

type Params = { params: Promise<{ id: string; year: string }> };

export async function generateMetadata({ params }: Params) {
  const t = await getTranslations("reports");
  return { title: yearPageTitle(await loadYearPage(params), (year) => t("pageTitle", { year })) };
}

export default async function ReportsPage({ params }: Params) {
  const page = await loadYearPage(params);
  if (!page) notFound();
  const { session, by, year } = page;
  const [rounds, conferences] = await Promise.all([reportsOfYear(session, year), conferencesForReports(session, year)]);
  return <ReportsView by={by} rounds={rounds} conferences={conferences} can={reportsCan(session, year)} />;
}
