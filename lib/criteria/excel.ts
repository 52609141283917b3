import "server-only";
// The criteria set to and from .xlsx. The sheet's layout and every check live in
// lib/criteria/excel-rows.ts (pure); this file only moves cells in and out of the workbook.
import ExcelJS from "exceljs";
import { toBuffer } from "@/lib/xlsx/workbook";
import type { CriteriaNode } from "@/lib/criteria/types";
import type { ExcelCell } from "@/lib/xlsx/cells";
import { readFirstSheet, UnreadableXlsxError, type SheetRow } from "@/lib/xlsx/sheet";
import { DEFAULT_XLSX_LIMITS, type XlsxLimits } from "@/lib/xlsx/guard";
import { EXCEL_COLUMNS, criteriaTreeToRows, type CriteriaRow, type ExcelField } from "@/lib/criteria/excel-rows";

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
