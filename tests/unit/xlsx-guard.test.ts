import { describe, expect, it } from "vitest";
import { readFirstSheet, UnreadableXlsxError } from "@/lib/xlsx/sheet";
import { DEFAULT_XLSX_LIMITS, XlsxTooBigError, type XlsxLimits, type XlsxTooBig } from "@/lib/xlsx/guard";
import { farColumn, hugeCell, manyRows, manySharedStrings, xlsxOf, sheetXml, zip, zipBomb } from "../support/xlsx-files";

// The guard every upload passes (lib/xlsx/guard.ts), on files made byte by byte: each refusal
// says what is too big, how big and the limit. Timings and memory are in docs/SECURITY.md.

function refusal(bytes: Buffer, limits: XlsxLimits = DEFAULT_XLSX_LIMITS): XlsxTooBig {
  try {
    readFirstSheet(bytes, limits);
  } catch (error) {
    if (error instanceof XlsxTooBigError) return error.problem;
    throw error;
  }
  throw new Error("not refused");
}

describe("the archive, before anything is inflated", () => {
  it("refuses a zip bomb: one entry of 200 MB of zeros", () => {
    const bomb = zipBomb(200);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(refusal(bomb)).toEqual({ what: "ratio", actual: expect.any(Number), limit: 100 });
  });

  it("refuses an archive unpacking past the import's limit even when each part packs normally", () => {
    const random = Buffer.from(Array.from({ length: 3 * 1024 * 1024 }, (_, i) => (i * 7919 + (i >> 8)) % 251));
    expect(refusal(xlsxOf(random), { ...DEFAULT_XLSX_LIMITS, unpacked: 2 * 1024 * 1024 })).toEqual({ what: "unpacked", actual: 4, limit: 2 });
  });

  it("refuses too many entries", () => {
    const files = Object.fromEntries(Array.from({ length: 2_001 }, (_, i) => [`x/${i}.xml`, ""]));
    expect(refusal(zip(files, false))).toEqual({ what: "entries", actual: 2_001, limit: 2_000 });
  });

  it("does not inflate an entry past the size its directory declares", () => {
    const honest = xlsxOf(Buffer.alloc(2 * 1024 * 1024));
    // The directory says 100 bytes; the data would inflate to 2 MB.
    const at = honest.lastIndexOf("xl/worksheets/sheet1.xml");
    const lying = Buffer.from(honest);
    lying.writeUInt32LE(100, at - 46 + 24);
    expect(() => readFirstSheet(lying, DEFAULT_XLSX_LIMITS)).toThrow(UnreadableXlsxError);
  });

  it("refuses what is not a zip, and a zip that is not a workbook, as unreadable", () => {
    expect(() => readFirstSheet(Buffer.from("Mã khối;Mã đơn vị\nNOICHINH;NC-TTT"), DEFAULT_XLSX_LIMITS)).toThrow(UnreadableXlsxError);
    expect(() => readFirstSheet(zip({ "word/document.xml": "<w:document/>" }), DEFAULT_XLSX_LIMITS)).toThrow(UnreadableXlsxError);
  });
});

describe("the sheet, before or while it is parsed", () => {
  it("refuses 300 000 rows, naming the count", () => {
    expect(refusal(manyRows(300_000))).toEqual({ what: "rows", actual: 300_000, limit: 10_000 });
  });

  it("takes as many rows as the limit, a header row allowed", () => {
    expect(readFirstSheet(manyRows(101), { ...DEFAULT_XLSX_LIMITS, rows: 100 })).toHaveLength(101);
    expect(refusal(manyRows(102), { ...DEFAULT_XLSX_LIMITS, rows: 100 })).toEqual({ what: "rows", actual: 102, limit: 100 });
  });

  it("refuses a cell longer than the limit, inline or shared", () => {
    expect(refusal(hugeCell(10_001))).toEqual({ what: "cellLength", actual: 10_001, limit: 10_000 });
    expect(readFirstSheet(hugeCell(10_000), DEFAULT_XLSX_LIMITS)[1].cells.get(1)).toHaveLength(10_000);
    const shared = xlsxOf(sheetXml(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`), `<sst><si><t>${"y".repeat(20_000)}</t></si></sst>`);
    expect(refusal(shared)).toEqual({ what: "cellLength", actual: 20_000, limit: 10_000 });
  });

  it("refuses a cell beyond the last column", () => {
    expect(refusal(farColumn(16_384))).toEqual({ what: "columns", actual: 16_384, limit: 50 });
    expect(readFirstSheet(farColumn(50), DEFAULT_XLSX_LIMITS)[0].cells.get(50)).toBe(2);
  });

  it("refuses too many shared strings", () => {
    expect(refusal(manySharedStrings(200_001))).toEqual({ what: "sharedStrings", actual: 200_001, limit: 200_000 });
  });
});
