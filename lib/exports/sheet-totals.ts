// The rows a clerk would add up under a unit's score sheet: each kind's sum per layer and the
// total (standard + bonus − deduction). Written as SUMIF formulas over the Loại column, so a
// corrected cell re-adds on paper as on screen, with the sums computed here as their cached
// results (a file opened without recalculation, or read back by a program, shows the same numbers).
import type ExcelJS from "exceljs";
import { fromHundredths, toHundredths } from "@/lib/criteria/points";
import { KIND_LABELS_VI } from "@/lib/criteria/excel-cells";
import type { SheetExportLeaf } from "@/lib/exports/sheets-workbook";
import { addTotalRow, type ColumnSpec } from "@/lib/xlsx/workbook";

/** The columns summed (0-based, as in the unit sheet) and the value each takes from a leaf. */
const SUMMED: [number, (l: SheetExportLeaf) => unknown][] = [
  [3, (l) => l.max],
  [4, (l) => l.self],
  [5, (l) => l.reviewed],
  [6, (l) => l.appraised],
  [7, (l) => l.final],
];
const KIND_COLUMN = 2;
const POINT_KINDS = ["standard", "bonus", "deduction"] as const;
const ROW_LABELS = { standard: "Cộng điểm tiêu chuẩn", bonus: "Cộng điểm thưởng", deduction: "Cộng điểm trừ" } as const;

const letter = (index: number) => String.fromCharCode(65 + index);

/** Adds the totals under the leaves just written (the sheet's last `leaves.length` rows). */
export function addLeafTotals(sheet: ExcelJS.Worksheet, columns: readonly ColumnSpec[], leaves: readonly SheetExportLeaf[]) {
  if (!leaves.length) return;
  const last = sheet.rowCount;
  const first = last - leaves.length + 1;
  const kinds = letter(KIND_COLUMN);
  const rowOf = new Map<string, number>();
  const sums = new Map<string, Map<number, number | null>>();
  for (const kind of POINT_KINDS) {
    const values = new Map<number, ExcelJS.CellValue>();
    const cached = new Map<number, number | null>();
    for (const [col, pick] of SUMMED) {
      const numbers = leaves.filter((l) => l.kind === kind).map(pick);
      const present = numbers.filter((v): v is number => typeof v === "number");
      // A layer nobody filled stays blank rather than a misleading 0.
      const sum = present.length ? fromHundredths(present.reduce((n, v) => n + (toHundredths(v) ?? 0), 0)) : null;
      cached.set(col, sum);
      const range = (c: string) => `$${c}$${first}:$${c}$${last}`;
      values.set(col, sum === null ? null : { formula: `SUMIF(${range(kinds)},"${KIND_LABELS_VI[kind]}",${range(letter(col))})`, result: sum });
    }
    sums.set(kind, cached);
    rowOf.set(kind, addTotalRow(sheet, columns, ROW_LABELS[kind], values).number);
  }
  const total = new Map<number, ExcelJS.CellValue>();
  // The maxima of different kinds do not add up to anything a clerk reads.
  for (const [col] of SUMMED.slice(1)) {
    const part = (kind: (typeof POINT_KINDS)[number]) => sums.get(kind)!.get(col) ?? null;
    if (part("standard") === null && part("bonus") === null && part("deduction") === null) {
      total.set(col, null);
      continue;
    }
    const c = letter(col);
    const result = fromHundredths(
      (toHundredths(part("standard") ?? 0) ?? 0) + (toHundredths(part("bonus") ?? 0) ?? 0) - (toHundredths(part("deduction") ?? 0) ?? 0),
    );
    total.set(col, { formula: `${c}${rowOf.get("standard")}+${c}${rowOf.get("bonus")}-${c}${rowOf.get("deduction")}`, result });
  }
  addTotalRow(sheet, columns, "Tổng điểm (tiêu chuẩn + thưởng − trừ)", total);
}
