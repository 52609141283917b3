import { getTranslations } from "next-intl/server";
import type { overviewFor } from "@/lib/overview/queries";
import type { YearFilter } from "@/lib/overview/year-filter";
import { Card, EmptyState } from "@/components/ui/card";
import type { TableQuery } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { OfficerYears } from "@/components/overview/officer-years";
import { StageTable } from "@/components/overview/stage-table";
import { SummaryCards } from "@/components/overview/summary-cards";
import { YearFilterForm } from "@/components/overview/year-filter";
import { TodoList } from "@/components/todo/todo-list";
import type { TodoItem } from "@/lib/todo/facts";

type Props = {
  name: string;
  year: YearFilter;
  overview: Awaited<ReturnType<typeof overviewFor>>;
  /** What waits for the caller (lib/todo); null for whoever no work waits on. */
  todo: TodoItem[] | null;
  query: TableQuery;
  now: Date;
  /** `unitWork`: the caller's own unit's work (a unit officer's), not every bloc year's stage; `unitId` that unit. */
  can: { unitWork: boolean; unitId: string | null };
};

/** The home page: what waits for the caller, then a unit's own work, or the stage of every bloc year the caller sees. */
export async function OverviewView({ name, year, overview, todo, query, now, can }: Props) {
  const t = await getTranslations("overview");
  const { rows, summary, blocCount, unitCount, yearOptions } = overview;
  const empty = can.unitWork
    ? year === null
      ? t("noOpenForUnit")
      : t("noBlocForUnit", { year })
    : year === null
      ? t("noOpenBloc")
      : t("noBlocThisYear", { year });
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("greeting", { name })} actions={<YearFilterForm value={year} years={yearOptions} />} />
      {todo && <TodoList items={todo} />}
      {!can.unitWork && <SummaryCards year={year} summary={summary} blocCount={blocCount} unitCount={unitCount} />}
      {rows.length === 0 ? (
        <EmptyState title={empty} />
      ) : can.unitWork ? (
        <Card title={year === null ? t("myWork") : t("myBloc", { year })}>
          <OfficerYears rows={rows} unitId={can.unitId} now={now} />
        </Card>
      ) : (
        <section aria-labelledby="stages-title" className="space-y-3">
          <h2 id="stages-title" className="text-base font-semibold text-slate-800">
            {year === null ? t("openStages") : t("stages", { year })}
          </h2>
          <StageTable rows={rows} year={year} query={query} now={now} />
        </section>
      )}
    </>
  );
}
