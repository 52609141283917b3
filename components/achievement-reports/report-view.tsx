import { getTranslations } from "next-intl/server";
import type { BlocYearRow } from "@/lib/blocs/year-page";
import { formatDate, formatDateTime } from "@/lib/format/vi";
import { REPORT_FIELDS, reportTexts, type ReportFacts } from "@/lib/achievement-reports/facts";
import type { AchievementReportPage } from "@/lib/achievement-reports/queries";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { RowHeader, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { YearPageHeader } from "@/components/blocs/year-page-header";
import { AchievementReportForm } from "@/components/achievement-reports/report-form";

type T = Awaited<ReturnType<typeof getTranslations<"achievementReports">>>;

/** The figures the app holds for the unit: ranking, registration, earlier awards (read, not written). */
function Facts({ facts, t }: { facts: ReportFacts; t: T }) {
  const r = facts.ranking;
  return (
    <div className="space-y-1 text-sm text-slate-700">
      <p>{r ? t("facts.ranking", { year: facts.year, rank: r.rank, count: r.count, total: r.total }) : t("facts.noRanking")}</p>
      <p>{facts.registered.length ? t("facts.registered", { titles: facts.registered.join("; ") }) : t("facts.noRegistration")}</p>
      <p className="font-medium text-slate-800">{t("facts.pastAwards")}</p>
      {facts.pastAwards.length ? (
        <ul className="list-disc pl-5">
          {facts.pastAwards.map((a, i) => (
            <li key={i}>
              {t("facts.award", {
                year: a.year,
                form: a.formName,
                decision: [a.decisionNumber, a.decisionDate && formatDate(a.decisionDate), a.issuer].filter(Boolean).join(", "),
              })}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("facts.noPastAwards")}</p>
      )}
    </div>
  );
}

/** A unit's text as the board and the leader read it. */
function ReportText({ facts, t }: { facts: ReportFacts; t: T }) {
  const texts = reportTexts(facts);
  return (
    <details>
      <summary className="cursor-pointer text-sky-800">{t("all.show")}</summary>
      <dl className="mt-2 space-y-2">
        {REPORT_FIELDS.map((f) => (
          <div key={f}>
            <dt className="font-medium text-slate-800">{t(`fields.${f}`)}</dt>
            <dd className="whitespace-pre-line text-slate-700">{texts[f] || t("all.empty")}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

/** The year's achievement reports: the caller's unit's own to write, and every member's for those who read them. */
export async function AchievementReportView({ by, page }: { by: BlocYearRow; page: AchievementReportPage }) {
  const t = await getTranslations("achievementReports");
  const { can, own, all } = page;
  return (
    <>
      <YearPageHeader bloc={by.bloc} year={by.year} title={t("pageTitle", { year: by.year })} crumb={t("crumb")} active="achievementReports" />
      <div className="space-y-4">
        <p className="text-sm text-slate-700">{t("intro")}</p>
        {own && (
          <Card title={t("own.title", { unit: own.unit.name })}>
            <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
              <div className="space-y-2">
                {!can.editable && <Alert tone="info">{t("own.locked")}</Alert>}
                {own.stored ? (
                  <p className="text-xs text-slate-600">{t("own.updated", { date: formatDateTime(own.stored.updatedAt) })}</p>
                ) : (
                  <p className="text-xs text-slate-600">{t("own.prefilled")}</p>
                )}
                <p className="text-xs text-slate-600">{t("own.hint")}</p>
                {can.editable ? (
                  <AchievementReportForm blocYearId={by.id} version={own.stored?.version ?? 0} texts={reportTexts(own)} />
                ) : (
                  <ReportText facts={own} t={t} />
                )}
              </div>
              <Facts facts={own} t={t} />
            </div>
          </Card>
        )}
        {can.readAll && (
          <Card title={t("all.title")}>
            <Table caption={t("all.title")}>
              <THead>
                <Th rowName>{t("all.unit")}</Th>
                <Th>{t("all.nominated")}</Th>
                <Th>{t("all.state")}</Th>
                <Th className="min-w-72">{t("facts.title")}</Th>
              </THead>
              <TBody>
                {all.map(({ facts, nominatedFor }) => (
                  <Tr key={facts.unit.id}>
                    <RowHeader>{facts.unit.name}</RowHeader>
                    <Td>{nominatedFor ?? ""}</Td>
                    <Td className="whitespace-nowrap">{facts.stored ? t("all.written", { date: formatDate(facts.stored.updatedAt) }) : t("all.notWritten")}</Td>
                    <Td>
                      <Facts facts={facts} t={t} />
                      <ReportText facts={facts} t={t} />
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          </Card>
        )}
      </div>
    </>
  );
}
