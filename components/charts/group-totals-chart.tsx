import { getTranslations } from "next-intl/server";
import { formatNumber } from "@/lib/format/vi";
import { colorOf } from "@/components/charts/palette";
import { chartId, clip, linearScale, niceDomain, padStart, span, stackExtent, stackSegments } from "@/components/charts/scale";
import { RowHeader, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";

export type GroupTotalsRow = { unitName: string; total: number; groups: { groupCode: string; title: string; total: number }[] };
export type GroupTotalsChartProps = { rows: GroupTotalsRow[]; caption: string };

export type GroupTotalsLabels = { unit: string; total: string; summary: string; empty: string };

const WIDTH = 760;
const LABEL_W = 230;
/** Room left of a negative bar for its value. */
const NEG_LABEL_PX = 34;
const TOTAL_W = 64;
const BAR_H = 24;
const GAP = 12;
const TOP = 8;
const AXIS_H = 24;
/** Narrower segments keep their value in the <title> and the table only. */
const MIN_LABEL_W = 36;

/** The groups in the order they first appear (every row normally has the same tree). */
export function groupsOf(rows: readonly GroupTotalsRow[]): { groupCode: string; title: string }[] {
  const seen = new Map<string, string>();
  for (const r of rows) for (const g of r.groups) if (!seen.has(g.groupCode)) seen.set(g.groupCode, g.title);
  return [...seen].map(([groupCode, title]) => ({ groupCode, title }));
}

/**
 * Stacked horizontal bars, one per unit, of each top-level group's total: server-rendered
 * SVG with a legend, and the same numbers in a visually hidden table for screen readers.
 */
export async function GroupTotalsChart({ rows, caption }: GroupTotalsChartProps) {
  const t = await getTranslations("charts");
  const top = rows.reduce<GroupTotalsRow | null>((best, r) => (!best || r.total > best.total ? r : best), null);
  const labels: GroupTotalsLabels = {
    unit: t("unit"),
    total: t("total"),
    summary: top ? t("groupSummary", { caption, count: rows.length, top: top.unitName, total: formatNumber(top.total) }) : caption,
    empty: t("empty"),
  };
  return <GroupTotalsFigure rows={rows} caption={caption} labels={labels} />;
}

/** The drawing itself, with its words given: pure, so it renders in a unit test. */
export function GroupTotalsFigure({ rows, caption, labels }: GroupTotalsChartProps & { labels: GroupTotalsLabels }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">{labels.empty}</p>;
  const groups = groupsOf(rows);
  const colorIndex = new Map(groups.map((g, i) => [g.groupCode, i]));
  const valuesOf = (r: GroupTotalsRow) => groups.map((g) => r.groups.find((x) => x.groupCode === g.groupCode)?.total ?? 0);
  const extents = rows.map((r) => stackExtent(valuesOf(r)));
  const domain = niceDomain(Math.min(...extents.map((e) => e.min)), Math.max(...extents.map((e) => e.max)));
  const start = padStart(domain.min, domain.max, NEG_LABEL_PX, WIDTH - TOTAL_W - LABEL_W);
  const x = linearScale([start, domain.max], [LABEL_W, WIDTH - TOTAL_W]);
  const height = TOP + rows.length * (BAR_H + GAP) + AXIS_H;
  const axisY = TOP + rows.length * (BAR_H + GAP) - GAP / 2;
  const id = chartId("group-totals", caption + rows.map((r) => r.unitName).join("|"));

  return (
    <figure className="space-y-3">
      <figcaption className="text-sm font-medium text-slate-800">{caption}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full max-w-full" role="img" aria-label={labels.summary} aria-describedby={`${id}-data`}>
        <title>{labels.summary}</title>
        {domain.ticks.map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={TOP - 4} y2={axisY} stroke={tick === 0 ? "#334155" : "#e2e8f0"} strokeWidth={tick === 0 ? 1.5 : 1} />
            <text x={x(tick)} y={axisY + 16} textAnchor="middle" fontSize={11} fill="#475569">
              {formatNumber(tick)}
            </text>
          </g>
        ))}
        {rows.map((r, i) => {
          const y = TOP + i * (BAR_H + GAP);
          const segments = stackSegments(valuesOf(r));
          const end = Math.max(x(extents[i].max), x(0));
          return (
            <g key={`${r.unitName}-${i}`}>
              <text x={LABEL_W - 8} y={y + BAR_H / 2 + 4} textAnchor="end" fontSize={12} fill="#0f172a">
                <title>{r.unitName}</title>
                {clip(r.unitName, 30)}
              </text>
              {segments.map((s) => {
                const g = groups[s.index];
                const box = span(x, s.from, s.to);
                return (
                  <g key={g.groupCode}>
                    <rect
                      x={box.x}
                      y={y}
                      width={Math.max(box.width, 1)}
                      height={BAR_H}
                      fill={colorOf(colorIndex.get(g.groupCode)!)}
                      stroke="#fff"
                      strokeWidth={1}
                    >
                      <title>{`${r.unitName} – ${g.groupCode}. ${g.title}: ${formatNumber(s.value)}`}</title>
                    </rect>
                    {box.width >= MIN_LABEL_W ? (
                      <text x={box.x + box.width / 2} y={y + BAR_H / 2 + 4} textAnchor="middle" fontSize={11} fontWeight={600} fill="#fff" aria-hidden="true">
                        {formatNumber(s.value)}
                      </text>
                    ) : (
                      // A small negative part is written beside it, in the room padStart keeps.
                      s.value < 0 && (
                        <text x={box.x - 3} y={y + BAR_H / 2 + 4} textAnchor="end" fontSize={11} fontWeight={600} fill="#9f1239" aria-hidden="true">
                          {formatNumber(s.value)}
                        </text>
                      )
                    )}
                  </g>
                );
              })}
              <text x={end + 6} y={y + BAR_H / 2 + 4} fontSize={12} fontWeight={700} fill="#0f172a">
                {formatNumber(r.total)}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-hidden="true">
        {groups.map((g, i) => (
          <li key={g.groupCode} className="flex items-center gap-1.5">
            <span className="inline-block h-3 w-3 rounded-sm" style={{ backgroundColor: colorOf(i) }} />
            {`${g.groupCode}. ${g.title}`}
          </li>
        ))}
      </ul>
      <Table id={`${id}-data`} caption={caption} srOnly>
        <THead>
          <Th>{labels.unit}</Th>
          {groups.map((g) => (
            <Th key={g.groupCode}>{`${g.groupCode}. ${g.title}`}</Th>
          ))}
          <Th>{labels.total}</Th>
        </THead>
        <TBody>
          {rows.map((r, i) => (
            <Tr key={`${r.unitName}-${i}`}>
              <RowHeader>{r.unitName}</RowHeader>
              {valuesOf(r).map((v, j) => (
                <Td key={groups[j].groupCode}>{formatNumber(v)}</Td>
              ))}
              <Td>{formatNumber(r.total)}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </figure>
  );
}
