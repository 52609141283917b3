// Reading single cells of a criteria sheet as people fill them in Excel: Vietnamese or English
// kinds, with or without diacritics; "10,5" or "10.5". Each reader returns a value or an error
// code, never throws, so the row parser can report every bad cell at once (lib/xlsx/cells.ts).
import { toHundredths } from "@/lib/criteria/points";
import type { LeafKind } from "@/lib/criteria/types";
import { cellText, fold, type CellResult as Result, type ExcelCell } from "@/lib/xlsx/cells";

type CellResult<T> = Result<T, CellErrorCode>;

export type CellErrorCode = "not_a_number" | "negative" | "zero" | "too_many_decimals" | "unknown_kind" | "not_yes_no" | "invalid_level";

/** The Vietnamese label written on export: what board staff read and type. */
export const KIND_LABELS_VI: Record<LeafKind, string> = {
  standard: "Tiêu chuẩn",
  bonus: "Điểm thưởng",
  deduction: "Điểm trừ",
  gate: "Điều kiện",
};

const KIND_WORDS: Record<string, LeafKind> = {
  "tieu chuan": "standard",
  standard: "standard",
  "diem thuong": "bonus",
  thuong: "bonus",
  bonus: "bonus",
  "diem tru": "deduction",
  tru: "deduction",
  deduction: "deduction",
  "dieu kien": "gate",
  gate: "gate",
};

/** A kind, or null for a blank cell (a group row, or a leaf missing its kind: the caller decides). */
export function readKind(cell: ExcelCell): CellResult<LeafKind | null> {
  const text = cellText(cell);
  if (!text) return { ok: true, value: null };
  const kind = KIND_WORDS[fold(text)];
  return kind ? { ok: true, value: kind } : { ok: false, code: "unknown_kind" };
}

// A dash is how sheets write "no points" for a gate (the example sheet's "–").
const DASHES = new Set(["-", "–", "—"]);

/**
 * Points with a comma or a dot as the decimal mark ("10,5", "10.5"), or null for a blank or a
 * dash. No thousands separators: a max of "1.000" is more likely a typo than a thousand points.
 */
export function readPoints(cell: ExcelCell): CellResult<number | null> {
  let value: number;
  if (typeof cell === "number") value = cell;
  else {
    const text = cellText(cell).replace(/\s/g, "");
    if (!text || DASHES.has(text)) return { ok: true, value: null };
    if (typeof cell === "boolean" || !/^-?\d+([.,]\d+)?$/.test(text)) return { ok: false, code: "not_a_number" };
    value = Number(text.replace(",", "."));
  }
  if (!Number.isFinite(value)) return { ok: false, code: "not_a_number" };
  if (value < 0) return { ok: false, code: "negative" };
  if (value === 0) return { ok: false, code: "zero" };
  return toHundredths(value) === null ? { ok: false, code: "too_many_decimals" } : { ok: true, value };
}

/** An outline level 1, 2, 3…, or null for a blank cell. Depth limits are the tree's business. */
export function readLevel(cell: ExcelCell): CellResult<number | null> {
  const text = cellText(cell);
  if (!text) return { ok: true, value: null };
  const level = Number(text);
  return Number.isInteger(level) && level >= 1 ? { ok: true, value: level } : { ok: false, code: "invalid_level" };
}
