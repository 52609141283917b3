import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { formatNumber } from "@/lib/format/vi";
import type { UnitResult } from "@/lib/overview/results";
import { Card } from "@/components/ui/card";
import { RowHeader, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
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
          <Table caption={t("results.tableCaption", { unit: unitName })} frame="none">
            <THead>
              <Th>{t("results.year")}</Th>
              <Th>{t("results.bloc")}</Th>
              <Th numeric>{t("results.total")}</Th>
              <Th numeric>{t("results.rank")}</Th>
            </THead>
            <TBody>
              {[...results].reverse().map((r) => (
                <Tr key={r.blocYearId}>
                  <RowHeader>{r.year}</RowHeader>
                  <Td>
                    <Link href={`/blocs/${r.blocId}/years/${r.year}/ranking`} className="text-sky-800 hover:underline">
                      {r.blocName}
                    </Link>
                  </Td>
                  <Td numeric>{formatNumber(r.total)}</Td>
                  <Td numeric>{t("results.rankOf", { rank: r.rank, of: r.of })}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
          <RankHistoryChart
            points={results.map((r) => ({ year: r.year, total: r.total, rank: r.rank, of: r.of }))}
            caption={t("results.caption", { unit: unitName })}
          />
        </div>
      )}
    </Card>
  );
}
