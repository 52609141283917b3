import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { POINTS_FORMAT, worksheetNames } from "@/lib/xlsx/workbook";
import { gatesText, sheetsWorkbook, type SheetExportLeaf, type SheetsExport } from "@/lib/exports/sheets-workbook";
import { rankingStatusText, rankingWorkbook, type RankingExport, type RankingExportRow } from "@/lib/exports/ranking-workbook";
import { separationText } from "@/lib/exports/ranking-text";

async function read(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

const rowValues = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as ExcelJS.CellValue[]).slice(1);

const leaf = (over: Partial<SheetExportLeaf>): SheetExportLeaf => ({
  code: "1",
  title: "Chia cụm, khối; gửi đăng ký thi đua đúng hạn",
  kind: "standard",
  max: 10,
  self: 10,
  reviewed: null,
  appraised: null,
  final: 10,
  reason: null,
  evidenceCount: 0,
  ...over,
});

const sheets: SheetsExport = {
  blocName: "Khối thi đua các cơ quan Nội chính tỉnh",
  blocKind: "KHOI",
  year: 2026,
  state: "Tạm tính (chưa ký xác nhận)",
  exportedAt: "21/11/2026 10:00",
  units: [
    {
      unitName: "Công an tỉnh",
      shortName: "Công an tỉnh",
      status: "SUBMITTED",
      totals: { standard: 18.5, bonus: 2, deduction: 1, total: 19.5 },
      gates: { passed: ["G1"], failed: [], missing: [] },
      leaves: [
        leaf({ evidenceCount: 2 }),
        leaf({ code: "3", title: "Hội nghị sơ kết", max: 20, self: 9.5, reviewed: 8.5, final: 8.5, reason: "Tổ chức chậm" }),
        leaf({ code: "B1", title: "Cờ thi đua", kind: "bonus", max: 10, self: 2, final: 2 }),
        leaf({ code: "D1", title: "Báo cáo chậm", kind: "deduction", max: 5, self: 1, final: 1 }),
        leaf({ code: "G1", title: "Nội bộ đoàn kết", kind: "gate", max: null, self: true, final: true }),
      ],
    },
    { unitName: "Sở Nội vụ", shortName: "Sở Nội vụ", status: "NONE", totals: null, gates: null, leaves: [leaf({ self: null, final: null })] },
  ],
};

