import { getTranslations } from "next-intl/server";
import type { summarise } from "@/lib/overview/stage";
import type { YearFilter } from "@/lib/overview/year-filter";

/** The board's four counts over the bloc years listed (one year's, or every open one). */
export async function SummaryCards({
  year,
  summary,
  blocCount,
  unitCount,
}: {
  year: YearFilter;
  summary: ReturnType<typeof summarise>;
  blocCount: number;
  unitCount: number;
}) {
  const t = await getTranslations("overview");
  return (
    <div className="mb-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      <Stat
        label={year === null ? t("summary.openBlocs") : t("summary.blocs", { year })}
        value={String(summary.blocs)}
        hint={`${t("blocCount")}: ${blocCount} · ${t("unitCount")}: ${unitCount}`}
      />
      <Stat label={t("summary.pledgesSigned")} value={t("summary.ofTotal", { done: summary.pledgesSigned, total: summary.blocs })} />
      <Stat label={t("summary.sheetsSubmitted")} value={t("summary.ofTotal", { done: summary.sheetsSubmitted, total: summary.sheetsExpected })} />
      <Stat label={t("summary.rankingsApproved")} value={t("summary.ofTotal", { done: summary.rankingsApproved, total: summary.blocs })} />
    </div>
  );
}

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <p className="text-sm text-slate-600">{label}</p>
      <p className="mt-1 text-3xl font-semibold text-slate-900">{value}</p>
      {hint && <p className="mt-1 text-xs text-slate-600">{hint}</p>}
    </div>
  );
}
