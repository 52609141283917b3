import { getTranslations } from "next-intl/server";
import { formatDateTime, formatNumber } from "@/lib/format/vi";
import type { LayerEntry, LayersDiff } from "@/lib/scoring/layers";

/** Side by side: self → reviewed → appraised per leaf (who, when, why) and per group, changes highlighted. */
export async function LayersView({ diff }: { diff: LayersDiff }) {
  const t = await getTranslations("scoring");
  const value = (e: LayerEntry | null) =>
    !e || e.value === null ? "–" : typeof e.value === "boolean" ? t(e.value ? "gate.pass" : "gate.fail") : formatNumber(e.value);
  const cell = (e: LayerEntry | null, changed: boolean) => (
    <td className={changed ? "bg-amber-50 px-2 py-1" : "px-2 py-1"}>
      <span className="font-medium">{value(e)}</span>
      {e && e.by && (
        <span className="block text-xs text-slate-600">
          {e.by} · {formatDateTime(e.at)}
        </span>
      )}
      {e?.reason && <span className="block text-xs text-slate-800">{e.reason}</span>}
    </td>
  );
  const delta = (n: number) => (n === 0 ? "" : ` (${n > 0 ? "+" : ""}${formatNumber(n)})`);
  return (
    <div className="space-y-4">
      <div className="overflow-x-auto rounded-md border border-slate-200">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{t("layers.byGroup")}</caption>
          <thead className="bg-slate-50 text-left text-xs uppercase text-slate-600">
            <tr>
              <th scope="col" className="px-2 py-2">
                {t("layers.group")}
              </th>
              <th scope="col" className="px-2 py-2">
                {t("layers.self")}
              </th>
              <th scope="col" className="px-2 py-2">
                {t("layers.reviewed")}
              </th>
              <th scope="col" className="px-2 py-2">
                {t("layers.appraised")}
              </th>
            </tr>
          </thead>
          <tbody>
            {diff.groups.map((g) => (
              <tr key={g.groupCode} className="border-t border-slate-100">
                <th scope="row" className="px-2 py-1 text-left font-normal">
                  {g.groupCode}. {g.title}
                </th>
                <td className="px-2 py-1">{formatNumber(g.self.total)}</td>
                <td className={g.reviewDelta ? "bg-amber-50 px-2 py-1" : "px-2 py-1"}>
                  {formatNumber(g.reviewed.total)}
                  {delta(g.reviewDelta)}
                </td>
                <td className={g.appraisalDelta ? "bg-amber-50 px-2 py-1" : "px-2 py-1"}>
                  {formatNumber(g.appraised.total)}
                  {delta(g.appraisalDelta)}
                </td>
              </tr>
            ))}
            <tr className="border-t border-slate-300 font-semibold">
              <th scope="row" className="px-2 py-1 text-left">
                {t("totals.total")}
              </th>
              <td className="px-2 py-1">{formatNumber(diff.totals.self.total)}</td>
              <td className="px-2 py-1">{formatNumber(diff.totals.reviewed.total)}</td>
              <td className="px-2 py-1">{formatNumber(diff.totals.appraised.total)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <div className="overflow-x-auto rounded-md border border-slate-200">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{t("layers.byLeaf")}</caption>
          <thead className="bg-slate-50 text-left text-xs uppercase text-slate-600">
            <tr>
              <th scope="col" className="px-2 py-2">
                {t("sheet.code")}
              </th>
              <th scope="col" className="px-2 py-2">
                {t("sheet.criterion")}
              </th>
              <th scope="col" className="px-2 py-2">
                {t("layers.self")}
              </th>
              <th scope="col" className="px-2 py-2">
                {t("layers.reviewed")}
              </th>
              <th scope="col" className="px-2 py-2">
                {t("layers.appraised")}
              </th>
            </tr>
          </thead>
          <tbody>
            {diff.leaves.map((l) => (
              <tr key={l.leafCode} className="border-t border-slate-100 align-top">
                <td className="px-2 py-1 font-mono">{l.leafCode}</td>
                <td className="px-2 py-1">{l.title}</td>
                {cell(l.layers.self, false)}
                {cell(
                  l.layers.reviewed,
                  l.changes.some((c) => c.to === "reviewed"),
                )}
                {cell(
                  l.layers.appraised,
                  l.changes.some((c) => c.to === "appraised"),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
