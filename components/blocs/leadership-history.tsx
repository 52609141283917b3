import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import { formatDate } from "@/lib/format/vi";

type Unit = { name: string } | null;
type Year = { id: string; year: number; leader: Unit; deputy: Unit };
type Decision = { id: string; year: number; overridden: boolean; reason: string | null; decisionNo: string | null; decisionDate: Date | null };

/** One row per year: who leads, and the latest decision recorded for that year (decisions come newest first). */
export async function LeadershipHistory({ kind, years, decisions }: { kind: "KHOI" | "CUM"; years: Year[]; decisions: Decision[] }) {
  const t = await getTranslations("blocs");
  const tc = await getTranslations("common");
  const rows = years.filter((y) => y.leader || y.deputy || decisions.some((d) => d.year === y.year));
  if (rows.length === 0) return <p className="text-sm text-slate-600">{t("history.empty")}</p>;
  const cell = "px-3 py-2 align-top";
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t("history.caption")}</caption>
        <thead className="bg-slate-100 text-left text-xs font-semibold uppercase tracking-wide text-slate-700">
          <tr>
            <th scope="col" className={cell}>
              {t("fields.year")}
            </th>
            <th scope="col" className={cell}>
              {t(`leader.${kind}`)}
            </th>
            <th scope="col" className={cell}>
              {t(`deputy.${kind}`)}
            </th>
            <th scope="col" className={cell}>
              {t("fields.decision")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((y) => {
            const d = decisions.find((x) => x.year === y.year);
            return (
              <tr key={y.id}>
                <th scope="row" className={`${cell} text-left font-semibold`}>
                  {y.year}
                </th>
                <td className={cell}>{y.leader?.name ?? tc("none")}</td>
                <td className={cell}>{y.deputy?.name ?? tc("none")}</td>
                <td className={cell}>
                  {d ? (
                    <div className="space-y-1">
                      {(d.decisionNo || d.decisionDate) && (
                        <div>{t("history.decisionNoDate", { no: d.decisionNo ?? tc("none"), date: formatDate(d.decisionDate) || tc("none") })}</div>
                      )}
                      {d.overridden ? <Badge tone="amber">{t("history.overridden")}</Badge> : <Badge tone="sky">{t("history.asProposed")}</Badge>}
                      {d.overridden && d.reason && <p className="text-xs text-slate-700">{t("history.reason", { reason: d.reason })}</p>}
                    </div>
                  ) : (
                    <span className="text-slate-600">{t("history.noDecision")}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
