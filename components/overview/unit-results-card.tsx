import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { formatNumber } from "@/lib/format/vi";
import type { UnitResult } from "@/lib/overview/results";
import { Card } from "@/components/ui/card";
import { RankHistoryChart } from "@/components/charts/rank-history-chart";

/** "Kết quả thi đua qua các năm": each approved year's bloc, total and rank, and the chart of them. */
export async function UnitResultsCard({ unitName, results }: { unitName: string; results: UnitResult[] }) {
  const t = await getTranslations("overview");
  return (
    <Card title={t("results.title")}>
      {results.length === 0 ? (
        <p className="text-sm text-slate-600">{t("results.empty")}</p>
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          <div className="overflow-x-auto">
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <caption className="sr-only">{t("results.tableCaption", { unit: unitName })}</caption>
              <thead className="bg-slate-100 text-left text-xs font-semibold uppercase tracking-wide text-slate-700">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    {t("results.year")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("results.bloc")}
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    {t("results.total")}
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    {t("results.rank")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {[...results].reverse().map((r) => (
                  <tr key={r.blocYearId}>
                    <th scope="row" className="px-3 py-2 text-left font-medium">
                      {r.year}
                    </th>
                    <td className="px-3 py-2">
                      <Link href={`/blocs/${r.blocId}/years/${r.year}/ranking`} className="text-sky-800 hover:underline">
                        {r.blocName}
                      </Link>
                    </td>
                    <td className="px-3 py-2 text-right tabular-nums">{formatNumber(r.total)}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{t("results.rankOf", { rank: r.rank, of: r.of })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <RankHistoryChart
            points={results.map((r) => ({ year: r.year, total: r.total, rank: r.rank, of: r.of }))}
            caption={t("results.caption", { unit: unitName })}
          />
        </div>
      )}
    </Card>
  );
}
