import "server-only";
// The criteria set to and from .xlsx. The sheet's layout and every check live in
// lib/criteria/excel-rows.ts (pure); this file only moves cells in and out of the workbook.
import { addListValidation, addValidation, linesFor, newWorkbook, POINTS_FORMAT, toBuffer } from "@/lib/xlsx/workbook";
import { markTable, printTitle } from "@/lib/xlsx/print";
import { KIND_LABELS_VI } from "@/lib/criteria/excel-cells";
import { MAX_DEPTH } from "@/lib/criteria/types";
import type { CriteriaNode } from "@/lib/criteria/types";
import type { ExcelCell } from "@/lib/xlsx/cells";
import { readFirstSheet, UnreadableXlsxError, type SheetRow } from "@/lib/xlsx/sheet";
import { DEFAULT_XLSX_LIMITS, type XlsxLimits } from "@/lib/xlsx/guard";
import { EXCEL_COLUMNS, criteriaTreeToRows, type CriteriaRow, type ExcelField } from "@/lib/criteria/excel-rows";

export const SHEET_NAME = "Tieu chi";
const FIELDS = Object.keys(EXCEL_COLUMNS) as ExcelField[];
const WIDTHS: Record<ExcelField, number> = { code: 10, title: 60, parentCode: 10, level: 6, kind: 14, maxPoints: 12, evidenceRequired: 20, guidance: 60 };

/** Rows given drop-downs and checks beyond the exported ones, for rows a user adds. */
const SPARE_ROWS = 200;

/**
 * The tree as an .xlsx workbook: one header row (bold, row 1, as the import reads it), one row
 * per node. `title` (set, bloc, year and state) is printed at the top of every page rather than
 * in a row, so the file imports back as it is.
 */
export async function criteriaToXlsx(tree: readonly CriteriaNode[], title?: string): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet(SHEET_NAME);
  sheet.columns = FIELDS.map((f) => ({ header: EXCEL_COLUMNS[f], key: f, width: WIDTHS[f] }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  header.height = 30;
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  for (const row of criteriaTreeToRows(tree)) {
    const values: Record<string, ExcelCell> = {};
    for (const f of FIELDS) values[f] = row[f] === "" ? null : row[f];
    const added = sheet.addRow(values);
    added.alignment = { vertical: "top", wrapText: true };
    // Spreadsheets do not size wrapped rows on opening: without a height the lines overlap.
    added.height = 15 * Math.max(...(["title", "guidance"] as const).map((f) => linesFor(String(values[f] ?? ""), WIDTHS[f])));
  }
  sheet.getColumn("maxPoints").numFmt = POINTS_FORMAT;
  // Codes stay text even when they look like numbers ("1", "08").
  for (const f of ["code", "parentCode"] as const) sheet.getColumn(f).numFmt = "@";
  const last = sheet.rowCount + SPARE_ROWS;
  const column = (f: ExcelField) => sheet.getColumn(f).letter;
  const range = (f: ExcelField) => `${column(f)}2:${column(f)}${last}`;
  addListValidation(sheet, range("kind"), EXCEL_COLUMNS.kind, Object.values(KIND_LABELS_VI));
  addListValidation(sheet, range("evidenceRequired"), EXCEL_COLUMNS.evidenceRequired, ["Có", "Không"]);
  addValidation(
    sheet,
    range("level"),
    EXCEL_COLUMNS.level,
    { type: "whole", operator: "between", formulae: [1, MAX_DEPTH] },
    `Cấp là số nguyên từ 1 đến ${MAX_DEPTH}.`,
  );
  addValidation(
    sheet,
    range("maxPoints"),
    EXCEL_COLUMNS.maxPoints,
    { type: "decimal", operator: "greaterThanOrEqual", formulae: [0] },
    "Điểm tối đa là số không âm.",
  );
  markTable(sheet, { headerRow: 1, columns: FIELDS.length, lastRow: sheet.rowCount });
  if (title) printTitle(sheet, title);
  return toBuffer(workbook);
}

const header = (text: ExcelCell) =>
  String(text ?? "")
    .normalize("NFC")
    .trim()
    .toLocaleLowerCase("vi");

export class UnreadableWorkbookError extends Error {}

/** A criteria set has a few hundred rows; the reader's defaults bound the rest (lib/xlsx/guard.ts). */
export const CRITERIA_XLSX_LIMITS: XlsxLimits = { ...DEFAULT_XLSX_LIMITS, rows: 2_000 };

/**
 * The first sheet's rows, keyed by the header row (columns found by their header text, in any
 * order; without a recognised header the standard column order is assumed and row 1 is data).
 * Read with the score import's reader, never exceljs: an upload is refused by the guard's limits
 * (XlsxTooBigError) before its XML is parsed.
 */
export function readCriteriaXlsx(data: ArrayBuffer | Buffer): CriteriaRow[] {
  let sheet: SheetRow[];
  try {
    sheet = readFirstSheet(Buffer.isBuffer(data) ? data : Buffer.from(data), CRITERIA_XLSX_LIMITS);
  } catch (error) {
    if (error instanceof UnreadableXlsxError) throw new UnreadableWorkbookError();
    throw error;
  }
  const byHeader = new Map(FIELDS.map((f) => [header(EXCEL_COLUMNS[f]), f]));
  const columns = new Map<number, ExcelField>();
  const first = sheet[0]?.row === 1 ? sheet[0] : null;
  for (const [col, cell] of first?.cells ?? []) {
    const field = byHeader.get(header(cell));
    if (field) columns.set(col, field);
  }
  const hasHeader = columns.size > 0;
  if (!hasHeader) FIELDS.forEach((f, i) => columns.set(i + 1, f));
  return (hasHeader ? sheet.slice(1) : sheet).map(({ row, cells }) => {
    const out: CriteriaRow = { row };
    for (const [col, field] of columns) out[field] = cells.get(col) ?? null;
    return out;
  });
}
