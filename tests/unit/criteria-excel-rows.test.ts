import { describe, expect, it } from "vitest";
import { standardTotal, treeMaxima, validateCriteriaTree } from "@/lib/criteria/tree";
import type { LeafKind } from "@/lib/criteria/types";
import { readKind, readPoints } from "@/lib/criteria/excel-cells";
import { readYesNo, type ExcelCell } from "@/lib/xlsx/cells";
import { criteriaTreeToRows, parseCriteriaRows, type CriteriaRow, type ParseCriteriaResult } from "@/lib/criteria/excel-rows";
import { EXAMPLE_ROWS, EXAMPLE_TREE, NESTED_TREE, group, leaf } from "./fixtures/criteria-examples";

const errorsOf = (result: ParseCriteriaResult) => {
  if (result.ok) throw new Error("expected errors, got a tree");
  return result.errors;
};
const treeOf = (result: ParseCriteriaResult) => {
  if (!result.ok) throw new Error(`expected a tree, got ${JSON.stringify(result.errors)}`);
  return result.tree;
};
const row = (n: number, cells: Omit<CriteriaRow, "row">): CriteriaRow => ({ row: n, ...cells });
const std = (n: number, code: string, extra: Omit<CriteriaRow, "row"> = {}) =>
  row(n, { code, title: `Tiêu chí ${code}`, kind: "Tiêu chuẩn", maxPoints: 10, ...extra });

describe("parseCriteriaRows: the DOMAIN example sheet", () => {
  it("parses to the expected tree, valid and totalling 100", () => {
    const tree = treeOf(parseCriteriaRows(EXAMPLE_ROWS));
    expect(tree).toEqual(EXAMPLE_TREE);
    expect(validateCriteriaTree(tree)).toEqual([]);
    expect(standardTotal(tree)).toBe(100);
    expect(treeMaxima(tree)).toEqual({ standard: 100, bonus: 25, deduction: 5, gates: 1 });
  });

  it("skips blank rows between and after the criteria", () => {
    const padded = [...EXAMPLE_ROWS.slice(0, 3), row(50, { code: " ", title: null }), ...EXAMPLE_ROWS.slice(3), row(60, {})];
    expect(treeOf(parseCriteriaRows(padded))).toEqual(EXAMPLE_TREE);
  });

  it("returns only errors for a bad file, never part of a tree", () => {
    const bad = EXAMPLE_ROWS.map((r) => {
      if (r.row === 7) return { ...r, maxPoints: "mười" };
      if (r.row === 9) return { ...r, maxPoints: "10,125" };
      if (r.row === 11) return { ...r, code: "b1" };
      if (r.row === 12) return { ...r, kind: "Điểm phạt" };
      if (r.row === 13) return { ...r, maxPoints: 5, evidenceRequired: "có lẽ" };
      return r;
    });
    const result = parseCriteriaRows(bad);
    expect(result).toEqual({
      ok: false,
      errors: [
        { row: 7, column: "Điểm tối đa", code: "not_a_number", value: "mười" },
        { row: 9, column: "Điểm tối đa", code: "too_many_decimals", value: "10,125" },
        { row: 11, column: "Mã", code: "duplicate", value: "b1" },
        { row: 12, column: "Loại", code: "unknown_kind", value: "Điểm phạt" },
        { row: 13, column: "Điểm tối đa", code: "gate_with_points", value: "5" },
        { row: 13, column: "Bắt buộc minh chứng", code: "not_yes_no", value: "có lẽ" },
      ],
    });
    expect("tree" in result).toBe(false);
  });

  it("reports a sheet with no criteria", () => {
    expect(errorsOf(parseCriteriaRows([]))).toEqual([{ row: 0, column: null, code: "no_rows", value: "" }]);
    expect(errorsOf(parseCriteriaRows([row(2, { code: "", title: "  " })]))).toEqual([{ row: 0, column: null, code: "no_rows", value: "" }]);
  });
});

