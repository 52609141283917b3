// Pieces of the award dossier shared by the review minutes and the achievement reports:
// the ranking table drawn from a signed-off snapshot, and the tie-break rules in words.
import { cell, italic, type Cell, type Table, type TableColumn } from "@/lib/documents/model";
import { formatNumber } from "@/lib/format/vi";
import type { RankingSnapshotData, TieBreakRule } from "@/lib/ranking/types";

type Row = RankingSnapshotData["rows"][number];

/** Points as printed: "95,5". */
export const points = (n: number) => formatNumber(n, 2);

/** The snapshot's top-level groups, in tree order, as the first row lists them. */
export function snapshotGroups(data: Pick<RankingSnapshotData, "rows">): { code: string; title: string }[] {
  const seen = new Map<string, string>();
  for (const row of data.rows) for (const g of row.byGroup) if (!seen.has(g.groupCode)) seen.set(g.groupCode, g.title);
  return [...seen].map(([code, title]) => ({ code, title }));
}

/**
 * The groups that get a column: those carrying standard points. A top-level bonus or deduction
 * item (B1, D1) is already in the "Thưởng"/"Trừ" columns, so each row still adds up:
 * Σ columns + Thưởng − Trừ = Tổng.
 */
export function standardGroups(data: Pick<RankingSnapshotData, "rows">) {
  const leafKind = (code: string) => data.rows.flatMap((r) => r.leaves).find((l) => l.code === code)?.kind;
  const totals = (code: string) => data.rows.map((r) => r.byGroup.find((g) => g.groupCode === code));
  return snapshotGroups(data).filter(({ code }) => {
    const kind = leafKind(code);
    if (kind) return kind === "standard";
    const gs = totals(code);
    return gs.some((g) => (g?.standard ?? 0) !== 0) || gs.every((g) => !g?.bonus && !g?.deduction);
  });
}

export const gatesWord = (row: Pick<Row, "allGatesPassed">) => (row.allGatesPassed ? "Đạt" : "Không đạt");

const rankCell = (row: Pick<Row, "rank" | "shared">): Cell => (row.shared ? cell(String(row.rank), [italic("(đồng hạng)")]) : cell(String(row.rank)));

/** Hạng, Đơn vị, one column per standard group, Thưởng, Trừ, Tổng, Điều kiện. */
export function rankingTable(data: Pick<RankingSnapshotData, "rows">): Table {
  const groups = standardGroups(data);
  // Narrow the group columns and the font as groups are added, so the table keeps to the text width.
  const groupWidth = groups.length > 5 ? 7 : 9;
  const columns: TableColumn[] = [
    { header: "Hạng", width: 8, align: "center" },
    { header: "Đơn vị", width: Math.max(22, 100 - 8 - groups.length * groupWidth - 29 - 12) },
    ...groups.map((g) => ({ header: g.code, width: groupWidth, align: "right" as const })),
    { header: "Thưởng", width: 11, align: "right" },
    { header: "Trừ", width: 9, align: "right" },
    { header: "Tổng", width: 9, align: "right" },
    { header: "Điều kiện", width: 12, align: "center" },
  ];
  const rows = [...data.rows]
    .sort((a, b) => a.rank - b.rank)
    .map((r) => [
      rankCell(r),
      cell(r.unitName),
      ...groups.map((g) => cell(points(r.byGroup.find((x) => x.groupCode === g.code)?.standard ?? 0))),
      cell(points(r.totals.bonus)),
      cell(points(r.totals.deduction)),
      cell([{ text: points(r.totals.total), bold: true }]),
      cell(gatesWord(r)),
    ]);
  return { type: "table", columns, rows, size: groups.length > 5 ? 11 : 12 };
}

/** "Nhóm I: Công tác chỉ đạo, điều hành; Nhóm II: …" under the table. */
export function groupLegend(data: Pick<RankingSnapshotData, "rows">): string {
  const groups = standardGroups(data);
  return groups.map((g) => `${g.code}: ${g.title}`).join("; ");
}

/** One tie-break rule in words. */
export function tieBreakText(rule: TieBreakRule, groups: { code: string; title: string }[]): string {
  switch (rule.kind) {
    case "groupScore": {
      const title = groups.find((g) => g.code === rule.groupCode)?.title;
      return `Điểm nhóm tiêu chí ${rule.groupCode}${title ? ` (${title})` : ""} cao hơn`;
    }
    case "fewerDeduction":
      return "Điểm trừ ít hơn";
    case "moreBonus":
      return "Điểm thưởng nhiều hơn";
    case "earlierSubmission":
      return "Gửi bảng tự chấm điểm sớm hơn";
    case "ballot":
      return "Nhiều phiếu bầu hơn tại cuộc họp bình xét";
  }
}
