import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  checkScoreRows,
  readPass,
  readScorePoints,
  type ImportBlocYear,
  type ImportLeaf,
  type ImportTargets,
  type ScoreRow,
} from "@/lib/imports/score-import-rows";
import { readScoreXlsx } from "@/lib/imports/score-import-read";
import { scoreWorkbook } from "@/lib/imports/score-import-workbook";

const leaf = (code: string, kind: ImportLeaf["kind"], maxPoints: number | null): [string, ImportLeaf] => [
  code.toUpperCase(),
  { nodeId: `n-${code}`, code, kind, maxPoints },
];

function blocYear(over: Partial<ImportBlocYear> = {}): ImportBlocYear {
  return {
    blocYearId: "by-nc",
    blocCode: "NOICHINH",
    blocName: "Khối Nội chính",
    setPublished: true,
    locked: false,
    leaves: new Map([leaf("1", "standard", 10), leaf("2", "standard", 10.5), leaf("b1", "bonus", 5), leaf("D1", "deduction", 5), leaf("G1", "gate", null)]),
    members: new Map([
      ["NC-TTT", "u-ttt"],
      ["NC-CAT", "u-cat"],
      ["NC-TAND", "u-tand"],
      ["NC-QS", "u-qs"],
    ]),
    sheets: new Map([
      ["u-cat", { id: "s-cat", status: "DRAFT", locked: false }],
      ["u-tand", { id: "s-tand", status: "SUBMITTED", locked: false }],
      ["u-qs", { id: "s-qs", status: "DRAFT", locked: true }],
    ]),
    ...over,
  };
}

const targets: ImportTargets = new Map([
  ["NOICHINH", blocYear()],
  ["DRAFTSET", blocYear({ blocYearId: "by-d", blocCode: "DRAFTSET", setPublished: false })],
  ["SIGNED", blocYear({ blocYearId: "by-s", blocCode: "SIGNED", locked: true })],
]);

let n = 1;
const row = (cells: Omit<ScoreRow, "row">): ScoreRow => ({ row: ++n, ...cells });
const errorsOf = (rows: ScoreRow[]) => {
  const result = checkScoreRows(rows, targets);
  return result.ok ? [] : result.errors.map((e) => `${e.row} ${e.column ?? "-"} ${e.code} ${e.value}${e.max === undefined ? "" : ` max ${e.max}`}`);
};

describe("cells", () => {
  it("reads points with a comma or a dot, as numbers, and blanks or dashes as nothing", () => {
    expect(readScorePoints(9.5)).toEqual({ ok: true, value: 9.5 });
    expect(readScorePoints("9,5")).toEqual({ ok: true, value: 9.5 });
    expect(readScorePoints(" 10.25 ")).toEqual({ ok: true, value: 10.25 });
    expect(readScorePoints("0")).toEqual({ ok: true, value: 0 });
    expect(readScorePoints("-1")).toEqual({ ok: true, value: -1 });
    for (const blank of [null, undefined, "", " ", "-", "–"]) expect(readScorePoints(blank)).toEqual({ ok: true, value: null });
    for (const bad of ["mười", "9,5,1", "1.000,5", true, "9 điểm"]) expect(readScorePoints(bad)).toEqual({ ok: false });
  });

  it("reads a gate's answer in the ways people write it", () => {
    for (const yes of ["Có", "có", "x", "Đạt", "ĐẠT", "dat", true, 1, "TRUE"]) expect(readPass(yes)).toEqual({ ok: true, value: true });
    for (const no of ["Không", "khong", "Không đạt", "khong dat", false, 0]) expect(readPass(no)).toEqual({ ok: true, value: false });
    expect(readPass("")).toEqual({ ok: true, value: null });
    expect(readPass(null)).toEqual({ ok: true, value: null });
    expect(readPass("Chưa rõ")).toEqual({ ok: false });
  });
});

