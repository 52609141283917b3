// Cells of the onboarding sheets as people type them: choices matched without regard to case or
// diacritics ("Khối", "khoi", "KHỐI"), yes/no in Vietnamese, days as dd/MM/yyyy text (or a cell
// Excel turned into a date), code lists separated by commas.
import { dayOf, formatDay, isoDay, readVietnamDay } from "@/lib/format/vi";
import { cellText, type ExcelCell } from "@/lib/xlsx/cells";
import { headerKey } from "@/lib/onboarding/read";

/** The value whose label (or own name) the cell reads as; undefined when none does, null for a blank cell. */
export function readChoice<V extends string>(cell: ExcelCell, labels: Record<V, string>): V | null | undefined {
  const text = headerKey(cellText(cell));
  if (!text) return null;
  return (Object.keys(labels) as V[]).find((v) => headerKey(labels[v]) === text || headerKey(v) === text);
}

export const YES_NO = { yes: "Có", no: "Không" } as const;

/** Có/Không; blank reads as Không. Undefined for anything else. */
export function readYes(cell: ExcelCell): boolean | undefined {
  const choice = readChoice(cell, YES_NO);
  return choice === undefined ? undefined : choice === "yes";
}

// Excel counts days from 30/12/1899; a typed date in a cell not formatted as text arrives so.
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A day as the domain schemas take it (yyyy-MM-dd), "" for a blank cell, or undefined when the
 * cell is not a real day. Text is read by lib/format/vi.ts as the date fields read it (d/M/yyyy).
 */
export function readDay(cell: ExcelCell): string | undefined {
  if (typeof cell === "number") {
    const day = dayOf(new Date(EXCEL_EPOCH + Math.round(cell) * 86_400_000).toISOString().slice(0, 10));
    return day ? isoDay(day) : undefined;
  }
  const text = cellText(cell);
  if (!text) return "";
  const read = readVietnamDay(text);
  return read.ok ? isoDay(read.day) : undefined;
}

/** A stored calendar day as the sheet shows it: dd/MM/yyyy. */
export const dayCell = (d: Date | null) => (d ? formatDay(dayOf(d)!) : "");

/** "A, B ,C" → ["A", "B", "C"]: codes separated by commas or semicolons. */
export const readList = (cell: ExcelCell) =>
  cellText(cell)
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
