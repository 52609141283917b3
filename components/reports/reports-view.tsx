import { getTranslations } from "next-intl/server";
import type { BlocYearRow } from "@/lib/blocs/year-page";
import { formatDate, formatDateTime } from "@/lib/format/vi";
import type { ReportsCan } from "@/lib/reports/policy";
import type { ReportRoundView } from "@/lib/reports/queries";
import { REPORT_KINDS } from "@/lib/reports/schemas";
import { Badge, Card } from "@/components/ui/card";
import { YearPageHeader } from "@/components/blocs/year-page-header";
import { ScheduleForm } from "@/components/reports/report-forms";
import { OwnReport } from "@/components/reports/own-report";
import { ReportProgress } from "@/components/reports/report-progress";
import { SummaryCard } from "@/components/reports/summary-card";

type Props = { by: BlocYearRow; rounds: ReportRoundView[]; conferences: { id: string; title: string; date: Date }[]; can: ReportsCan };

/** The year's periodic reports: the schedule, then each report with the caller's unit's own, every unit's progress and the bloc's summary. */
export async function ReportsView({ by, rounds, conferences, can }: Props) {
  const t = await getTranslations("reports");
  const unitName = by.members.find((m) => m.unit.id === can.reportsFor)?.unit.name ?? "";
  return (
    <>
      <YearPageHeader bloc={by.bloc} year={by.year} title={t("pageTitle", { year: by.year })} crumb={t("crumb")} active="reports" />
      <div className="space-y-4">
        <p className="text-sm text-slate-700">{t("intro")}</p>
        {can.manage && (
          <Card title={t("schedule.title")}>
            <div className="space-y-3">
              {REPORT_KINDS.filter((kind) => !rounds.some((r) => r.kind === kind && r.passedAt)).map((kind) => (
                <ScheduleForm key={kind} blocYearId={by.id} kind={kind} dueAt={rounds.find((r) => r.kind === kind)?.dueAt ?? null} />
              ))}
            </div>
          </Card>
        )}
        {rounds.length === 0 && <p className="text-sm text-slate-600">{t("schedule.none")}</p>}
        {rounds.map((round) => (
          <section key={round.id} aria-labelledby={`round-${round.id}`} className="space-y-4">
            <h2 id={`round-${round.id}`} className="flex flex-wrap items-center gap-2 text-lg font-semibold text-slate-900">
              {t("kind", { kind: round.kind })}
              <Badge tone={round.passedAt ? "green" : "sky"}>
                {round.passedAt && round.conference
                  ? t("passedAt", { date: formatDate(round.conference.date) })
                  : t("dueAt", { dueAt: formatDateTime(round.dueAt) })}
              </Badge>
            </h2>
            {can.reportsFor && <OwnReport round={round} unitName={unitName} asHead={can.submitAsHead} />}
            {can.viewAll && <ReportProgress round={round} manage={can.manage} />}
            {(can.viewAll || round.passedAt) && (
              <SummaryCard round={round} manage={can.manage} conferences={conferences} yearPath={`/blocs/${by.bloc.id}/years/${by.year}`} />
            )}
          </section>
        ))}
      </div>
    </>
  );
}