describe("checking rows", () => {
  it("turns good rows into entries: hundredths for points, pass or fail for a gate, codes in any case", () => {
    const result = checkScoreRows(
      [
        { row: 2, bloc: "NOICHINH", unit: "NC-TTT", leaf: "1", points: "9,5", note: " Đã đăng ký " },
        { row: 3, bloc: "noichinh", unit: "nc-ttt", leaf: "2", points: 10.5 },
        { row: 4, bloc: "NOICHINH", unit: "NC-CAT", leaf: "B1", points: 0 },
        { row: 5, bloc: "NOICHINH", unit: "NC-CAT", leaf: "g1", passed: "Không đạt" },
        // Left empty: skipped, even with its codes.
        { row: 6, bloc: "NOICHINH", unit: "NC-CAT", leaf: "D1" },
        { row: 7 },
      ],
      targets,
    );
    expect(result).toEqual({
      ok: true,
      entries: [
        { blocYearId: "by-nc", unitId: "u-ttt", sheetId: null, nodeId: "n-1", hundredths: 950, passed: null, note: "Đã đăng ký" },
        { blocYearId: "by-nc", unitId: "u-ttt", sheetId: null, nodeId: "n-2", hundredths: 1050, passed: null, note: null },
        { blocYearId: "by-nc", unitId: "u-cat", sheetId: "s-cat", nodeId: "n-b1", hundredths: 0, passed: null, note: null },
        { blocYearId: "by-nc", unitId: "u-cat", sheetId: "s-cat", nodeId: "n-G1", hundredths: null, passed: false, note: null },
      ],
    });
  });

  it("refuses a file whose rows are all empty", () => {
    expect(checkScoreRows([{ row: 2 }, { row: 3, bloc: "NOICHINH" }], targets)).toEqual({
      ok: false,
      errors: [{ row: 0, column: null, code: "no_rows", value: "" }],
    });
  });

  it("names every bad cell by row and column, in row order", () => {
    n = 1;
    expect(
      errorsOf([
        row({ bloc: "NOICHINH", unit: "NC-TTT", leaf: "1", points: 10 }), // 2: good
        row({ bloc: "KHAC", unit: "NC-TTT", leaf: "1", points: 1 }), // 3
        row({ bloc: "DRAFTSET", unit: "NC-TTT", leaf: "1", points: 1 }), // 4
        row({ bloc: "SIGNED", unit: "NC-TTT", leaf: "1", points: 1 }), // 5
        row({ bloc: "NOICHINH", unit: "NC-XX", leaf: "1", points: 1 }), // 6
        row({ bloc: "NOICHINH", unit: "NC-TAND", leaf: "1", points: 1 }), // 7: submitted
        row({ bloc: "NOICHINH", unit: "NC-QS", leaf: "1", points: 1 }), // 8: locked
        row({ bloc: "NOICHINH", unit: "NC-TTT", leaf: "9", points: 1 }), // 9
        row({ bloc: "NOICHINH", unit: "nc-ttt", leaf: "1", points: 2 }), // 10: same as row 2
        row({ bloc: "NOICHINH", unit: "NC-CAT", leaf: "1", points: 10.01 }), // 11
        row({ bloc: "NOICHINH", unit: "NC-CAT", leaf: "2", points: -0.5 }), // 12
        row({ bloc: "NOICHINH", unit: "NC-CAT", leaf: "D1", points: "0,125" }), // 13
        row({ bloc: "NOICHINH", unit: "NC-CAT", leaf: "B1", points: "năm" }), // 14
        row({ bloc: "NOICHINH", unit: "NC-CAT", leaf: "G1", passed: "Có", points: 1 }), // 15
        row({ bloc: "NOICHINH", unit: "NC-TTT", leaf: "G1", passed: "Chưa" }), // 16
        row({ bloc: "NOICHINH", unit: "NC-TTT", leaf: "B1", passed: "Có" }), // 17
        row({ bloc: "NOICHINH", unit: "NC-TTT", leaf: "D1", note: "Chưa chấm" }), // 18
        row({ leaf: "1", points: 1 }), // 19
        row({ bloc: "NOICHINH", unit: "NC-TTT", leaf: "2", points: 1, note: "x".repeat(2001) }), // 20
        row({ bloc: "NOICHINH", unit: "NC-TTT", leaf: "2", points: 1, note: "a\u0000b" }), // 21: also a duplicate of 20
      ]),
    ).toEqual([
      "3 Mã khối unknown_bloc KHAC",
      "4 Mã khối set_not_published DRAFTSET",
      "5 Mã khối year_locked SIGNED",
      "6 Mã đơn vị not_member NC-XX",
      "7 Mã đơn vị sheet_submitted NC-TAND",
      "8 Mã đơn vị sheet_locked NC-QS",
      "9 Mã tiêu chí unknown_leaf 9",
      "10 Mã tiêu chí duplicate 2",
      "11 Điểm above_max 10.01 max 10",
      "12 Điểm below_zero -0.5",
      "13 Điểm too_many_decimals 0,125",
      "14 Điểm not_a_number năm",
      "15 Điểm not_pass_fail 1",
      "16 Đạt not_yes_no Chưa",
      "17 Điểm missing_value ",
      "17 Đạt not_points Có",
      "18 Điểm missing_value ",
      "19 Mã khối required ",
      "19 Mã đơn vị required ",
      "20 Ghi chú too_long " + "x".repeat(40) + "…",
      "21 Mã tiêu chí duplicate 20",
      "21 Ghi chú invalid_text ",
    ]);
  });

  it("checks a value against the leaf exactly as manual entry does: the max itself is allowed", () => {
    const result = checkScoreRows([{ row: 2, bloc: "NOICHINH", unit: "NC-TTT", leaf: "2", points: "10,50" }], targets);
    expect(result.ok && result.entries[0].hundredths).toBe(1050);
  });
});

