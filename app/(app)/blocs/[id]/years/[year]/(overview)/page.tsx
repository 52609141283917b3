import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { blocYearCan } from "@/lib/blocs/policy";
import { memberChoices } from "@/lib/blocs/queries";
import { loadYearPage } from "@/lib/blocs/year-page";
import { YearOverview } from "@/components/blocs/year-overview";

type Params = { params: Promise<{ id: string; year: string }> };

export async function generateMetadata({ params }: Params) {
  const page = await loadYearPage(params);
  const t = await getTranslations("blocs");
  return { title: page ? t("year.title", { bloc: page.by.bloc.name, year: page.by.year }) : undefined };
}

export default async function BlocYearPage({ params }: Params) {
  const page = await loadYearPage(params);
  if (!page) notFound();
  const { session, by, role } = page;
  return <YearOverview by={by} role={role} choices={await memberChoices(session, by)} can={blocYearCan(session, by.blocId)} />;
}
