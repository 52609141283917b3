// The ranking of a bloc year as .xlsx: title rows (bloc, year, status), then Hạng, Đơn vị, each
// group's total, the standard, bonus and deduction points, the total, the gates and why each
// unit stands where it does. Pure: data in, bytes out.
import { formatDate } from "@/lib/format/vi";
import type { RankingStatus } from "@/lib/generated/prisma/enums";
import type { RankedRow } from "@/lib/ranking/types";
import { gatesText } from "@/lib/exports/sheets-workbook";
import { separationText } from "@/lib/exports/ranking-text";
import { addNote, addRows, addTable, newWorkbook, toBuffer, type ColumnSpec } from "@/lib/xlsx/workbook";

export type RankingExportRow = Pick<RankedRow, "rank" | "shared" | "unitName" | "totals" | "byGroup" | "gates" | "aboveSeparation" | "belowSeparation">;

export type RankingExport = {
  blocName: string;
  blocKind: "KHOI" | "CUM";
  year: number;
  /** null: computed live from the sheets (tạm tính), nothing signed off or the sign-off returned/reopened. */
  status: RankingStatus | null;
  signedAt: Date | null;
  signerName: string | null;
  approvedAt: Date | null;
  exportedAt: string;
  rows: RankingExportRow[];
  /** Members without a submitted sheet: listed under the table, not ranked. */
  notRanked: { unitName: string; status: string }[];
};

/** The status line: tạm tính, đã ký, đã phê duyệt. */
export function rankingStatusText(data: Pick<RankingExport, "status" | "signedAt" | "signerName" | "approvedAt">): string {
  if (data.status === "APPROVED") return `Đã phê duyệt${data.approvedAt ? ` ngày ${formatDate(data.approvedAt)}` : ""}`;
  if (data.status === "SIGNED_OFF") {
    const who = [data.signerName, data.signedAt && `ngày ${formatDate(data.signedAt)}`].filter(Boolean).join(", ");
    return `Đã ký xác nhận${who ? ` (${who})` : ""}`;
  }
  return "Tạm tính (chưa ký xác nhận)";
}

/** The groups in tree order, as the first row lists them. */
function groupsOf(rows: readonly RankingExportRow[]) {
  const seen = new Map<string, string>();
  for (const r of rows) for (const g of r.byGroup) if (!seen.has(g.groupCode)) seen.set(g.groupCode, g.title);
  return [...seen].map(([code, title]) => ({ code, title }));
}

export async function rankingWorkbook(data: RankingExport): Promise<Buffer> {
  const workbook = newWorkbook();
  const groups = groupsOf(data.rows);
  const columns: ColumnSpec[] = [
    { header: "Hạng", width: 8, center: true },
    { header: "Đơn vị", width: 36, wrap: true },
    ...groups.map((g) => ({ header: `Nhóm ${g.code}`, width: 10, points: true })),
    { header: "Điểm tiêu chuẩn", width: 12, points: true },
    { header: "Điểm thưởng", width: 11, points: true },
    { header: "Điểm trừ", width: 10, points: true },
    { header: "Tổng điểm", width: 11, points: true },
    { header: "Điều kiện", width: 18, wrap: true },
    { header: "Giải thích", width: 60, wrap: true },
  ];
  const titles = [`Kết quả xếp hạng thi đua năm ${data.year}`, data.blocName, `Trạng thái: ${rankingStatusText(data)} – xuất ngày ${data.exportedAt}`];
  const sheet = addTable(workbook, "Xếp hạng", titles, columns);
  const rows = [...data.rows].sort((a, b) => a.rank - b.rank);
  addRows(
    sheet,
    columns,
    rows.map((r, i) => [
      r.shared ? `${r.rank} (đồng hạng)` : r.rank,
      r.unitName,
      ...groups.map((g) => r.byGroup.find((x) => x.groupCode === g.code)?.total ?? null),
      r.totals.standard,
      r.totals.bonus,
      r.totals.deduction,
      r.totals.total,
      gatesText(r.gates),
      separationText(r, rows[i - 1]?.unitName ?? null, rows[i + 1]?.unitName ?? null, groups, data.blocKind),
    ]),
  );
  sheet.addRow([]);
  if (groups.length) addNote(sheet, columns, `Nhóm tiêu chí: ${groups.map((g) => `${g.code} – ${g.title}`).join("; ")}`);
  if (data.notRanked.length)
    addNote(sheet, columns, `Chưa xếp hạng (chưa nộp bảng điểm): ${data.notRanked.map((u) => `${u.unitName} (${u.status})`).join("; ")}`);
  return toBuffer(workbook);
}
