// Reading single cells as people fill them in Excel: text pasted from Word or the web, "Có", "x"
// or TRUE. Each reader returns a value or an error code, never throws, so a row parser can report
// every bad cell at once. Shared by every workbook an upload is read from (criteria, scores,
// onboarding); what a cell means to one of them lives with it (lib/criteria/excel-cells.ts).

/** What a spreadsheet library hands back for a cell. */
export type ExcelCell = string | number | boolean | null | undefined;

export type CellResult<T, Code extends string> = { ok: true; value: T } | { ok: false; code: Code };

/** The cell as trimmed NFC text: text pasted from Word or the web is often decomposed (NFD) or padded with no-break spaces. */
export function cellText(cell: ExcelCell): string {
  if (cell === null || cell === undefined) return "";
  return String(cell)
    .normalize("NFC")
    .replace(/\u00a0/g, " ")
    .trim();
}

/** Lower case without diacritics, so "ĐIỂM TRỪ", "điểm trừ" and "diem tru" read the same. */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gi, "d").toLowerCase().replace(/\s+/g, " ");
}

const YES = new Set(["co", "c", "x", "yes", "y", "true", "1"]);
const NO = new Set(["", "khong", "k", "no", "n", "false", "0"]);

/** "Có"/"x"/TRUE/1 yes; "Không"/blank/FALSE/0 no. */
export function readYesNo(cell: ExcelCell): CellResult<boolean, "not_yes_no"> {
  if (typeof cell === "boolean") return { ok: true, value: cell };
  const text = fold(cellText(cell));
  if (YES.has(text)) return { ok: true, value: true };
  if (NO.has(text)) return { ok: true, value: false };
  return { ok: false, code: "not_yes_no" };
}
