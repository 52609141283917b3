import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { loadYearPage, yearPageTitle } from "@/lib/blocs/year-page";
import { awardsCan } from "@/lib/awards/policy";
import { getAwardsOfYear } from "@/lib/awards/queries";
import { regulationInForce } from "@/lib/regulations/queries";
import { AwardsView } from "@/components/awards/awards-view";

type Params = { params: Promise<{ id: string; year: string }> };

export async function generateMetadata({ params }: Params) {
  const t = await getTranslations("awards");
  return { title: yearPageTitle(await loadYearPage(params), (year) => t("title", { year })) };
}

export default async function AwardsPage({ params }: Params) {
  const page = await loadYearPage(params);
  const awards = page && (await getAwardsOfYear(page.session, page.by.id));
  if (!page || !awards) notFound();
  const { proposal } = awards;
  const facts = { approved: !!awards.ranking, status: proposal?.status ?? null, nomineeUnitIds: proposal?.nominees.map((n) => n.unitId) ?? [] };
  const regulation = await regulationInForce(page.session, page.by.blocId);
  return <AwardsView by={page.by} awards={awards} can={awardsCan(page.session, page.year, facts)} regulation={regulation} />;
}