describe("cells", () => {
  it.each<[ExcelCell, number | null]>([
    ["10,5", 10.5],
    ["10.5", 10.5],
    [10.5, 10.5],
    [" 7,25 ", 7.25],
    ["1\u00a0000", 1000],
    ["20", 20],
    ["", null],
    [null, null],
    ["–", null],
    ["-", null],
  ])("points %j → %j", (cell, value) => {
    expect(readPoints(cell)).toEqual({ ok: true, value });
  });

  it.each<[ExcelCell, string]>([
    ["mười", "not_a_number"],
    ["10,5,1", "not_a_number"],
    ["1.000,5", "not_a_number"],
    ["10đ", "not_a_number"],
    [true, "not_a_number"],
    [NaN, "not_a_number"],
    ["-3", "negative"],
    [-0.5, "negative"],
    ["0", "zero"],
    ["0,125", "too_many_decimals"],
    [0.1 + 0.2, "too_many_decimals"],
  ])("points %j → %s", (cell, code) => {
    expect(readPoints(cell)).toEqual({ ok: false, code });
  });

  it.each<[ExcelCell, LeafKind]>([
    ["Tiêu chuẩn", "standard"],
    ["Tiêu chuẩn".normalize("NFD"), "standard"],
    ["TIÊU CHUẨN", "standard"],
    ["tieu chuan", "standard"],
    ["Standard", "standard"],
    ["Điểm thưởng", "bonus"],
    ["thưởng", "bonus"],
    ["bonus", "bonus"],
    ["Điểm trừ", "deduction"],
    ["ĐIỂM  TRỪ", "deduction"],
    ["diem tru", "deduction"],
    ["deduction", "deduction"],
    ["Điều kiện", "gate"],
    ["gate", "gate"],
  ])("kind %j → %s", (cell, kind) => {
    expect(readKind(cell)).toEqual({ ok: true, value: kind });
  });

  it("reads an unknown kind as an error and a blank one as none", () => {
    expect(readKind("Điểm cộng thêm")).toEqual({ ok: false, code: "unknown_kind" });
    expect(readKind(3)).toEqual({ ok: false, code: "unknown_kind" });
    expect(readKind("")).toEqual({ ok: true, value: null });
  });

  it.each<[ExcelCell, boolean]>([
    ["Có", true],
    ["CÓ", true],
    ["co", true],
    ["x", true],
    ["X", true],
    [true, true],
    [1, true],
    ["Không", false],
    ["khong", false],
    ["", false],
    [null, false],
    [false, false],
    [0, false],
  ])("evidence %j → %s", (cell, value) => {
    expect(readYesNo(cell)).toEqual({ ok: true, value });
  });

  it("refuses an evidence answer that is neither", () => {
    expect(readYesNo("tùy")).toEqual({ ok: false, code: "not_yes_no" });
    expect(readYesNo(2)).toEqual({ ok: false, code: "not_yes_no" });
  });
});

