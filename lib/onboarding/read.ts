// An uploaded onboarding workbook back into rows: the first sheet, its first row the header,
// columns found by their header text (any order; other columns ignored), the example row skipped
// while it is left as the template wrote it, blank rows skipped.
import { cellText, type ExcelCell } from "@/lib/xlsx/cells";
import { readFirstSheet, UnreadableXlsxError, type SheetRow } from "@/lib/xlsx/sheet";
import { DEFAULT_XLSX_LIMITS, XlsxTooBigError } from "@/lib/xlsx/guard";
import type { Columns, Issue, SheetRecord } from "@/lib/onboarding/spec";

/** A province has a few thousand accounts at most; beyond this a file is refused unread. */
export const MAX_ROWS = 10_000;

export const headerKey = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/gi, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

const fileIssue = (key: string, params?: Issue["params"]): Issue => ({ row: 0, column: null, key, ...(params && { params }) });

export type ReadResult<F extends string> = { ok: true; records: SheetRecord<F>[] } | { ok: false; errors: Issue[] };

export function readRecords<F extends string>(data: Buffer, columns: Columns<F>, example: Record<F, string>): ReadResult<F> {
  let sheet: SheetRow[];
  try {
    // The example row is one more than the data rows allowed.
    sheet = readFirstSheet(data, { ...DEFAULT_XLSX_LIMITS, rows: MAX_ROWS + 1 });
  } catch (error) {
    if (error instanceof UnreadableXlsxError) return { ok: false, errors: [fileIssue("onboarding.problems.unreadable")] };
    if (error instanceof XlsxTooBigError) return { ok: false, errors: [fileIssue("onboarding.problems.tooBig", { ...error.problem })] };
    throw error;
  }
  if (sheet.length === 0) return { ok: false, errors: [fileIssue("onboarding.problems.empty")] };
  const fields = Object.keys(columns) as F[];
  const byHeader = new Map(fields.map((f) => [headerKey(columns[f].header), f]));
  const found = new Map<F, number>();
  for (const [col, cell] of sheet[0].cells) {
    const field = byHeader.get(headerKey(cellText(cell)));
    if (field && !found.has(field)) found.set(field, col);
  }
  const missing = fields.filter((f) => !found.has(f));
  if (missing.length > 0) return { ok: false, errors: missing.map((f) => fileIssue("onboarding.problems.missingColumn", { column: columns[f].header })) };
  const body = sheet.slice(1);
  const records: SheetRecord<F>[] = [];
  for (const { row, cells } of body) {
    const values = Object.fromEntries(fields.map((f) => [f, cells.get(found.get(f)!) ?? null])) as Record<F, ExcelCell>;
    if (fields.every((f) => !cellText(values[f]))) continue;
    if (fields.every((f) => cellText(values[f]) === example[f])) continue;
    records.push({ row, cells: values });
  }
  if (records.length === 0) return { ok: false, errors: [fileIssue("onboarding.problems.noRows")] };
  return { ok: true, records };
}
