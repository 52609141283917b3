// The first worksheet of an .xlsx as plain cell values, read straight from the zip and its XML.
// exceljs (used to write workbooks) builds a full model of every cell, styles included: 0.5 to
// 1.5 s for 10 000 score rows on a freshly started server, against issue 7's 3 s for the whole
// import. This reads only values, in tens of milliseconds. A date cell comes back as its serial
// number: nothing the score import reads is a date.
import { inflateRawSync } from "node:zlib";
import type { ExcelCell } from "@/lib/scoring/excel-cells";

export class UnreadableXlsxError extends Error {}

/** One row that has cells; `cells` is keyed by 1-based column number. */
export type SheetRow = { row: number; cells: Map<number, ExcelCell> };

// A file under the upload limit (10 MB) that inflates beyond this is refused rather than read.
const MAX_INFLATED = 200 * 1024 * 1024;

function fail(why: string): never {
  throw new UnreadableXlsxError(why);
}

/** The archive's entries by name, inflated when asked for (zip format: central directory at the end). */
function zipEntries(buf: Buffer): Map<string, () => Buffer> {
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) fail("not a zip archive");
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  const entries = new Map<string, () => Buffer>();
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) fail("broken central directory");
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLength = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLength);
    entries.set(name, () => {
      if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) fail("broken entry");
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + size);
      if (method === 0) return data;
      if (method !== 8) fail("unsupported compression");
      return inflateRawSync(data, { maxOutputLength: MAX_INFLATED });
    });
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return entries;
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

function text(entries: Map<string, () => Buffer>, name: string): string {
  const entry = entries.get(name) ?? fail(`no ${name}`);
  return entry().toString("utf8");
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
function locate(entries: Map<string, () => Buffer>) {
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
 * The first sheet's rows that have cells, in order; reading stops once there are more than
 * `maxRows` (the caller refuses such a sheet). Throws UnreadableXlsxError for anything but an .xlsx.
 */
export function readFirstSheet(data: Buffer, maxRows: number): SheetRow[] {
  try {
    const entries = zipEntries(data);
    const { sheetPath, sharedPath } = locate(entries);
    const shared =
      sharedPath && entries.has(sharedPath)
        ? [...text(entries, sharedPath).matchAll(/<si\b[^>]*\/>|<si\b[^>]*>([\s\S]*?)<\/si>/g)].map((m) => runsText(m[1] ?? ""))
        : [];
    const rows: SheetRow[] = [];
    let rowNumber = 0;
    for (const m of text(entries, sheetPath).matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
      rowNumber = Number(attributes(m[1]).get("r") ?? rowNumber + 1);
      const cells = new Map<number, ExcelCell>();
      let col = 0;
      for (const c of (m[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const attrs = attributes(c[1]);
        const ref = attrs.get("r");
        col = ref ? columnOf(ref) : col + 1;
        const value = cellValue(attrs.get("t"), c[2] ?? "", shared);
        if (value !== null) cells.set(col, value);
      }
      if (cells.size === 0) continue;
      rows.push({ row: rowNumber, cells });
      if (rows.length > maxRows) break;
    }
    return rows;
  } catch (error) {
    if (error instanceof UnreadableXlsxError) throw error;
    // A truncated buffer, bad deflate data or an archive inflating past the cap.
    throw new UnreadableXlsxError(error instanceof Error ? error.message : "unreadable");
  }
}
