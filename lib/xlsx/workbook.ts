// What every exported workbook shares: title rows, a bold frozen header, widths, points as
// numbers shown with the decimal comma, a totals row; how each prints lives in lib/xlsx/print.ts.
import ExcelJS from "exceljs";
import { applyPrintSetup, extendTable, markTable } from "@/lib/xlsx/print";

/**
 * Points stay numbers; [$-42A] (Vietnamese) makes LibreOffice show them with the decimal comma
 * whatever its own locale, and Excel uses the reader's separators (a Vietnamese Windows: the
 * comma). General shows 10 as "10" and 9.5 as "9,5", never "10." as "0.##" does in Excel.
 */
export const POINTS_FORMAT = "[$-42A]General";

export type ColumnSpec = { header: string; width: number; points?: boolean; wrap?: boolean; center?: boolean };

/** Excel's sheet-name rules: at most 31 characters, none of []:*?/\, unique ignoring case. */
export function worksheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((raw) => {
    const base = (
      raw
        .replace(/[[\]:*?/\\]/g, " ")
        .replace(/\s+/g, " ")
        .trim() || "Trang"
    )
      .slice(0, 31)
      .trim();
    let name = base;
    for (let n = 2; used.has(name.toLocaleLowerCase("vi")); n++) {
      const suffix = ` (${n})`;
      name = `${base.slice(0, 31 - suffix.length).trim()}${suffix}`;
    }
    used.add(name.toLocaleLowerCase("vi"));
    return name;
  });
}

/**
 * A worksheet with `titles` as the first rows (the first one large and bold), then the header
 * row, frozen so it stays on screen while scrolling; returns the sheet to add data rows to.
 */
export function addTable(workbook: ExcelJS.Workbook, name: string, titles: readonly string[], columns: readonly ColumnSpec[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = columns.map((c) => ({ width: c.width }));
  titles.forEach((text, i) => {
    const row = sheet.addRow([text]);
    // Across the table and left-aligned, or a centred first column would crop the title.
    sheet.mergeCells(row.number, 1, row.number, columns.length);
    row.getCell(1).alignment = { horizontal: "left", vertical: "middle" };
    row.getCell(1).font = i === 0 ? { bold: true, size: 14 } : { italic: true };
    row.height = i === 0 ? 22 : 16;
  });
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.height = 32;
  header.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
    cell.border = { bottom: { style: "thin" } };
  });
  sheet.views = [{ state: "frozen", ySplit: header.number }];
  // Printed pages repeat the header row and the table gets borders (lib/xlsx/print.ts).
  markTable(sheet, { headerRow: header.number, columns: columns.length, lastRow: header.number });
  return sheet;
}

/** Lines a wrapped text needs in a column `width` characters wide (a rough fit: spreadsheets do not size rows on open). */
export function linesFor(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.2));
  return text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil([...part].length / perLine)), 0);
}

/** Data rows, each cell styled for its column, tall enough for wrapped text. */
export function addRows(sheet: ExcelJS.Worksheet, columns: readonly ColumnSpec[], rows: readonly ExcelJS.CellValue[][]) {
  for (const values of rows) {
    const row = sheet.addRow(values);
    const lines = Math.max(1, ...columns.map((c, i) => (c.wrap && typeof values[i] === "string" ? linesFor(values[i], c.width) : 1)));
    if (lines > 1) row.height = 15 * lines;
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      if (c.points) cell.numFmt = POINTS_FORMAT;
      if (c.wrap) cell.alignment = { wrapText: true, vertical: "top" };
      // A gate's "Đạt" in a points column lines up with the numbers.
      else if (c.points) cell.alignment = { horizontal: "right", vertical: "top" };
      else if (c.center) cell.alignment = { horizontal: "center", vertical: "top" };
      else cell.alignment = { vertical: "top" };
    });
    extendTable(sheet, row.number);
  }
}

/**
 * A bold row closing the table, e.g. "Cộng" with each column's sum: `values` by column index
 * (0-based), the label in the first column (merged across to the first value).
 */
export function addTotalRow(sheet: ExcelJS.Worksheet, columns: readonly ColumnSpec[], label: string, values: ReadonlyMap<number, ExcelJS.CellValue>) {
  const first = Math.min(...values.keys());
  const row = sheet.addRow(columns.map((_, i) => (i === 0 ? label : (values.get(i) ?? null))));
  if (first > 1) sheet.mergeCells(row.number, 1, row.number, first);
  row.font = { bold: true };
  columns.forEach((c, i) => {
    const cell = row.getCell(i + 1);
    if (c.points) cell.numFmt = POINTS_FORMAT;
    cell.alignment = { horizontal: "right", vertical: "top" };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF1F5F9" } };
  });
  extendTable(sheet, row.number);
  return row;
}

// exceljs writes range validations but leaves them out of its types.
type WithValidations = ExcelJS.Worksheet & { dataValidations: { add: (range: string, validation: ExcelJS.DataValidation) => void } };

/** A check on the cells of `range` ("E2:E500") with a Vietnamese message naming the column. */
export function addValidation(
  sheet: ExcelJS.Worksheet,
  range: string,
  column: string,
  rule: Pick<ExcelJS.DataValidation, "type" | "formulae"> & Partial<ExcelJS.DataValidation>,
  error: string,
) {
  (sheet as WithValidations).dataValidations.add(range, { allowBlank: true, showErrorMessage: true, errorTitle: column, error, ...rule });
}

/** A drop-down of fixed values on `range`: anything else typed is refused. */
export function addListValidation(sheet: ExcelJS.Worksheet, range: string, column: string, choices: readonly string[]) {
  addValidation(sheet, range, column, { type: "list", formulae: [`"${choices.join(",")}"`] }, `Chọn một giá trị trong danh sách: ${choices.join("; ")}.`);
}

/** A note under the table, across every column, wrapped. */
export function addNote(sheet: ExcelJS.Worksheet, columns: readonly ColumnSpec[], text: string) {
  const row = sheet.addRow([text]);
  sheet.mergeCells(row.number, 1, row.number, columns.length);
  row.getCell(1).font = { italic: true };
  row.getCell(1).alignment = { wrapText: true, vertical: "top", horizontal: "left" };
  row.height =
    15 *
    linesFor(
      text,
      columns.reduce((n, c) => n + c.width, 0),
    );
}

// Text a spreadsheet would take for a formula (or DDE) if typed in: "=", "+", "-", "@", tab, CR.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text cells that start like a formula get the Text number format. exceljs writes strings as
 * shared strings, which no spreadsheet evaluates on opening; the danger is the cell being edited
 * (F2, Enter) and Excel or LibreOffice reading it again as typed input. A Text cell keeps what is
 * typed into it as text. The value itself is untouched (no leading apostrophe), so what is
 * exported reads back as it was (docs/SECURITY.md, "Spreadsheet exports"). Numbers are not text
 * and keep their format.
 */
function guardFormulaText(workbook: ExcelJS.Workbook) {
  for (const sheet of workbook.worksheets)
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "string" && FORMULA_START.test(cell.value)) cell.style = { ...cell.style, numFmt: "@" };
      }),
    );
}

/** Every xlsx the app writes goes through here (a unit test checks that nothing else writes one). */
export async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  guardFormulaText(workbook);
  for (const sheet of workbook.worksheets) applyPrintSetup(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Thi đua khối";
  workbook.created = new Date(0);
  return workbook;
}
