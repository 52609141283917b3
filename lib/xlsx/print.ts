// How every workbook the app writes prints (docs/ARCHITECTURE.md, "Workbooks for paper"): A4,
// landscape when the columns are too wide for portrait, fitted to one page width, the table's
// header row repeated on every page, thin borders round the table's cells, page numbers in the
// footer and, for templates whose first row must stay the header, the title in the page header.
// toBuffer (lib/xlsx/workbook.ts) applies it to every worksheet, so no workbook is left for screen only.
import type ExcelJS from "exceljs";

/** Where a worksheet's table sits: its header row, how many columns, its last row (data or totals). */
export type PrintTable = { headerRow: number; columns: number; lastRow: number };

const tables = new WeakMap<ExcelJS.Worksheet, PrintTable>();
const titles = new WeakMap<ExcelJS.Worksheet, string>();

/** Records the table of a sheet, so it is bordered and its header repeated on printed pages. */
export function markTable(sheet: ExcelJS.Worksheet, table: PrintTable) {
  tables.set(sheet, table);
}

/** Moves the table's last row down (after data or a totals row is added). */
export function extendTable(sheet: ExcelJS.Worksheet, lastRow: number) {
  const table = tables.get(sheet);
  if (table) table.lastRow = Math.max(table.lastRow, lastRow);
}

/** A title printed at the top of every page, for sheets whose first row is the import's header row. */
export function printTitle(sheet: ExcelJS.Worksheet, title: string) {
  titles.set(sheet, title);
}

/**
 * Column width (in characters) an A4 portrait page holds at about 90% scale; wider tables go
 * landscape, where fitting to the page width shrinks them less.
 */
export const PORTRAIT_MAX_WIDTH = 100;
const DEFAULT_WIDTH = 9;
export const A4 = 9;

/** "&" starts a code in a header or footer: a literal one is doubled. */
const headerText = (text: string) => text.replace(/&/g, "&&");

const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF000000" } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export function sheetWidth(sheet: ExcelJS.Worksheet, columns?: number): number {
  const count = columns ?? sheet.columnCount;
  let width = 0;
  for (let c = 1; c <= count; c++) width += sheet.getColumn(c).width ?? DEFAULT_WIDTH;
  return width;
}

/** The page setup of one worksheet; borders and print titles when its table is known. */
export function applyPrintSetup(sheet: ExcelJS.Worksheet) {
  const table = tables.get(sheet);
  const landscape = sheetWidth(sheet, table?.columns) > PORTRAIT_MAX_WIDTH;
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: A4,
    orientation: landscape ? "landscape" : "portrait",
    fitToPage: true,
    fitToWidth: 1,
    // 0: as many pages down as the rows need.
    fitToHeight: 0,
    margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    horizontalCentered: true,
  };
  const title = titles.get(sheet);
  sheet.headerFooter = {
    ...sheet.headerFooter,
    ...(title ? { oddHeader: `&L&9${headerText(title)}` } : {}),
    oddFooter: "&C&9Trang &P/&N",
  };
  if (!table) return;
  sheet.pageSetup.printTitlesRow = `${table.headerRow}:${table.headerRow}`;
  for (let r = table.headerRow; r <= table.lastRow; r++) {
    const row = sheet.getRow(r);
    for (let c = 1; c <= table.columns; c++) row.getCell(c).border = BOX;
  }
}
