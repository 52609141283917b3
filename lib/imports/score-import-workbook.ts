// The score import's workbook as written: the template (header row, then one row per unit and
// leaf the caller may fill), and filled ones for tests and the benchmark. Read by score-import-read.ts.
import { addListValidation, addValidation, newWorkbook, POINTS_FORMAT, toBuffer } from "@/lib/xlsx/workbook";
import { markTable, printTitle } from "@/lib/xlsx/print";
import { KIND_LABELS_VI } from "@/lib/criteria/excel-cells";
import type { LeafKind } from "@/lib/criteria/types";
import { SCORE_COLUMNS, SCORE_FIELDS, type ScoreField } from "@/lib/imports/score-import-rows";

const SHEET_NAME = "Nhập điểm";

/** Columns after the six that are read: help for whoever fills the sheet, ignored on import. */
const HELP_COLUMNS = { unitName: "Tên đơn vị", leafTitle: "Tiêu chí", kind: "Loại", maxPoints: "Điểm tối đa" } as const;
const WIDTHS: Record<ScoreField | keyof typeof HELP_COLUMNS, number> = {
  bloc: 12,
  unit: 14,
  leaf: 12,
  points: 9,
  passed: 9,
  note: 30,
  unitName: 32,
  leafTitle: 50,
  kind: 13,
  maxPoints: 12,
};

export type ScoreSheetRow = {
  bloc: string;
  unit: string;
  leaf: string;
  points?: number | string | null;
  passed?: string | boolean | null;
  note?: string | null;
  unitName?: string;
  leafTitle?: string;
  kind?: LeafKind;
  maxPoints?: number | null;
};

/**
 * An .xlsx with the header row (bold, frozen, row 1 as the import reads it) and `rows`; the
 * template leaves the values blank. `title` is printed at the top of every page.
 */
export async function scoreWorkbook(rows: readonly ScoreSheetRow[], title?: string): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet(SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }] });
  const keys = [...SCORE_FIELDS, ...(Object.keys(HELP_COLUMNS) as (keyof typeof HELP_COLUMNS)[])];
  sheet.columns = keys.map((key) => ({
    key,
    width: WIDTHS[key],
    header: key in SCORE_COLUMNS ? SCORE_COLUMNS[key as ScoreField] : HELP_COLUMNS[key as keyof typeof HELP_COLUMNS],
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell, col) => {
    const help = col > SCORE_FIELDS.length;
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: help ? "FFF1F5F9" : "FFE2E8F0" } };
    if (help) cell.font = { bold: true, italic: true, color: { argb: "FF475569" } };
  });
  // Codes stay text even when they look like numbers ("1", "08"), as typed in the criteria set.
  for (const col of [1, 2, 3]) sheet.getColumn(col).numFmt = "@";
  for (const r of rows) {
    sheet.addRow({
      bloc: r.bloc,
      unit: r.unit,
      leaf: r.leaf,
      points: r.points ?? null,
      passed: r.passed ?? null,
      note: r.note ?? null,
      unitName: r.unitName ?? null,
      leafTitle: r.leafTitle ?? null,
      kind: r.kind ? KIND_LABELS_VI[r.kind] : null,
      maxPoints: r.maxPoints ?? null,
    });
  }
  const last = Math.max(2, sheet.rowCount);
  const col = (key: string) => sheet.getColumn(key).letter;
  // Relative to each row: the points of a row go up to that row's own maximum.
  addValidation(
    sheet,
    `${col("points")}2:${col("points")}${last}`,
    SCORE_COLUMNS.points,
    { type: "decimal", operator: "between", formulae: [0, `${col("maxPoints")}2`] },
    "Điểm từ 0 đến điểm tối đa của tiêu chí.",
  );
  addListValidation(sheet, `${col("passed")}2:${col("passed")}${last}`, SCORE_COLUMNS.passed, ["Có", "Không"]);
  sheet.getColumn("points").numFmt = POINTS_FORMAT;
  sheet.getColumn("maxPoints").numFmt = POINTS_FORMAT;
  markTable(sheet, { headerRow: 1, columns: keys.length, lastRow: last });
  if (title) printTitle(sheet, title);

  const guide = workbook.addWorksheet("Hướng dẫn");
  guide.getColumn(1).width = 110;
  for (const line of GUIDE) guide.addRow([line]);
  guide.getRow(1).font = { bold: true };
  return toBuffer(workbook);
}

const GUIDE = [
  "Nhập điểm tự chấm của các đơn vị",
  "Chỉ trang đầu tiên được đọc. Các cột được nhận theo tên ở dòng tiêu đề: Mã khối, Mã đơn vị, Mã tiêu chí, Điểm, Đạt, Ghi chú.",
  "Điểm: cho tiêu chí tiêu chuẩn, điểm thưởng và điểm trừ (điểm trừ ghi số dương), từ 0 đến điểm tối đa, tối đa hai chữ số thập phân (9,5 hoặc 9.5).",
  "Đạt: cho tiêu chí điều kiện, ghi Có (hoặc Đạt) hay Không (hoặc Không đạt).",
  "Dòng không có điểm, không có Đạt và không có ghi chú được bỏ qua. Các cột từ Tên đơn vị trở đi chỉ để tham khảo.",
  "Có bất kỳ dòng nào sai thì không lưu gì cả: sửa theo danh sách lỗi rồi nhập lại.",
];