describe("worksheetNames", () => {
  it("keeps names to Excel's rules: 31 characters, no []:*?/\\, unique ignoring case", () => {
    const names = worksheetNames([
      "Tổng hợp",
      "Sở Nội vụ / Tư pháp [cũ]",
      "Cục Thi hành án dân sự tỉnh Quảng Ninh",
      "tổng hợp",
      "",
      "Cục Thi hành án dân sự tỉnh Quảng Ninh",
    ]);
    expect(names[0]).toBe("Tổng hợp");
    expect(names[1]).toBe("Sở Nội vụ Tư pháp cũ");
    expect(names[3]).toBe("tổng hợp (2)");
    expect(names[4]).toBe("Trang");
    for (const n of names) {
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });
});

describe("sheetsWorkbook", () => {
  it("writes a summary and one worksheet per unit with frozen Vietnamese headers and numbers as numbers", async () => {
    const wb = await read(await sheetsWorkbook(sheets));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tổng hợp", "Công an tỉnh", "Sở Nội vụ"]);

    const summary = wb.getWorksheet("Tổng hợp")!;
    expect(summary.getCell("A1").value).toBe("Bảng điểm thi đua năm 2026 – Khối thi đua các cơ quan Nội chính tỉnh");
    expect(summary.getCell("A2").value).toContain("Trạng thái: Tạm tính");
    expect(rowValues(summary, 3)).toEqual(["STT", "Đơn vị", "Trạng thái", "Điểm tiêu chuẩn", "Điểm thưởng", "Điểm trừ", "Tổng điểm", "Điều kiện"]);
    expect(summary.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(rowValues(summary, 4)).toEqual([1, "Công an tỉnh", "Đã nộp", 18.5, 2, 1, 19.5, "Đạt"]);
    expect(summary.getCell("G4").numFmt).toBe(POINTS_FORMAT);
    expect(rowValues(summary, 5).slice(0, 3)).toEqual([2, "Sở Nội vụ", "Chưa chấm"]);
    expect(summary.getColumn(2).width).toBe(40);

    const unit = wb.getWorksheet("Công an tỉnh")!;
    expect(unit.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(rowValues(unit, 3)).toEqual([
      "Mã",
      "Tiêu chí",
      "Loại",
      "Điểm tối đa",
      "Tự chấm",
      "Trưởng khối chấm",
      "Ban TĐKT thẩm định",
      "Điểm cuối cùng",
      "Lý do điều chỉnh",
      "Số minh chứng",
    ]);
    expect(rowValues(unit, 4)).toEqual(["1", "Chia cụm, khối; gửi đăng ký thi đua đúng hạn", "Tiêu chuẩn", 10, 10, undefined, undefined, 10, undefined, 2]);
    expect(unit.getCell("E5").value).toBe(9.5);
    expect(unit.getCell("F5").value).toBe(8.5);
    expect(unit.getCell("F5").numFmt).toBe(POINTS_FORMAT);
    expect(unit.getCell("I5").value).toBe("Tổ chức chậm");
    expect(unit.getCell("C7").value).toBe("Điểm trừ");
    expect(unit.getCell("H8").value).toBe("Đạt");
    expect(unit.getCell("A2").value).toContain("Tổng điểm: 19,5");
  });

  it("describes gates in words", () => {
    expect(gatesText(null)).toBe("");
    expect(gatesText({ passed: ["G1"], failed: [], missing: [] })).toBe("Đạt");
    expect(gatesText({ passed: [], failed: ["G1"], missing: ["G2"] })).toBe("Không đạt: G1; Chưa đánh giá: G2");
  });
});

const groups = [
  { groupCode: "I", title: "Tổ chức phong trào", standard: 46, bonus: 0, deduction: 0, total: 46 },
  { groupCode: "II", title: "Khen thưởng", standard: 49, bonus: 0, deduction: 0, total: 49 },
];
const row = (over: Partial<RankingExportRow>): RankingExportRow => ({
  rank: 1,
  shared: false,
  unitName: "Sở Nội vụ tỉnh Hòa Bình",
  totals: { standard: 95, bonus: 2, deduction: 0, total: 97 },
  byGroup: groups,
  gates: { passed: ["G1"], failed: [], missing: [] },
  aboveSeparation: null,
  belowSeparation: { by: "total", mine: 97, theirs: 95.5 },
  ...over,
});

const ranking: RankingExport = {
  blocName: "Cụm thi đua Sở Nội vụ các tỉnh Trung du và Miền núi phía Bắc",
  blocKind: "CUM",
  year: 2026,
  status: "SIGNED_OFF",
  signedAt: new Date("2026-11-25T03:00:00Z"),
  signerName: "Đặng Quốc Khánh",
  approvedAt: null,
  exportedAt: "25/11/2026 10:00",
  rows: [
    row({
      rank: 2,
      unitName: "Sở Nội vụ tỉnh Bắc Giang",
      totals: { standard: 93.5, bonus: 2, deduction: 0, total: 95.5 },
      aboveSeparation: { by: "total", mine: 95.5, theirs: 97 },
      belowSeparation: { by: "rule", rule: { kind: "groupScore", groupCode: "I" }, mine: 46, theirs: 44 },
    }),
    row({}),
    row({
      rank: 3,
      unitName: "Sở Nội vụ tỉnh Phú Thọ",
      gates: { passed: [], failed: ["G1"], missing: [] },
      aboveSeparation: { by: "rule", rule: { kind: "groupScore", groupCode: "I" }, mine: 44, theirs: 46 },
      belowSeparation: null,
    }),
  ],
  notRanked: [{ unitName: "Sở Nội vụ tỉnh Lào Cai", status: "Đang chấm" }],
};

describe("rankingWorkbook", () => {
  it("writes title rows with bloc, year and status, then the table in rank order", async () => {
    const wb = await read(await rankingWorkbook(ranking));
    const sheet = wb.worksheets[0];
    expect(sheet.name).toBe("Xếp hạng");
    expect(sheet.getCell("A1").value).toBe("Kết quả xếp hạng thi đua năm 2026");
    expect(sheet.getCell("A2").value).toBe(ranking.blocName);
    expect(sheet.getCell("A3").value).toContain("Đã ký xác nhận (Đặng Quốc Khánh, ngày 25/11/2026)");
    expect(rowValues(sheet, 4)).toEqual([
      "Hạng",
      "Đơn vị",
      "Nhóm I",
      "Nhóm II",
      "Điểm tiêu chuẩn",
      "Điểm thưởng",
      "Điểm trừ",
      "Tổng điểm",
      "Điều kiện",
      "Giải thích",
    ]);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
    expect(rowValues(sheet, 5).slice(0, 9)).toEqual([1, "Sở Nội vụ tỉnh Hòa Bình", 46, 49, 95, 2, 0, 97, "Đạt"]);
    expect(sheet.getCell("H5").numFmt).toBe(POINTS_FORMAT);
    expect(sheet.getCell("J5").value).toBe("Tổng điểm cao nhất cụm (hơn Sở Nội vụ tỉnh Bắc Giang: 97 so với 95,5).");
    expect(sheet.getCell("J6").value).toBe("Tổng điểm thấp hơn Sở Nội vụ tỉnh Hòa Bình (95,5 so với 97).");
    expect(sheet.getCell("J7").value).toBe(
      "Bằng tổng điểm với Sở Nội vụ tỉnh Bắc Giang; xếp sau theo tiêu chí phụ «Điểm nhóm tiêu chí I (Tổ chức phong trào) cao hơn» (44 so với 46).",
    );
    expect(sheet.getCell("I7").value).toBe("Không đạt: G1");
    const texts = sheet.getColumn(1).values.filter((v): v is string => typeof v === "string");
    expect(texts.some((t) => t.includes("Chưa xếp hạng") && t.includes("Sở Nội vụ tỉnh Lào Cai (Đang chấm)"))).toBe(true);
  });

  it("marks a shared rank and names the status of a live or approved ranking", async () => {
    const wb = await read(
      await rankingWorkbook({
        ...ranking,
        status: null,
        rows: [
          row({ shared: true, belowSeparation: { by: "none" } }),
          row({ shared: true, unitName: "B", aboveSeparation: { by: "none" }, belowSeparation: null }),
        ],
      }),
    );
    expect(wb.worksheets[0].getCell("A5").value).toBe("1 (đồng hạng)");
    expect(wb.worksheets[0].getCell("A3").value).toContain("Tạm tính");
    expect(wb.worksheets[0].getCell("J6").value).toBe("Đồng hạng với Sở Nội vụ tỉnh Hòa Bình: bằng tổng điểm và mọi tiêu chí phụ.");
    expect(rankingStatusText({ status: "APPROVED", approvedAt: new Date("2026-12-01T03:00:00Z"), signedAt: null, signerName: null })).toBe(
      "Đã phê duyệt ngày 01/12/2026",
    );
  });
});

describe("separationText", () => {
  it("reads a submission date as a Vietnam date and time", () => {
    const text = separationText(
      {
        aboveSeparation: { by: "rule", rule: { kind: "earlierSubmission" }, mine: "2026-11-14T03:00:00.000Z", theirs: "2026-11-12T01:30:00.000Z" },
        belowSeparation: null,
      },
      "Sở A",
      null,
      [],
    );
    expect(text).toBe("Bằng tổng điểm với Sở A; xếp sau theo tiêu chí phụ «Gửi bảng tự chấm điểm sớm hơn» (14/11/2026 10:00 so với 12/11/2026 08:30).");
    expect(separationText({ aboveSeparation: null, belowSeparation: null }, null, null, [])).toBe("Đơn vị duy nhất được xếp hạng.");
  });
});
