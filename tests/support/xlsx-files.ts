// Hand-made .xlsx packages for the reader and the guard: a zip written byte by byte, so a test can
// make what no spreadsheet program would (a zip bomb, 300 000 rows, a huge cell) in a moment.
import { deflateRawSync } from "node:zlib";

/** A zip of `files`, each stored or deflated, as any archiver writes it (CRCs are not checked by the reader). */
export function zip(files: Record<string, string | Buffer>, deflate = true): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const raw = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    const data = deflate ? deflateRawSync(raw) : raw;
    const nameBytes = Buffer.from(name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
export const workbookRels = (sheets: Record<string, string>, shared = true) =>
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${Object.entries(sheets)
    .map(([id, target]) => `<Relationship Target="${target}" Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>`)
    .join(
      "",
    )}${shared ? `<Relationship Id="rS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>` : ""}</Relationships>`;
export const sheetXml = (rows: string) =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

/** A one-sheet package around `sheet` (the sheet's whole XML, or its bytes) and an optional shared strings part. */
export function xlsxOf(sheet: string | Buffer, shared?: string | Buffer): Buffer {
  return zip({
    "[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    "_rels/.rels": ROOT_RELS,
    "xl/workbook.xml": `<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="A" sheetId="1" r:id="r1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": workbookRels({ r1: "worksheets/sheet1.xml" }, shared !== undefined),
    "xl/worksheets/sheet1.xml": sheet,
    ...(shared !== undefined && { "xl/sharedStrings.xml": shared }),
  });
}

/** `rows` rows of one number each, written as text without any spreadsheet library. */
export function manyRows(rows: number): Buffer {
  const parts: string[] = [];
  for (let r = 1; r <= rows; r++) parts.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  return xlsxOf(sheetXml(parts.join("")));
}

/** A header row, then one cell of `length` characters. */
export const hugeCell = (length: number) =>
  xlsxOf(
    sheetXml(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>Mã</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>${"x".repeat(length)}</t></is></c></row>`,
    ),
  );

/** A package whose sheet is `megabytes` MB of zeros: a few hundred kB deflated. */
export const zipBomb = (megabytes = 200) => xlsxOf(Buffer.alloc(megabytes * 1024 * 1024));

/** A cell in column `column` (1-based) of row 1. */
export const farColumn = (column: number) => xlsxOf(sheetXml(`<row r="1"><c r="A1"><v>1</v></c><c r="${columnName(column)}1"><v>2</v></c></row>`));

function columnName(column: number): string {
  let name = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** `count` distinct shared strings (alike ones would pack like a zip bomb). */
export const manySharedStrings = (count: number) =>
  xlsxOf(sheetXml(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`), `<sst>${Array.from({ length: count }, (_, i) => `<si><t>${i}</t></si>`).join("")}</sst>`);
