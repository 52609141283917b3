// A filled-in score workbook back into rows for the checker: columns found by their header text.
import type { ExcelCell } from "@/lib/xlsx/cells";
import { SCORE_COLUMNS, SCORE_FIELDS, type ScoreField, type ScoreImportError, type ScoreRow } from "@/lib/imports/score-import-rows";
import { readFirstSheet, UnreadableXlsxError, type SheetRow } from "@/lib/xlsx/sheet";
import { DEFAULT_XLSX_LIMITS, XlsxTooBigError, type XlsxLimits } from "@/lib/xlsx/guard";

/** Beyond these a file is refused before any row is checked (10 000 rows is the expected size, bench/score-import.ts). */
export const SCORE_XLSX_LIMITS: XlsxLimits = { ...DEFAULT_XLSX_LIMITS, rows: 50_000, sharedStrings: 500_000, unpacked: 30 * 1024 * 1024 };

const headerKey = (cell: ExcelCell) =>
  String(cell ?? "")
    .normalize("NFC")
    .trim()
    .toLocaleLowerCase("vi");

const fileError = (code: ScoreImportError["code"], value = ""): ScoreImportError => ({ row: 0, column: null, code, value });

export type ReadScoreResult = { ok: true; rows: ScoreRow[] } | { ok: false; errors: ScoreImportError[] };

/**
 * The first sheet's rows. Its first non-empty row is the header when it names any of the columns
 * (in any order; other columns are ignored); otherwise the template's column order is assumed
 * and every row is data.
 */
export function readScoreXlsx(data: ArrayBuffer | Buffer): ReadScoreResult {
  let sheet: SheetRow[];
  try {
    sheet = readFirstSheet(Buffer.isBuffer(data) ? data : Buffer.from(data), SCORE_XLSX_LIMITS);
  } catch (error) {
    if (error instanceof UnreadableXlsxError) return { ok: false, errors: [fileError("unreadable")] };
    if (error instanceof XlsxTooBigError) {
      const { what, actual, limit } = error.problem;
      return { ok: false, errors: [{ ...fileError("too_big", what), max: limit, actual }] };
    }
    throw error;
  }
  if (sheet.length === 0) return { ok: false, errors: [fileError("no_rows")] };
  const byHeader = new Map(SCORE_FIELDS.map((f) => [headerKey(SCORE_COLUMNS[f]), f]));
  const columns = new Map<number, ScoreField>();
  for (const [col, cell] of sheet[0].cells) {
    const field = byHeader.get(headerKey(cell));
    if (field && ![...columns.values()].includes(field)) columns.set(col, field);
  }
  const hasHeader = columns.size > 0;
  if (hasHeader) {
    const found = new Set(columns.values());
    const missing: ScoreField[] = (["bloc", "unit", "leaf"] as const).filter((f) => !found.has(f));
    // A file of gates only has no points column, and one without gates no "Đạt" column.
    if (!found.has("points") && !found.has("passed")) missing.push("points");
    if (missing.length > 0) return { ok: false, errors: missing.map((f) => fileError("missing_column", SCORE_COLUMNS[f])) };
  } else {
    SCORE_FIELDS.forEach((f, i) => columns.set(i + 1, f));
  }
  const body = hasHeader ? sheet.slice(1) : sheet;
  return {
    ok: true,
    rows: body.map(({ row, cells }) => {
      const out: ScoreRow = { row };
      for (const [col, field] of columns) out[field] = cells.get(col) ?? null;
      return out;
    }),
  };
}
