import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { fromHundredths, toHundredths } from "@/lib/criteria/points";
import { formatDateTime, formatNumber } from "@/lib/format/vi";
import type { RankedRow, Separation } from "@/lib/ranking/types";
import type { RankingGroup } from "@/lib/ranking/queries";
import { RowHeader, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";

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
  // The columns after rank and unit, named once for the header and for the cards on a phone.
  const numbers = [
    ...groups.map((g) => ({ key: g.code, head: g.code, title: g.title, label: `${g.code}. ${g.title}` })),
    ...(["standard", "bonus", "deduction", "total"] as const).map((k) => ({ key: k, head: t(`table.${k}`), title: undefined, label: t(`table.${k}`) })),
  ];
  const words = [
    { key: "gates", label: t("table.gates"), className: "min-w-28" },
    ...(showBasis ? [{ key: "basis", label: t("table.basis"), className: "min-w-56" }] : []),
  ];
  return (
    <Table caption={t("table.caption")} frame="none" stack={[null, null, ...numbers.map((c) => c.label), ...words.map((c) => c.label)]}>
      <THead>
        <Th>{t("table.rank")}</Th>
        <Th rowName>{t("table.unit")}</Th>
        {numbers.map((c) => (
          <Th key={c.key} numeric title={c.title}>
            {c.head}
          </Th>
        ))}
        {words.map((c) => (
          <Th key={c.key} className={c.className}>
            {c.label}
          </Th>
        ))}
      </THead>
      <TBody>
        {rows.map((r, i) => (
          <Tr key={r.unitId}>
            <Td className="font-semibold tabular-nums">
              {r.rank}
              {r.shared && <span className="ml-1 text-xs font-normal text-amber-800">({t("table.shared")})</span>}
            </Td>
            <RowHeader>
              {links[r.unitId] ? (
                <Link href={links[r.unitId]} className="text-sky-800 underline">
                  {r.unitName}
                </Link>
              ) : (
                r.unitName
              )}
            </RowHeader>
            {groups.map((g) => (
              <Td key={g.code} numeric>
                {formatNumber(r.byGroup.find((x) => x.groupCode === g.code)?.total ?? 0)}
              </Td>
            ))}
            <Td numeric>{formatNumber(r.totals.standard)}</Td>
            <Td numeric>{formatNumber(r.totals.bonus)}</Td>
            <Td numeric>{formatNumber(r.totals.deduction)}</Td>
            <Td numeric className="font-semibold">
              {formatNumber(r.totals.total)}
            </Td>
            <Td>
              {r.gates.failed.length === 0 && r.gates.missing.length === 0 ? (
                t("table.gatesPassed")
              ) : (
                <span className="text-brand-800">
                  {r.gates.failed.length > 0 && <span className="block">{t("table.gatesFailed", { codes: r.gates.failed.join(", ") })}</span>}
                  {r.gates.missing.length > 0 && <span className="block">{t("table.gatesMissing", { codes: r.gates.missing.join(", ") })}</span>}
                </span>
              )}
            </Td>
            {showBasis && <Td>{basis(t, r.belowSeparation, rows[i + 1])}</Td>}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
