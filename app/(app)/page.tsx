import { getTranslations } from "next-intl/server";
import { requireSession } from "@/lib/auth/session";
import { showsUnitWork } from "@/lib/overview/policy";
import { overviewFor } from "@/lib/overview/queries";
import { parseYearFilter, YEAR_PARAM } from "@/lib/overview/year-filter";
import { Card, EmptyState } from "@/components/ui/card";
import { parseTableQuery } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { OfficerYears } from "@/components/overview/officer-years";
import { StageTable } from "@/components/overview/stage-table";
import { SummaryCards } from "@/components/overview/summary-cards";
import { YearFilterForm } from "@/components/overview/year-filter";

// Every bloc year still open, whatever its year (a year scored late is still work), or one year
// chosen with ?nam=.
export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireSession();
  const t = await getTranslations("overview");
  const params = await searchParams;
  const year = parseYearFilter(params[YEAR_PARAM]);
  const now = new Date();
  const { rows, summary, blocCount, unitCount, yearOptions } = await overviewFor(session, year, now);
  const officer = showsUnitWork(session);
  const empty = officer ? (year === null ? t("noOpenForUnit") : t("noBlocForUnit", { year })) : year === null ? t("noOpenBloc") : t("noBlocThisYear", { year });

  return (
    <>
      <PageHeader title={t("title")} subtitle={t("greeting", { name: session.name })} actions={<YearFilterForm value={year} years={yearOptions} />} />
      {!officer && <SummaryCards year={year} summary={summary} blocCount={blocCount} unitCount={unitCount} />}
      {rows.length === 0 ? (
        <EmptyState title={empty} />
      ) : officer ? (
        <Card title={year === null ? t("myWork") : t("myBloc", { year })}>
          <OfficerYears rows={rows} unitId={session.unitId} now={now} />
        </Card>
      ) : (
        <section aria-labelledby="stages-title" className="space-y-3">
          <h2 id="stages-title" className="text-base font-semibold text-slate-800">
            {year === null ? t("openStages") : t("stages", { year })}
          </h2>
          <StageTable rows={rows} year={year} query={parseTableQuery(params)} now={now} />
        </section>
      )}
    </>
  );
}
