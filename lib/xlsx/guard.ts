// The one check every uploaded .xlsx passes before its cells are read (docs/SECURITY.md, "Uploaded
// Excel files": a 483 kB workbook held the server for 15 s and 2 GB; a 1.5 MB zip bomb for 6.7 s).
// The archive is judged from its central directory before anything is inflated; rows and shared
// strings are counted with a plain scan of the XML before it is parsed; columns and cell lengths
// while it is parsed (lib/xlsx/sheet.ts). Each import declares its own limits; the refusal names
// what is too big, and the import words it in Vietnamese through its usual error path.
import type { ZipEntry } from "@/lib/xlsx/zip";

const MB = 1024 * 1024;

export type XlsxLimits = {
  /** Rows with cells below the header. */
  rows: number;
  /** The last column any cell may be in (1-based). */
  columns: number;
  /** Characters in one cell. */
  cellLength: number;
  /** Entries in the shared strings table. */
  sharedStrings: number;
  /** Bytes of all the archive's entries once inflated (the refusal words it in MB). */
  unpacked: number;
};

/** Generous for a hand-made sheet; the worst case under them is measured in docs/SECURITY.md. */
export const DEFAULT_XLSX_LIMITS: XlsxLimits = { rows: 10_000, columns: 50, cellLength: 10_000, sharedStrings: 200_000, unpacked: 20 * MB };

/** An entry inflating to more than this many times its packed size is a zip bomb, not a workbook (Excel's are ~5–20). */
export const MAX_RATIO = 100;
/** Below this size a part's ratio does not matter: a tiny styles.xml may pack very well. */
const RATIO_FLOOR = MB;
/** An .xlsx has a dozen parts, a few hundred with many sheets or pictures. */
export const MAX_ENTRIES = 2_000;

export type XlsxTooBig = {
  what: "unpacked" | "ratio" | "entries" | "rows" | "columns" | "cellLength" | "sharedStrings";
  actual: number;
  limit: number;
};

export class XlsxTooBigError extends Error {
  constructor(readonly problem: XlsxTooBig) {
    super(`${problem.what}: ${problem.actual} > ${problem.limit}`);
  }
}

function refuse(what: XlsxTooBig["what"], actual: number, limit: number): never {
  throw new XlsxTooBigError({ what, actual, limit });
}

/** Throws XlsxTooBigError when the archive as declared is too big or packed like a bomb; inflates nothing. */
export function checkArchive(entries: readonly ZipEntry[], limits: XlsxLimits): void {
  if (entries.length > MAX_ENTRIES) refuse("entries", entries.length, MAX_ENTRIES);
  let unpacked = 0;
  for (const entry of entries) {
    unpacked += entry.size;
    const ratio = entry.size / Math.max(entry.packed, 1);
    if (entry.size > RATIO_FLOOR && ratio > MAX_RATIO) refuse("ratio", Math.round(ratio), MAX_RATIO);
  }
  if (unpacked > limits.unpacked) refuse("unpacked", Math.ceil(unpacked / MB), Math.floor(limits.unpacked / MB));
}

/** How many times `needle` starts a tag in `xml` (followed by a space, ">" or "/"), counted without a regex's allocations. */
function countTags(xml: string, needle: string): number {
  let count = 0;
  for (let i = xml.indexOf(needle); i !== -1; i = xml.indexOf(needle, i + needle.length)) {
    const next = xml.charCodeAt(i + needle.length);
    if (next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13) count++;
  }
  return count;
}

/** Before the shared strings are parsed. */
export function checkSharedStrings(xml: string, limits: XlsxLimits): void {
  const count = countTags(xml, "<si");
  if (count > limits.sharedStrings) refuse("sharedStrings", count, limits.sharedStrings);
}

/** Before the sheet is parsed: its rows, the header allowed for, empty `<row/>`s included as they cost a parse too. */
export function checkSheetRows(xml: string, limits: XlsxLimits): void {
  const rows = countTags(xml, "<row");
  if (rows > limits.rows + 1) refuse("rows", rows, limits.rows);
}

/** While the sheet is parsed, for each cell. */
export function checkCell(column: number, value: unknown, limits: XlsxLimits): void {
  if (column > limits.columns) refuse("columns", column, limits.columns);
  if (typeof value === "string" && value.length > limits.cellLength) refuse("cellLength", value.length, limits.cellLength);
}

export function checkSharedString(value: string, limits: XlsxLimits): void {
  if (value.length > limits.cellLength) refuse("cellLength", value.length, limits.cellLength);
}
