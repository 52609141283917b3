import { getTranslations } from "next-intl/server";
import { formatNumber } from "@/lib/format/vi";
import { chartId, linearScale, niceDomain, span } from "@/components/charts/scale";
import { RowHeader, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";

export type RankPoint = { year: number; total: number; rank: number; of: number };
export type RankHistoryChartProps = { points: RankPoint[]; caption: string };
export type RankHistoryLabels = { year: string; total: string; rank: string; summary: string; empty: string; rankOf: (p: RankPoint) => string };

const WIDTH = 560;
const LEFT = 40;
const RIGHT = 16;
const RANK_TOP = 24;
const RANK_H = 70;
const BARS_TOP = RANK_TOP + RANK_H + 28;
const BARS_H = 130;
const AXIS_H = 24;
const HEIGHT = BARS_TOP + BARS_H + AXIS_H;

/**
 * A unit's results across years: the rank as a line (first place at the top of its band) and
 * the total as bars, with every value written on the drawing and in a hidden table.
 */
export async function RankHistoryChart({ points, caption }: RankHistoryChartProps) {
  const t = await getTranslations("charts");
  const sorted = [...points].sort((a, b) => a.year - b.year);
  const last = sorted.at(-1);
  const labels: RankHistoryLabels = {
    year: t("year"),
    total: t("total"),
    rank: t("rank"),
    summary: last
      ? t("rankSummary", {
          caption,
          count: sorted.length,
          first: sorted[0].year,
          last: last.year,
          rank: last.rank,
          of: last.of,
          total: formatNumber(last.total),
        })
      : caption,
    empty: t("empty"),
    rankOf: (p) => t("rankOf", { rank: p.rank, of: p.of }),
  };
  return <RankHistoryFigure points={sorted} caption={caption} labels={labels} />;
}

export function RankHistoryFigure({ points, caption, labels }: RankHistoryChartProps & { labels: RankHistoryLabels }) {
  if (points.length === 0) return <p className="text-sm text-slate-600">{labels.empty}</p>;
  const band = (WIDTH - LEFT - RIGHT) / points.length;
  const cx = (i: number) => LEFT + band * i + band / 2;
  const barW = Math.min(56, band * 0.5);
  const worst = Math.max(...points.map((p) => p.of), 2);
  const rankY = linearScale([1, worst], [RANK_TOP, RANK_TOP + RANK_H]);
  const domain = niceDomain(Math.min(...points.map((p) => p.total)), Math.max(...points.map((p) => p.total)), 4);
  const y = linearScale([domain.min, domain.max], [BARS_TOP + BARS_H, BARS_TOP]);
  const line = points.map((p, i) => `${cx(i)},${rankY(p.rank)}`).join(" ");
  const id = chartId("rank-history", caption + points.map((p) => p.year).join("|"));

  return (
    <figure className="space-y-2">
      <figcaption className="text-sm font-medium text-slate-800">{caption}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full max-w-xl" role="img" aria-label={labels.summary} aria-describedby={`${id}-data`}>
        <title>{labels.summary}</title>
        <text x={4} y={RANK_TOP - 10} fontSize={11} fill="#475569">
          {labels.rank}
        </text>
        <text x={4} y={BARS_TOP - 10} fontSize={11} fill="#475569">
          {labels.total}
        </text>
        {domain.ticks.map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} stroke={tick === 0 ? "#334155" : "#e2e8f0"} />
            <text x={LEFT - 6} y={y(tick) + 4} textAnchor="end" fontSize={10} fill="#475569">
              {formatNumber(tick)}
            </text>
          </g>
        ))}
        {points.length > 1 && <polyline points={line} fill="none" stroke="#b45309" strokeWidth={2} />}
        {points.map((p, i) => {
          const bar = span(y, 0, p.total);
          return (
            <g key={p.year}>
              <circle cx={cx(i)} cy={rankY(p.rank)} r={5} fill="#b45309">
                <title>{`${p.year}: ${labels.rankOf(p)}`}</title>
              </circle>
              <text x={cx(i)} y={rankY(p.rank) - 9} textAnchor="middle" fontSize={12} fontWeight={700} fill="#7c2d12">
                {labels.rankOf(p)}
              </text>
              <rect x={cx(i) - barW / 2} y={bar.x} width={barW} height={Math.max(bar.width, 1)} fill="#0369a1">
                <title>{`${p.year}: ${formatNumber(p.total)}`}</title>
              </rect>
              <text x={cx(i)} y={(p.total >= 0 ? bar.x : bar.x + bar.width + 14) - 4} textAnchor="middle" fontSize={12} fontWeight={600} fill="#0f172a">
                {formatNumber(p.total)}
              </text>
              <text x={cx(i)} y={BARS_TOP + BARS_H + 16} textAnchor="middle" fontSize={12} fill="#0f172a">
                {p.year}
              </text>
            </g>
          );
        })}
      </svg>
      <Table id={`${id}-data`} caption={caption} srOnly>
        <THead>
          <Th>{labels.year}</Th>
          <Th>{labels.total}</Th>
          <Th>{labels.rank}</Th>
        </THead>
        <TBody>
          {points.map((p) => (
            <Tr key={p.year}>
              <RowHeader>{p.year}</RowHeader>
              <Td>{formatNumber(p.total)}</Td>
              <Td>{labels.rankOf(p)}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </figure>
  );
}
