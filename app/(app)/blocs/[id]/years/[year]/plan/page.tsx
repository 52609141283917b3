import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { loadYearPage, yearPageTitle } from "@/lib/blocs/year-page";
import { planCan } from "@/lib/plans/policy";
import { listPlanItems } from "@/lib/plans/queries";
import { PlanView } from "@/components/plans/plan-view";

type Params = { params: Promise<{ id: string; year: string }> };

export async function generateMetadata({ params }: Params) {
  const t = await getTranslations("plans");
  return { title: yearPageTitle(await loadYearPage(params), (year) => t("title", { year })) };
}

export default async function PlanPage({ params }: Params) {
  const page = await loadYearPage(params);
  if (!page) notFound();
  const { session, by } = page;
  return <PlanView by={by} items={await listPlanItems(session, by.id)} can={planCan(session, page.year)} />;
}
