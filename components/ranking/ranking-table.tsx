import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { fromHundredths, toHundredths } from "@/lib/criteria/points";
import { formatDateTime, formatNumber } from "@/lib/format/vi";
import type { RankedRow, Separation } from "@/lib/ranking/types";
import type { RankingGroup } from "@/lib/ranking/queries";

type Props = {
  rows: readonly RankedRow[];
  groups: readonly RankingGroup[];
  /** Units whose sheet the viewer may open: unitId → href. */
  links?: Record<string, string>;
  /** The "why above the next" column; left out on the public page. */
  showBasis?: boolean;
};

type T = Awaited<ReturnType<typeof getTranslations<"ranking">>>;

const shown = (v: number | string) => (typeof v === "number" ? formatNumber(v) : v ? formatDateTime(v) : "–");

/** Why a unit stands above the next one: the first thing that differed, or a tie needing a ballot. */
function basis(t: T, separation: Separation | null, next: RankedRow | undefined): string {
  if (!separation || !next) return "–";
  if (separation.by === "none") return t("separation.none");
  if (separation.by === "total") {
    const diff = fromHundredths((toHundredths(separation.mine) ?? 0) - (toHundredths(separation.theirs) ?? 0));
    return t("separation.total", { unit: next.unitName, diff: formatNumber(diff) });
  }
  const { rule, mine, theirs } = separation;
  const values = { mine: shown(mine), theirs: shown(theirs) };
  switch (rule.kind) {
    case "groupScore":
      return t("separation.groupScore", { ...values, group: rule.groupCode });
    case "fewerDeduction":
      return t("separation.fewerDeduction", values);
    case "moreBonus":
      return t("separation.moreBonus", values);
    case "earlierSubmission":
      return t("separation.earlierSubmission", values);
    case "ballot":
      return t("separation.ballot", values);
  }
}

/** The ranking: rank, unit, each top-level group, standard / bonus / deduction, total, conditions, and why. */
export async function RankingTable({ rows, groups, links = {}, showBasis = true }: Props) {
  const t = await getTranslations("ranking");
  if (rows.length === 0) return <p className="text-sm text-slate-600">{t("table.empty")}</p>;
  const num = "px-2 py-2 text-right tabular-nums";
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <caption className="sr-only">{t("table.caption")}</caption>
        <thead className="text-left text-xs uppercase text-slate-600">
          <tr>
            <th scope="col" className="px-2 py-2">
              {t("table.rank")}
            </th>
            <th scope="col" className="row-name px-2 py-2">
              {t("table.unit")}
            </th>
            {groups.map((g) => (
              <th key={g.code} scope="col" className="px-2 py-2 text-right" title={g.title}>
                {g.code}
              </th>
            ))}
            <th scope="col" className="px-2 py-2 text-right">
              {t("table.standard")}
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              {t("table.bonus")}
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              {t("table.deduction")}
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              {t("table.total")}
            </th>
            <th scope="col" className="min-w-28 px-2 py-2">
              {t("table.gates")}
            </th>
            {showBasis && (
              <th scope="col" className="min-w-56 px-2 py-2">
                {t("table.basis")}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.unitId} className="border-t border-slate-100 align-top">
              <td className="px-2 py-2 font-semibold tabular-nums">
                {r.rank}
                {r.shared && <span className="ml-1 text-xs font-normal text-amber-800">({t("table.shared")})</span>}
              </td>
              <th scope="row" className="px-2 py-2 text-left font-medium">
                {links[r.unitId] ? (
                  <Link href={links[r.unitId]} className="text-sky-800 underline">
                    {r.unitName}
                  </Link>
                ) : (
                  r.unitName
                )}
              </th>
              {groups.map((g) => (
                <td key={g.code} className={num}>
                  {formatNumber(r.byGroup.find((x) => x.groupCode === g.code)?.total ?? 0)}
                </td>
              ))}
              <td className={num}>{formatNumber(r.totals.standard)}</td>
              <td className={num}>{formatNumber(r.totals.bonus)}</td>
              <td className={num}>{formatNumber(r.totals.deduction)}</td>
              <td className={`${num} font-semibold`}>{formatNumber(r.totals.total)}</td>
              <td className="px-2 py-2">
                {r.gates.failed.length === 0 && r.gates.missing.length === 0 ? (
                  t("table.gatesPassed")
                ) : (
                  <span className="text-brand-800">
                    {r.gates.failed.length > 0 && <span className="block">{t("table.gatesFailed", { codes: r.gates.failed.join(", ") })}</span>}
                    {r.gates.missing.length > 0 && <span className="block">{t("table.gatesMissing", { codes: r.gates.missing.join(", ") })}</span>}
                  </span>
                )}
              </td>
              {showBasis && <td className="px-2 py-2">{basis(t, r.belowSeparation, rows[i + 1])}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
