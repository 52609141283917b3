import { requireSession } from "@/lib/auth/session";
import { ownUnitOf } from "@/lib/units/policy";
import { showsUnitWork } from "@/lib/overview/policy";
import { overviewFor } from "@/lib/overview/queries";
import { todoFor } from "@/lib/todo/queries";
import { parseYearFilter, YEAR_PARAM } from "@/lib/overview/year-filter";
import { parseTableQuery } from "@/components/ui/data-table";
import { OverviewView } from "@/components/overview/overview-view";

// Every bloc year still open, whatever its year (a year scored late is still work), or one year
// chosen with ?nam=; above it, what waits for the caller in every open year, whatever the filter.
export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireSession();
  const params = await searchParams;
  const year = parseYearFilter(params[YEAR_PARAM]);
  const now = new Date();
  const [overview, todo] = await Promise.all([overviewFor(session, year, now), todoFor(session, now)]);
  const can = { unitWork: showsUnitWork(session), unitId: ownUnitOf(session) };
  return <OverviewView name={session.name} year={year} overview={overview} todo={todo} query={parseTableQuery(params)} now={now} can={can} />;
}