describe("the workbook", () => {
  it("writes the template's header and reads its rows back, help columns ignored", async () => {
    const bytes = await scoreWorkbook([
      { bloc: "NOICHINH", unit: "NC-TTT", leaf: "1", unitName: "Thanh tra tỉnh", leafTitle: "Đăng ký thi đua", kind: "standard", maxPoints: 10 },
      { bloc: "NOICHINH", unit: "NC-TTT", leaf: "G1", passed: "Có", note: "Đoàn kết" },
    ]);
    const read = readScoreXlsx(bytes);
    expect(read).toEqual({
      ok: true,
      rows: [
        { row: 2, bloc: "NOICHINH", unit: "NC-TTT", leaf: "1", points: null, passed: null, note: null },
        { row: 3, bloc: "NOICHINH", unit: "NC-TTT", leaf: "G1", points: null, passed: "Có", note: "Đoàn kết" },
      ],
    });
  });

  const book = async (rows: unknown[][]) => {
    const b = new ExcelJS.Workbook();
    b.addWorksheet("Điểm").addRows(rows);
    return Buffer.from(await b.xlsx.writeBuffer());
  };

  it("finds columns by their header in any order, or assumes the template's order without one", async () => {
    const shuffled = readScoreXlsx(
      await book([
        ["ghi chú", "Điểm", "MÃ TIÊU CHÍ", "Mã đơn vị", "Mã khối"],
        ["", 9, "1", "NC-TTT", "NOICHINH"],
      ]),
    );
    expect(shuffled).toEqual({ ok: true, rows: [{ row: 2, note: "", points: 9, leaf: "1", unit: "NC-TTT", bloc: "NOICHINH" }] });
    const bare = readScoreXlsx(await book([["NOICHINH", "NC-TTT", "1", 9]]));
    expect(bare.ok && bare.rows[0]).toMatchObject({ row: 1, bloc: "NOICHINH", unit: "NC-TTT", leaf: "1", points: 9 });
  });

  it("refuses a header without a needed column, and a file that is not a workbook", async () => {
    expect(readScoreXlsx(await book([["Mã khối", "Mã tiêu chí", "Ghi chú"]]))).toEqual({
      ok: false,
      errors: [
        { row: 0, column: null, code: "missing_column", value: "Mã đơn vị" },
        { row: 0, column: null, code: "missing_column", value: "Điểm" },
      ],
    });
    expect(readScoreXlsx(Buffer.from("PK không phải Excel"))).toEqual({ ok: false, errors: [{ row: 0, column: null, code: "unreadable", value: "" }] });
  });
});
