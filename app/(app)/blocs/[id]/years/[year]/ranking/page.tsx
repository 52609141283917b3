import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { loadYearPage, yearPageTitle } from "@/lib/blocs/year-page";
import { canExportSheets } from "@/lib/exports/policy";
import { rankingCan } from "@/lib/ranking/policy";
import { getRankingPage } from "@/lib/ranking/queries";
import { regulationInForce } from "@/lib/regulations/queries";
import { RankingView } from "@/components/ranking/ranking-view";

type Params = { params: Promise<{ id: string; year: string }> };

export async function generateMetadata({ params }: Params) {
  const t = await getTranslations("ranking");
  return { title: yearPageTitle(await loadYearPage(params), (year) => t("title", { year })) };
}

export default async function RankingPage({ params }: Params) {
  const page = await loadYearPage(params);
  if (!page) notFound();
  const { session, year } = page;
  const ranking = await getRankingPage(session, year);
  const can = ranking && { ...rankingCan(session, year, ranking.facts), exportSheets: canExportSheets(session, year, ranking.facts.status) };
  return <RankingView by={page.by} ranking={ranking} can={can} regulation={await regulationInForce(session, page.by.blocId)} />;
}
