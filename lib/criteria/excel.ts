import "server-only";
// The criteria set to and from .xlsx. The sheet's layout and every check live in
// lib/scoring/excel-rows.ts (pure); this file only moves cells in and out of exceljs.
import ExcelJS from "exceljs";
import { toBuffer } from "@/lib/exports/workbook";
import type { CriteriaNode } from "@/lib/criteria/types";
import type { ExcelCell } from "@/lib/scoring/excel-cells";
import { EXCEL_COLUMNS, criteriaTreeToRows, type CriteriaRow, type ExcelField } from "@/lib/scoring/excel-rows";

export const SHEET_NAME = "Tieu chi";
const FIELDS = Object.keys(EXCEL_COLUMNS) as ExcelField[];
const WIDTHS: Record<ExcelField, number> = { code: 10, title: 60, parentCode: 10, level: 6, kind: 14, maxPoints: 12, evidenceRequired: 20, guidance: 60 };

/** The tree as an .xlsx workbook: one header row (bold), one row per node. */
export async function criteriaToXlsx(tree: readonly CriteriaNode[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET_NAME);
  sheet.columns = FIELDS.map((f) => ({ header: EXCEL_COLUMNS[f], key: f, width: WIDTHS[f] }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  for (const row of criteriaTreeToRows(tree)) {
    const values: Record<string, ExcelCell> = {};
    for (const f of FIELDS) values[f] = row[f] === "" ? null : row[f];
    sheet.addRow(values);
  }
  sheet.getColumn("maxPoints").numFmt = "0.##";
  return toBuffer(workbook);
}

/** What exceljs hands back for a cell, as a plain value: rich text joined, formulas by their result, dates as text. */
function plain(value: ExcelJS.CellValue): ExcelCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("result" in value) return plain((value.result ?? null) as ExcelJS.CellValue);
    if ("text" in value) return String(value.text);
    if ("error" in value) return String(value.error);
  }
  return String(value);
}

const header = (text: ExcelCell) =>
  String(text ?? "")
    .normalize("NFC")
    .trim()
    .toLocaleLowerCase("vi");

export class UnreadableWorkbookError extends Error {}

/**
 * The first sheet's rows, keyed by the header row (columns found by their header text, in any
 * order; without a recognised header the standard column order is assumed and row 1 is data).
 */
export async function readCriteriaXlsx(data: ArrayBuffer | Buffer): Promise<CriteriaRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as ArrayBuffer);
  } catch {
    throw new UnreadableWorkbookError();
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const byHeader = new Map(FIELDS.map((f) => [header(EXCEL_COLUMNS[f]), f]));
  const columns = new Map<number, ExcelField>();
  sheet.getRow(1).eachCell((cell, col) => {
    const field = byHeader.get(header(plain(cell.value)));
    if (field) columns.set(col, field);
  });
  const hasHeader = columns.size > 0;
  if (!hasHeader) FIELDS.forEach((f, i) => columns.set(i + 1, f));
  const rows: CriteriaRow[] = [];
  for (let r = hasHeader ? 2 : 1; r <= sheet.rowCount; r++) {
    const row: CriteriaRow = { row: r };
    const excelRow = sheet.getRow(r);
    for (const [col, field] of columns) row[field] = plain(excelRow.getCell(col).value);
    rows.push(row);
  }
  return rows;
}
