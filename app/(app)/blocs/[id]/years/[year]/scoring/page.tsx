import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { loadYearPage, yearPageTitle } from "@/lib/blocs/year-page";
import { scoringCan } from "@/lib/scoring/policy";
import { getDashboard } from "@/lib/scoring/queries";
import { ScoringView } from "@/components/scoring/scoring-view";

type Params = { params: Promise<{ id: string; year: string }> };

export async function generateMetadata({ params }: Params) {
  const t = await getTranslations("scoring");
  return { title: yearPageTitle(await loadYearPage(params), (year) => t("title", { year })) };
}

export default async function ScoringPage({ params }: Params) {
  const page = await loadYearPage(params);
  if (!page) notFound();
  const { session, year } = page;
  return <ScoringView by={page.by} dash={await getDashboard(session, year)} can={scoringCan(session, year)} />;
}
