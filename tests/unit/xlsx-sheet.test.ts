import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readFirstSheet, UnreadableXlsxError } from "@/lib/xlsx/sheet";
import { DEFAULT_XLSX_LIMITS, XlsxTooBigError } from "@/lib/xlsx/guard";
import { ROOT_RELS, sheetXml, workbookRels, zip } from "../support/xlsx-files";

// The score import's own .xlsx reader, checked against exceljs on the same files (what Excel,
// LibreOffice and exceljs write) and on hand-made packages for the variations the format allows.

const limits = (rows: number) => ({ ...DEFAULT_XLSX_LIMITS, rows });
const asObject = (rows: ReturnType<typeof readFirstSheet>) => rows.map((r) => ({ row: r.row, cells: Object.fromEntries(r.cells) }));

describe("reading what exceljs writes", () => {
  async function both(build: (sheet: ExcelJS.Worksheet) => void, options: Partial<ExcelJS.XlsxWriteOptions> = {}) {
    const book = new ExcelJS.Workbook();
    build(book.addWorksheet("Nhập điểm"));
    book.addWorksheet("Hướng dẫn").addRow(["không được đọc"]);
    return Buffer.from(await book.xlsx.writeBuffer(options));
  }

  it("gives the same values as exceljs: text, numbers, booleans, formulas by result, rich text", async () => {
    const bytes = await both((sheet) => {
      sheet.addRow(["Mã khối", "Mã đơn vị", "Mã tiêu chí", "Điểm", "Đạt", "Ghi chú"]);
      sheet.addRow(["NOICHINH", "NC-TTT", "1", 9.5, null, "Đã gửi <đúng hạn> & đủ"]);
      sheet.addRow(["NOICHINH", "NC-TTT", "G1", null, true, "Dòng 1\nDòng 2"]);
      sheet.addRow(["NOICHINH", "NC-TTT", "2", { formula: "4+5", result: 9 }, null, { richText: [{ text: "Điểm " }, { font: { bold: true }, text: "đậm" }] }]);
      sheet.getCell("H40").value = "xa";
    });
    const expected = [
      { row: 1, cells: { 1: "Mã khối", 2: "Mã đơn vị", 3: "Mã tiêu chí", 4: "Điểm", 5: "Đạt", 6: "Ghi chú" } },
      { row: 2, cells: { 1: "NOICHINH", 2: "NC-TTT", 3: "1", 4: 9.5, 6: "Đã gửi <đúng hạn> & đủ" } },
      { row: 3, cells: { 1: "NOICHINH", 2: "NC-TTT", 3: "G1", 5: true, 6: "Dòng 1\nDòng 2" } },
      { row: 4, cells: { 1: "NOICHINH", 2: "NC-TTT", 3: "2", 4: 9, 6: "Điểm đậm" } },
      { row: 40, cells: { 8: "xa" } },
    ];
    expect(asObject(readFirstSheet(bytes, limits(100)))).toEqual(expected);
    // And exceljs reading the same file agrees.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const byExceljs: { row: number; cells: Record<number, unknown> }[] = [];
    book.worksheets[0].eachRow((row, r) => {
      const cells: Record<number, unknown> = {};
      row.eachCell((cell, c) => {
        const v = cell.value as ExcelJS.CellValue;
        cells[c] =
          v && typeof v === "object" && "richText" in v ? v.richText.map((t) => t.text).join("") : v && typeof v === "object" && "result" in v ? v.result : v;
      });
      byExceljs.push({ row: r, cells });
    });
    expect(byExceljs).toEqual(expected);
    // Strings written inline rather than shared read the same.
    const inline = await both(
      (sheet) => {
        sheet.addRow(["NOICHINH", "NC-TTT", "1", 9.5]);
      },
      { useSharedStrings: false },
    );
    expect(asObject(readFirstSheet(inline, limits(100)))).toEqual([{ row: 1, cells: { 1: "NOICHINH", 2: "NC-TTT", 3: "1", 4: 9.5 } }]);
  });

  it("refuses more rows than asked for, a header row allowed", async () => {
    const bytes = await both((sheet) => {
      for (let i = 0; i < 20; i++) sheet.addRow([i]);
    });
    expect(readFirstSheet(bytes, limits(19))).toHaveLength(20);
    expect(() => readFirstSheet(bytes, limits(18))).toThrow(XlsxTooBigError);
  });
});

