import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { loadYearPage, yearPageTitle } from "@/lib/blocs/year-page";
import { criteriaCan } from "@/lib/criteria/policy";
import { criteriaTemplates, getCriteriaSetOfYear, previousCriteriaYear } from "@/lib/criteria/queries";
import { CriteriaView } from "@/components/criteria/criteria-view";

type Params = { params: Promise<{ id: string; year: string }> };

export async function generateMetadata({ params }: Params) {
  const t = await getTranslations("criteria");
  return { title: yearPageTitle(await loadYearPage(params), (year) => t("title", { year })) };
}

export default async function CriteriaPage({ params }: Params) {
  const page = await loadYearPage(params);
  if (!page) notFound();
  const { session, by } = page;
  const [set, previousYear, templates] = await Promise.all([
    getCriteriaSetOfYear(session, by.id),
    previousCriteriaYear(session, by.blocId, by.year),
    criteriaTemplates(session),
  ]);
  return <CriteriaView by={by} set={set} previousYear={previousYear} templates={templates} can={criteriaCan(session, page.year)} />;
}
