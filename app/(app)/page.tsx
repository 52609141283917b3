import { requireSession } from "@/lib/auth/session";
import { ownUnitOf } from "@/lib/units/policy";
import { showsUnitWork } from "@/lib/overview/policy";
import { overviewFor } from "@/lib/overview/queries";
import { parseYearFilter, YEAR_PARAM } from "@/lib/overview/year-filter";
import { parseTableQuery } from "@/components/ui/data-table";
import { OverviewView } from "@/components/overview/overview-view";

// Every bloc year still open, whatever its year (a year scored late is still work), or one year
// chosen with ?nam=.
export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireSession();
  const params = await searchParams;
  const year = parseYearFilter(params[YEAR_PARAM]);
  const now = new Date();
  const overview = await overviewFor(session, year, now);
  const can = { unitWork: showsUnitWork(session), unitId: ownUnitOf(session) };
  return <OverviewView name={session.name} year={year} overview={overview} query={parseTableQuery(params)} now={now} can={can} />;
}