describe("what the format allows beyond that", () => {
  it("takes the first sheet in tab order, through the relationships, with cells lacking references, entities and escapes", () => {
    const files = {
      "_rels/.rels": ROOT_RELS,
      "xl/workbook.xml": `<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Điểm" sheetId="2" r:id="rB"/><sheet name="Khác" sheetId="1" r:id="rA"/></sheets></workbook>`,
      "xl/_rels/workbook.xml.rels": workbookRels({ rA: "worksheets/sheet1.xml", rB: "/xl/worksheets/sheet2.xml" }),
      "xl/sharedStrings.xml": `<sst><si><t>NOICHINH</t></si><si/><si><r><t xml:space="preserve">Có </t></r><r><rPr><b/></rPr><t>đạt</t></r><rPh><t>phonetic</t></rPh></si></sst>`,
      "xl/worksheets/sheet1.xml": sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>sai trang</t></is></c></row>`),
      "xl/worksheets/sheet2.xml": sheetXml(
        `<row r="1"><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c/><c t="s"><v>2</v></c></row>` +
          `<row r="3" spans="1:4"><c r="B3" t="inlineStr"><is><t>A &amp; B &#x1EA1; &#273;_x000D_</t></is></c><c r="D3" t="str"><f>A1</f><v>NOICHINH</v></c><c r="E3"><v></v></c><c r="F3" t="e"><v>#N/A</v></c></row>` +
          `<row r="4"/><row><c r="A5" s="2"><v>1.25</v></c><c r="AA5" t="b"><v>0</v></c></row>`,
      ),
    };
    const expected = [
      { row: 1, cells: { 1: "NOICHINH", 2: "", 4: "Có đạt" } },
      { row: 3, cells: { 2: "A & B ạ đ\r", 4: "NOICHINH", 6: "#N/A" } },
      { row: 5, cells: { 1: 1.25, 27: false } },
    ];
    expect(asObject(readFirstSheet(zip(files), limits(100)))).toEqual(expected);
    expect(asObject(readFirstSheet(zip(files, false), limits(100)))).toEqual(expected);
  });

  it("reads a sheet without shared strings", () => {
    const files = {
      "_rels/.rels": ROOT_RELS,
      "xl/workbook.xml": `<workbook><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      "xl/_rels/workbook.xml.rels": workbookRels({ rId1: "worksheets/sheet1.xml" }, false),
      "xl/worksheets/sheet1.xml": sheetXml(`<row r="2"><c r="C2"><v>7</v></c></row>`),
    };
    expect(asObject(readFirstSheet(zip(files), limits(100)))).toEqual([{ row: 2, cells: { 3: 7 } }]);
  });

  it("refuses anything that is not an .xlsx", async () => {
    const notXlsx = [
      Buffer.from("Mã khối;Mã đơn vị\nNOICHINH;NC-TTT"),
      Buffer.alloc(0),
      zip({ "word/document.xml": "<w:document/>" }),
      zip({ "_rels/.rels": ROOT_RELS, "xl/workbook.xml": "<workbook><sheets/></workbook>" }),
      zip({ "_rels/.rels": ROOT_RELS }).subarray(0, 40),
    ];
    for (const bytes of notXlsx) expect(() => readFirstSheet(bytes, limits(100))).toThrow(UnreadableXlsxError);
    const good = await new ExcelJS.Workbook().xlsx.writeBuffer();
    expect(() => readFirstSheet(Buffer.from(good).subarray(0, 200), limits(100))).toThrow(UnreadableXlsxError);
  });
});
