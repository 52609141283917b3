import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { criteriaToXlsx } from "@/lib/criteria/excel";
import type { CriteriaNode } from "@/lib/criteria/types";
import { sheetsWorkbook, type SheetExportLeaf, type SheetsExport } from "@/lib/exports/sheets-workbook";
import { rankingWorkbook, type RankingExport } from "@/lib/exports/ranking-workbook";
import { scoreWorkbook } from "@/lib/imports/score-import-workbook";
import { registrationsWorkbook } from "@/lib/registrations/workbook";
import { onboardingWorkbook } from "@/lib/onboarding/workbook";
import { SPECS } from "@/lib/onboarding/kinds";
import { POINTS_FORMAT } from "@/lib/xlsx/workbook";
import { zipEntries } from "@/lib/xlsx/zip";

// Every workbook prints on A4 (lib/xlsx/print.ts): read back with exceljs for the page setup,
// print titles, borders, validations, number formats and totals; then LibreOffice turns each
// into a PDF (when it is installed), which shows it opens and how many pages of which shape it prints.

async function read(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

const leaf = (over: Partial<SheetExportLeaf>): SheetExportLeaf => ({
  code: "1",
  title: "Tổ chức phát động phong trào thi đua",
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
const manyLeaves = Array.from({ length: 60 }, (_, i) =>
  leaf({ code: String(i + 1), title: `Tiêu chí số ${i + 1} về công tác thi đua, khen thưởng của đơn vị` }),
);

const sheets: SheetsExport = {
  blocName: "Cụm thi đua Sở Nội vụ các tỉnh Trung du",
  blocKind: "CUM",
  year: 2026,
  state: "Tạm tính (chưa ký xác nhận)",
  exportedAt: "01/12/2026 10:00",
  units: [
    {
      unitName: "Sở Nội vụ tỉnh Phú Thọ",
      shortName: "Phú Thọ",
      status: "SUBMITTED",
      totals: { standard: 18.5, bonus: 2, deduction: 1, total: 19.5 },
      gates: { passed: ["G1"], failed: [], missing: [] },
      leaves: [
        leaf({ self: 10, reviewed: 9.5, final: 9.5, reason: "Chậm" }),
        leaf({ code: "2", self: 9, final: 9 }),
        leaf({ code: "B1", kind: "bonus", max: 5, self: 2, final: 2 }),
        leaf({ code: "D1", kind: "deduction", max: 5, self: 1, final: 1 }),
        leaf({ code: "G1", kind: "gate", max: null, self: true, final: true }),
      ],
    },
    { unitName: "Sở Nội vụ tỉnh Lào Cai", shortName: "Lào Cai", status: "DRAFT", totals: null, gates: null, leaves: manyLeaves },
  ],
};

const ranking: RankingExport = {
  blocName: "Khối thi đua các cơ quan Nội chính tỉnh",
  blocKind: "KHOI",
  year: 2026,
  status: null,
  signedAt: null,
  signerName: null,
  approvedAt: null,
  exportedAt: "01/12/2026 10:00",
  rows: [
    {
      rank: 1,
      shared: false,
      unitName: "Công an tỉnh",
      totals: { standard: 95, bonus: 2, deduction: 0, total: 97 },
      byGroup: [{ groupCode: "I", title: "Phong trào", standard: 95, bonus: 2, deduction: 0, total: 97 }],
      gates: { passed: [], failed: [], missing: [] },
      aboveSeparation: null,
      belowSeparation: null,
    },
  ],
  notRanked: [],
};

const criteria: CriteriaNode[] = [
  {
    type: "group",
    code: "I",
    title: "Công tác thi đua",
    guidance: "",
    children: Array.from({ length: 40 }, (_, i) => ({
      type: "leaf" as const,
      code: `${i + 1}`,
      title: `Tiêu chí ${i + 1}: ban hành kế hoạch, tổ chức phát động và sơ kết phong trào thi đua đúng hạn`,
      kind: "standard" as const,
      maxPoints: i === 0 ? 10 : 2.5,
      evidenceRequired: i % 2 === 0,
      guidance: "Chấm theo văn bản gửi về Ban Thi đua – Khen thưởng, có số và ngày.",
    })),
  },
];

const built: [string, () => Promise<Buffer>][] = [
  ["bang-diem", () => sheetsWorkbook(sheets)],
  ["xep-hang", () => rankingWorkbook(ranking)],
  ["tieu-chi", () => criteriaToXlsx(criteria, "Bảng tiêu chí thi đua năm 2026 – Khối Nội chính – dự thảo")],
  [
    "mau-nhap-diem",
    () =>
      scoreWorkbook(
        Array.from({ length: 120 }, (_, i) => ({
          bloc: "NOICHINH",
          unit: `U${i % 6}`,
          leaf: `${i}`,
          unitName: "Công an tỉnh",
          leafTitle: "Tiêu chí",
          kind: "standard",
          maxPoints: 10,
        })),
        "Mẫu nhập điểm tự chấm năm 2026",
      ),
  ],
  [
    "dang-ky",
    () =>
      registrationsWorkbook({
        kind: "CUM",
        blocName: "Cụm thi đua Trung du",
        year: 2026,
        exportedAt: "01/12/2026",
        memberCount: 3,
        units: [{ unitName: "Sở Nội vụ tỉnh Phú Thọ", headApprovedBy: "Nguyễn Văn A", submittedAt: "01/03/2026", titles: ["Cờ thi đua"], targets: [] }],
        perForm: [{ name: "Cờ thi đua", count: 1 }],
      }),
  ],
  ["onboarding", () => onboardingWorkbook(SPECS[0], [])],
];

describe("print setup of every workbook", () => {
  it.each(built)("%s: A4, fitted to one page width, page numbers in the footer", async (_, build) => {
    const wb = await read(await build());
    for (const sheet of wb.worksheets) {
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(sheet.headerFooter.oddFooter).toContain("&P/&N");
    }
  });

  it("repeats the header row on printed pages and borders the table, not the notes under it", async () => {
    const wb = await read(await rankingWorkbook(ranking));
    const sheet = wb.worksheets[0];
    expect(sheet.pageSetup.printTitlesRow).toBe("4:4");
    expect(sheet.pageSetup.orientation).toBe("landscape");
    expect(sheet.getCell("A4").border?.top?.style).toBe("thin");
    expect(sheet.getCell("I5").border?.right?.style).toBe("thin");
    expect(sheet.getCell("A1").border?.top).toBeUndefined();
  });

  it("prints an onboarding template's title at the top of every page, its row 1 staying the header", async () => {
    const sheet = (await read(await onboardingWorkbook(SPECS[0], []))).worksheets[0];
    expect(sheet.headerFooter.oddHeader).toContain("Nhập đơn vị từ Excel");
    expect(sheet.getCell("A1").value).toBe("Mã đơn vị");
  });

  it("keeps a narrow table portrait", async () => {
    const wb = await read(await onboardingWorkbook(SPECS[0], []));
    const guide = wb.getWorksheet("Hướng dẫn")!;
    expect(guide.pageSetup.orientation).toBe("portrait");
  });

  it("adds up a unit's score sheet by kind and layer, as formulas with their results, and says cụm for a cluster", async () => {
    const wb = await read(await sheetsWorkbook(sheets));
    const unit = wb.getWorksheet("Phú Thọ")!;
    expect(unit.getCell("F3").value).toBe("Cụm trưởng chấm");
    // Header row 3, leaves 4–8, then the totals.
    expect(unit.getCell("A9").value).toBe("Cộng điểm tiêu chuẩn");
    expect(unit.getCell("E9").value).toEqual({ formula: 'SUMIF($C$4:$C$8,"Tiêu chuẩn",$E$4:$E$8)', result: 19 });
    expect(unit.getCell("H9").value).toMatchObject({ result: 18.5 });
    expect(unit.getCell("D9").value).toMatchObject({ result: 20 });
    expect(unit.getCell("G9").value).toBeNull();
    expect(unit.getCell("A10").value).toBe("Cộng điểm thưởng");
    expect(unit.getCell("A11").value).toBe("Cộng điểm trừ");
    expect(unit.getCell("A12").value).toBe("Tổng điểm (tiêu chuẩn + thưởng − trừ)");
    expect(unit.getCell("H12").value).toEqual({ formula: "H9+H10-H11", result: 19.5 });
    expect(unit.getCell("H12").numFmt).toBe(POINTS_FORMAT);
    // The maxima of different kinds are not added: the label takes their place.
    expect(unit.getCell("D12").isMerged).toBe(true);
    expect(unit.getCell("H12").border?.bottom?.style).toBe("thin");
    expect(unit.pageSetup.printTitlesRow).toBe("3:3");
  });

  it("gives import templates drop-downs for fixed values and checks for numbers, and keeps row 1 the header", async () => {
    const wb = await read(await criteriaToXlsx(criteria, "Bảng tiêu chí"));
    const sheet = wb.worksheets[0];
    expect(sheet.getCell("A1").value).toBe("Mã");
    expect(sheet.headerFooter.oddHeader).toContain("Bảng tiêu chí");
    expect(sheet.getCell("E3").dataValidation).toMatchObject({ type: "list", formulae: ['"Tiêu chuẩn,Điểm thưởng,Điểm trừ,Điều kiện"'] });
    expect(sheet.getCell("G3").dataValidation).toMatchObject({ type: "list", formulae: ['"Có,Không"'] });
    expect(sheet.getCell("D3").dataValidation).toMatchObject({ type: "whole", operator: "between" });
    expect(sheet.getCell("F3").dataValidation).toMatchObject({ type: "decimal" });
    expect(sheet.getCell("F4").value).toBe(2.5);
    expect(sheet.getCell("F3").value).toBe(10);
    expect(sheet.getCell("F3").numFmt).toBe(POINTS_FORMAT);

    const bytes = await scoreWorkbook([{ bloc: "NC", unit: "U1", leaf: "1", maxPoints: 10 }], "Mẫu");
    const scores = (await read(bytes)).worksheets[0];
    expect(scores.getCell("E2").dataValidation).toMatchObject({ type: "list", formulae: ['"Có,Không"'] });
    // exceljs reads a formula bound back as a number: the written XML shows the row's own maximum.
    const xml = zipEntries(bytes)
      .find((e) => e.name === "xl/worksheets/sheet1.xml")!
      .read()
      .toString();
    expect(xml).toMatch(/<dataValidation type="decimal"[^>]*sqref="D2:D2"><formula1>0<\/formula1><formula2>J2<\/formula2>/);
    expect(scores.pageSetup.printTitlesRow).toBe("1:1");
  });
});

// LibreOffice's number formats follow the [$-42A] locale, so the PDF shows what a Vietnamese
// reader sees: the decimal comma and "10" for ten.
const soffice = ["/usr/bin/libreoffice", "/usr/bin/soffice"].find((p) => existsSync(p));

describe.skipIf(!soffice)("LibreOffice opens every workbook and prints it on A4", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "xlsx-print-"));
  afterAll(() => (process.env.KEEP_XLSX ? console.log(dir) : rmSync(dir, { recursive: true, force: true })));

  it("converts each to a PDF of A4 pages in the expected orientation", async () => {
    for (const [name, build] of built) writeFileSync(path.join(dir, `${name}.xlsx`), await build());
    execFileSync(
      soffice!,
      ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "pdf", "--outdir", dir, ...built.map(([n]) => path.join(dir, `${n}.xlsx`))],
      {
        stdio: "ignore",
        timeout: 170_000,
      },
    );
    const pdfs = readdirSync(dir).filter((f) => f.endsWith(".pdf"));
    expect(pdfs.sort()).toEqual(built.map(([n]) => `${n}.pdf`).sort());
    const info = (name: string) => execFileSync("pdfinfo", ["-l", "99", path.join(dir, `${name}.pdf`)], { encoding: "utf8" });
    const pages = (name: string) => Number(/Pages:\s+(\d+)/.exec(info(name))![1]);
    const sizes = (name: string) =>
      [...info(name).matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    // A4 is 595 × 842 points.
    for (const [name] of built) for (const [w, h] of sizes(name)) expect([w, h].sort()).toEqual([595, 842]);
    expect(sizes("xep-hang")[0]).toEqual([842, 595]);
    // Summary, one short unit sheet, one of 60 leaves over two pages at most.
    expect(pages("bang-diem")).toBeLessThanOrEqual(5);
    // 40 criteria rows with wrapped guidance: the whole width on each page, a few pages down.
    expect(pages("tieu-chi")).toBeLessThanOrEqual(4);
    const text = execFileSync("pdftotext", ["-layout", path.join(dir, "bang-diem.pdf"), "-"], { encoding: "utf8" });
    expect(text).toContain("19,5");
    expect(text).toContain("Trang 1/");
    expect(text).not.toMatch(/\b10\.(?!\d)/);
  }, 180_000);
});