describe("nesting", () => {
  const byParent: CriteriaRow[] = [
    row(2, { code: "I", title: "Nhóm I" }),
    std(3, "1", { parentCode: "I", evidenceRequired: "Có" }),
    row(4, { code: "2", title: "Nhóm 2", parentCode: "I" }),
    std(5, "2.1", { parentCode: "2", maxPoints: "10,5" }),
    std(6, "2.2", { parentCode: "2", maxPoints: "9.5" }),
    row(7, { code: "II", title: "Nhóm II" }),
    std(8, "3", { parentCode: "II", maxPoints: 20 }),
    row(9, { code: "G1", title: "Tiêu chí G1", parentCode: "II", kind: "Điều kiện", evidenceRequired: "x" }),
    row(10, { code: "III", title: "Nhóm III" }),
    row(11, { code: "B1", title: "Tiêu chí B1", parentCode: "III", kind: "Điểm thưởng", maxPoints: 10, evidenceRequired: true }),
    row(12, { code: "D1", title: "Tiêu chí D1", parentCode: "III", kind: "Điểm trừ", maxPoints: "5" }),
  ];

  it("builds groups from parent codes", () => {
    expect(treeOf(parseCriteriaRows(byParent))).toEqual(NESTED_TREE);
  });

  it("builds the same tree from outline levels", () => {
    const levels = [1, 2, 2, 3, 3, 1, 2, 2, 1, 2, 2];
    const byLevel = byParent.map((r, i) => ({ ...r, parentCode: undefined, level: String(levels[i]) }));
    expect(treeOf(parseCriteriaRows(byLevel))).toEqual(NESTED_TREE);
  });

  it("round-trips through export: rows numbered from 2, parent and level both written", () => {
    const rows = criteriaTreeToRows(NESTED_TREE);
    expect(rows.map((r) => [r.row, r.code, r.parentCode, r.level, r.kind, r.maxPoints, r.evidenceRequired])).toEqual([
      [2, "I", "", 1, "", null, ""],
      [3, "1", "I", 2, "Tiêu chuẩn", 10, "Có"],
      [4, "2", "I", 2, "", null, ""],
      [5, "2.1", "2", 3, "Tiêu chuẩn", 10.5, "Không"],
      [6, "2.2", "2", 3, "Tiêu chuẩn", 9.5, "Không"],
      [7, "II", "", 1, "", null, ""],
      [8, "3", "II", 2, "Tiêu chuẩn", 20, "Không"],
      [9, "G1", "II", 2, "Điều kiện", null, "Có"],
      [10, "III", "", 1, "", null, ""],
      [11, "B1", "III", 2, "Điểm thưởng", 10, "Có"],
      [12, "D1", "III", 2, "Điểm trừ", 5, "Không"],
    ]);
    expect(treeOf(parseCriteriaRows(rows))).toEqual(NESTED_TREE);
    expect(treeOf(parseCriteriaRows(criteriaTreeToRows(EXAMPLE_TREE)))).toEqual(EXAMPLE_TREE);
  });

  it("keeps the guidance text", () => {
    const tree = treeOf(parseCriteriaRows([std(2, "1", { guidance: "  Chấm theo báo cáo năm  " })]));
    expect(tree).toEqual([{ ...leaf("1", "standard", 10), guidance: "Chấm theo báo cáo năm" }]);
  });

  it("reports structure errors on the row and column at fault", () => {
    const rows: CriteriaRow[] = [
      row(2, { code: "I", title: "Nhóm I", kind: "Tiêu chuẩn", maxPoints: 30 }),
      std(3, "1", { parentCode: "I" }),
      std(4, "2", { parentCode: "Z" }),
      std(5, "3", { parentCode: "3" }),
      std(6, "4", { parentCode: "5" }),
      std(7, "5"),
      std(8, "6", { level: 3 }), // the row above is top-level: level 2 at most
      std(9, "7", { parentCode: "I", level: 3 }),
      std(10, "8", { level: "hai" }),
    ];
    expect(errorsOf(parseCriteriaRows(rows))).toEqual([
      { row: 2, column: "Loại", code: "group_with_kind", value: "Tiêu chuẩn" },
      { row: 2, column: "Điểm tối đa", code: "group_with_points", value: "30" },
      { row: 4, column: "Mã cha", code: "unknown_parent", value: "Z" },
      { row: 5, column: "Mã cha", code: "own_parent", value: "3" },
      { row: 6, column: "Mã cha", code: "parent_after_child", value: "5" },
      { row: 8, column: "Cấp", code: "level_jump", value: "3" },
      { row: 9, column: "Cấp", code: "level_mismatch", value: "3" },
      { row: 10, column: "Cấp", code: "invalid_level", value: "hai" },
    ]);
  });

  it("refuses a fourth level", () => {
    const rows: CriteriaRow[] = [
      row(2, { code: "A", title: "A" }),
      row(3, { code: "A.1", title: "A.1", parentCode: "A" }),
      row(4, { code: "A.1.1", title: "A.1.1", parentCode: "A.1" }),
      std(5, "A.1.1.1", { parentCode: "A.1.1" }),
      row(6, { code: "B", title: "B", level: 1 }),
      row(7, { code: "B.1", title: "B.1", level: 2 }),
      row(8, { code: "B.1.1", title: "B.1.1", level: 3 }),
      std(9, "B.1.1.1", { level: 4 }),
    ];
    expect(errorsOf(parseCriteriaRows(rows))).toEqual([
      { row: 5, column: "Mã cha", code: "too_deep", value: "A.1.1" },
      { row: 9, column: "Cấp", code: "too_deep", value: "4" },
    ]);
  });

  it("reports missing cells and bad numbers on leaves", () => {
    const rows: CriteriaRow[] = [
      row(2, { code: "", title: "Không có mã", kind: "Tiêu chuẩn", maxPoints: 5 }),
      row(3, { code: "1", title: "", kind: "Tiêu chuẩn", maxPoints: 5 }),
      row(4, { code: "2", title: "Không có loại", maxPoints: 5 }),
      row(5, { code: "3", title: "Không có điểm", kind: "Điểm thưởng" }),
      std(6, "4", { maxPoints: "-2" }),
      std(7, "5", { maxPoints: 0 }),
      std(8, "6", { maxPoints: "Mười" }),
      row(9, { code: "7", title: "Không rõ loại", kind: "khác", maxPoints: "nhiều" }),
    ];
    expect(errorsOf(parseCriteriaRows(rows))).toEqual([
      { row: 2, column: "Mã", code: "required", value: "" },
      { row: 3, column: "Tiêu chí", code: "required", value: "" },
      { row: 4, column: "Loại", code: "required", value: "" },
      { row: 5, column: "Điểm tối đa", code: "required", value: "" },
      { row: 6, column: "Điểm tối đa", code: "negative", value: "-2" },
      { row: 7, column: "Điểm tối đa", code: "zero", value: "0" },
      { row: 8, column: "Điểm tối đa", code: "not_a_number", value: "Mười" },
      { row: 9, column: "Loại", code: "unknown_kind", value: "khác" },
      { row: 9, column: "Điểm tối đa", code: "not_a_number", value: "nhiều" },
    ]);
  });

  it("accepts a top-level gate with a dash or blank for points", () => {
    const tree = treeOf(
      parseCriteriaRows([row(2, { code: "G1", title: "Đoàn kết", kind: "Điều kiện", maxPoints: "—" }), row(3, { code: "G2", title: "Nội bộ", kind: "gate" })]),
    );
    expect(tree).toEqual([
      { ...leaf("G1", "gate", null), title: "Đoàn kết" },
      { ...leaf("G2", "gate", null), title: "Nội bộ" },
    ]);
  });

  it("nests a child under the first of two rows with the same code, and reports the second", () => {
    const errors = errorsOf(parseCriteriaRows([row(2, { code: "I", title: "I" }), row(3, { code: "i", title: "i" }), std(4, "1", { parentCode: "I" })]));
    expect(errors).toEqual([
      { row: 3, column: "Mã", code: "duplicate", value: "i" },
      { row: 3, column: "Loại", code: "required", value: "" }, // "1" went under row 2, so row 3 is a leaf
    ]);
  });

  it("parses what the editor builds as a group without children as a leaf missing its kind", () => {
    expect(errorsOf(parseCriteriaRows([row(2, { code: "I", title: "Nhóm trống" })]))).toEqual([{ row: 2, column: "Loại", code: "required", value: "" }]);
    expect(treeOf(parseCriteriaRows([group("I", [leaf("1", "standard", 5)])].flatMap((g) => criteriaTreeToRows([g]))))).toHaveLength(1);
  });
});
