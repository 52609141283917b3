import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { loadYearPage, yearPageTitle } from "@/lib/blocs/year-page";
import { sortByVi } from "@/lib/format/vi";
import { pledgeCan } from "@/lib/pledges/policy";
import { getPledgeOfYear, membersWithHeads, previousPledgeYear, yearConferences } from "@/lib/pledges/queries";
import { PledgeView } from "@/components/pledges/pledge-view";

type Params = { params: Promise<{ id: string; year: string }> };
// ?conference=<id>: the conference page's "sign at this conference" link preselects it.
type Props = Params & { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Params) {
  const t = await getTranslations("pledges");
  return { title: yearPageTitle(await loadYearPage(params), (year) => t("title", { year })) };
}

export default async function PledgePage({ params, searchParams }: Props) {
  const page = await loadYearPage(params);
  if (!page) notFound();
  const { session, by, year } = page;
  const [pledge, units, previousYear, conferences] = await Promise.all([
    getPledgeOfYear(session, by.id),
    membersWithHeads(session, by.id),
    previousPledgeYear(session, by.blocId, by.year),
    yearConferences(session, by.id),
  ]);
  const wanted = (await searchParams).conference;
  return (
    <PledgeView
      by={by}
      pledge={pledge}
      members={sortByVi(units, (u) => u.name)}
      previousYear={previousYear}
      conferences={conferences}
      wanted={typeof wanted === "string" ? wanted : null}
      signerName={session.name}
      can={pledgeCan(session, year)}
    />
  );
}
