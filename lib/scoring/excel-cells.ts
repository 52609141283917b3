// Reading single cells of a criteria sheet as people fill them in Excel: Vietnamese or English
// kinds, with or without diacritics; "10,5" or "10.5"; "Có", "x" or TRUE. Each reader returns
// a value or an error code, never throws, so the row parser can report every bad cell at once.
import { toHundredths } from "@/lib/criteria/points";
import type { LeafKind } from "@/lib/criteria/types";

/** What a spreadsheet library hands back for a cell. */
export type ExcelCell = string | number | boolean | null | undefined;

export type CellResult<T> = { ok: true; value: T } | { ok: false; code: CellErrorCode };

export type CellErrorCode = "not_a_number" | "negative" | "zero" | "too_many_decimals" | "unknown_kind" | "not_yes_no" | "invalid_level";

/** The Vietnamese label written on export: what board staff read and type. */
export const KIND_LABELS_VI: Record<LeafKind, string> = {
  standard: "Tiêu chuẩn",
  bonus: "Điểm thưởng",
  deduction: "Điểm trừ",
  gate: "Điều kiện",
};

/** The cell as trimmed NFC text: text pasted from Word or the web is often decomposed (NFD) or padded with no-break spaces. */
export function cellText(cell: ExcelCell): string {
  if (cell === null || cell === undefined) return "";
  return String(cell)
    .normalize("NFC")
    .replace(/\u00a0/g, " ")
    .trim();
}

/** Lower case without diacritics, so "ĐIỂM TRỪ", "điểm trừ" and "diem tru" read the same. */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gi, "d").toLowerCase().replace(/\s+/g, " ");
}

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

const YES = new Set(["co", "c", "x", "yes", "y", "true", "1"]);
const NO = new Set(["", "khong", "k", "no", "n", "false", "0"]);

/** Evidence required: "Có"/"x"/TRUE/1 yes; "Không"/blank/FALSE/0 no. */
export function readYesNo(cell: ExcelCell): CellResult<boolean> {
  if (typeof cell === "boolean") return { ok: true, value: cell };
  const text = fold(cellText(cell));
  if (YES.has(text)) return { ok: true, value: true };
  if (NO.has(text)) return { ok: true, value: false };
  return { ok: false, code: "not_yes_no" };
}

/** An outline level 1, 2, 3…, or null for a blank cell. Depth limits are the tree's business. */
export function readLevel(cell: ExcelCell): CellResult<number | null> {
  const text = cellText(cell);
  if (!text) return { ok: true, value: null };
  const level = Number(text);
  return Number.isInteger(level) && level >= 1 ? { ok: true, value: level } : { ok: false, code: "invalid_level" };
}
