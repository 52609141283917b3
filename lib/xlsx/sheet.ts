// The first worksheet of an .xlsx as plain cell values, read straight from the zip and its XML.
// exceljs (used to write workbooks) builds a full model of every cell, styles included: 0.5 to
// 1.5 s for 10 000 score rows on a freshly started server, against a target of 3 s for the whole
// import (docs/PERFORMANCE.md, "The benchmark and its history"). This reads only values, in tens
// of milliseconds. A date cell comes back as its serial number: nothing the score import reads is
// a date.
// Every read goes through lib/xlsx/guard.ts: a file too big for its import is refused with
// XlsxTooBigError before (or while) its XML is parsed.
import type { ExcelCell } from "@/lib/xlsx/cells";
import { checkArchive, checkCell, checkSharedString, checkSharedStrings, checkSheetRows, XlsxTooBigError, type XlsxLimits } from "@/lib/xlsx/guard";
import { zipEntries, type ZipEntry } from "@/lib/xlsx/zip";

export class UnreadableXlsxError extends Error {}

/** One row that has cells; `cells` is keyed by 1-based column number. */
export type SheetRow = { row: number; cells: Map<number, ExcelCell> };

function fail(why: string): never {
  throw new UnreadableXlsxError(why);
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** XML text as written: entities, then OOXML's _xHHHH_ escapes (Excel writes a line break in a cell as _x000D_). */
function decode(text: string): string {
  return text
    .replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) =>
      e[0] === "#" ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (ENTITIES[e] ?? m),
    )
    .replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1], decode(m[2] ?? m[3]));
  return out;
}

// One attribute of a cell or row tag, without building the map `attributes` does: the sheet's
// millions of cells make that the bulk of reading it.
const ROW_OR_REF = /(?:^|\s)r\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const TYPE = /(?:^|\s)t\s*=\s*(?:"([^"]*)"|'([^']*)')/;
function attribute(tag: string, pattern: RegExp): string | undefined {
  const m = pattern.exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** The text runs of a string item (<si>, <is>), leaving out phonetic guides. */
function runsText(xml: string): string {
  const body = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let text = "";
  for (const m of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) text += m[1];
  return decode(text);
}

/** "B12" → 2; letters only, so "AA" → 27. */
function columnOf(ref: string): number {
  let col = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  return col;
}

function cellValue(type: string | undefined, inner: string, shared: readonly string[]): ExcelCell {
  if (type === "inlineStr") return runsText(inner);
  const v = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/.exec(inner)?.[1];
  if (v === undefined) return null;
  if (type === "s") return shared[Number(v)] ?? fail("missing shared string");
  if (type === "b") return v.trim() === "1";
  if (type === "str" || type === "e") return decode(v);
  if (type === "d") return decode(v).slice(0, 10);
  if (!v.trim()) return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : decode(v);
}

type Entries = Map<string, ZipEntry>;

function text(entries: Entries, name: string): string {
  const entry = entries.get(name) ?? fail(`no ${name}`);
  return entry.read().toString("utf8");
}

const relationships = (xml: string) => [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => attributes(m[0]));

/** A relationship's target as an archive path: relative to the referring part's folder, or absolute. */
function join(dir: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts: string[] = [];
  for (const part of `${dir}${target}`.split("/")) {
    if (part === "..") parts.pop();
    else if (part && part !== ".") parts.push(part);
  }
  return parts.join("/");
}

/** The workbook's first sheet (in tab order) and its shared strings, followed through the package's relationships. */
function locate(entries: Entries) {
  const office =
    relationships(text(entries, "_rels/.rels"))
      .find((r) => r.get("Type")?.endsWith("/officeDocument"))
      ?.get("Target") ?? fail("no workbook");
  const workbook = join("", office);
  const dir = workbook.slice(0, workbook.lastIndexOf("/") + 1);
  const firstSheet = /<sheet\b[^>]*>/.exec(text(entries, workbook))?.[0] ?? fail("no sheet");
  const relId = [...attributes(firstSheet)].find(([name]) => name.endsWith(":id"))?.[1] ?? fail("sheet without relationship");
  const rels = relationships(text(entries, `${dir}_rels/${workbook.slice(dir.length)}.rels`));
  const sheet = rels.find((r) => r.get("Id") === relId)?.get("Target") ?? fail("sheet not found");
  const shared = rels.find((r) => r.get("Type")?.endsWith("/sharedStrings"))?.get("Target");
  return { sheetPath: join(dir, sheet), sharedPath: shared ? join(dir, shared) : null };
}

/**
 * The first sheet's rows that have cells, in order. Throws XlsxTooBigError past `limits`, and
 * UnreadableXlsxError for anything but an .xlsx.
 */
export function readFirstSheet(data: Buffer, limits: XlsxLimits): SheetRow[] {
  try {
    const list = zipEntries(data);
    checkArchive(list, limits);
    const entries: Entries = new Map(list.map((e) => [e.name, e]));
    const { sheetPath, sharedPath } = locate(entries);
    let shared: string[] = [];
    if (sharedPath && entries.has(sharedPath)) {
      const xml = text(entries, sharedPath);
      checkSharedStrings(xml, limits);
      shared = [...xml.matchAll(/<si\b[^>]*\/>|<si\b[^>]*>([\s\S]*?)<\/si>/g)].map((m) => runsText(m[1] ?? ""));
      shared.forEach((s) => checkSharedString(s, limits));
    }
    const sheetXml = text(entries, sheetPath);
    checkSheetRows(sheetXml, limits);
    const rows: SheetRow[] = [];
    let rowNumber = 0;
    for (const m of sheetXml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
      rowNumber = Number(attribute(m[1], ROW_OR_REF) ?? rowNumber + 1);
      const cells = new Map<number, ExcelCell>();
      let col = 0;
      for (const c of (m[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const ref = attribute(c[1], ROW_OR_REF);
        col = ref ? columnOf(ref) : col + 1;
        const value = cellValue(attribute(c[1], TYPE), c[2] ?? "", shared);
        checkCell(col, value, limits);
        if (value !== null) cells.set(col, value);
      }
      if (cells.size > 0) rows.push({ row: rowNumber, cells });
    }
    return rows;
  } catch (error) {
    if (error instanceof UnreadableXlsxError || error instanceof XlsxTooBigError) throw error;
    // Not a zip, a truncated buffer, bad deflate data or an entry inflating past its declared size.
    throw new UnreadableXlsxError(error instanceof Error ? error.message : "unreadable");
  }
}
