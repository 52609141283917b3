// Criteria rows as they come out of (and go into) an Excel sheet, to and from the criteria
// tree. Pure: the import service reads the .xlsx into row objects and calls parseCriteriaRows;
// on any error it shows the row-numbered list and saves nothing, since nothing partial is returned.
import { MAX_DEPTH, type CriteriaNode, type LeafKind } from "@/lib/criteria/types";
import { codeKey } from "@/lib/criteria/tree";
import { KIND_LABELS_VI, readKind, readLevel, readPoints, type CellErrorCode } from "@/lib/criteria/excel-cells";
import { cellText, readYesNo, type ExcelCell } from "@/lib/xlsx/cells";

/** The sheet's column headers, in order: used on export and named in every error. */
export const EXCEL_COLUMNS = {
  code: "Mã",
  title: "Tiêu chí",
  parentCode: "Mã cha",
  level: "Cấp",
  kind: "Loại",
  maxPoints: "Điểm tối đa",
  evidenceRequired: "Bắt buộc minh chứng",
  guidance: "Hướng dẫn chấm",
} as const;
export type ExcelField = keyof typeof EXCEL_COLUMNS;
export type ExcelColumn = (typeof EXCEL_COLUMNS)[ExcelField];

/**
 * One sheet row; `row` is the 1-based Excel row number. Nesting is given by the parent's code,
 * or by an outline level (1, 2, 3) under the nearest row above of the level before; a row
 * with neither is top-level.
 */
export type CriteriaRow = { row: number } & Partial<Record<ExcelField, ExcelCell>>;

export type ExcelErrorCode =
  | CellErrorCode
  | "no_rows"
  | "required"
  | "duplicate"
  | "unknown_parent"
  | "own_parent"
  | "parent_after_child"
  | "level_jump"
  | "level_mismatch"
  | "too_deep"
  | "group_with_kind"
  | "group_with_points"
  | "gate_with_points";

/** A message key's worth of information: the UI words it in Vietnamese. Row 0 and column null mean the sheet as a whole. */
export type ExcelRowError = { row: number; column: ExcelColumn | null; code: ExcelErrorCode; value: string };

export type ParseCriteriaResult = { ok: true; tree: CriteriaNode[] } | { ok: false; errors: ExcelRowError[] };

type Parsed = {
  src: CriteriaRow;
  code: string;
  title: string;
  kind: LeafKind | null;
  maxPoints: number | null;
  evidence: boolean;
  /** Indexes of the row's ancestors and itself, top down. */
  path: number[];
  children: number[];
};

const FIELDS = Object.keys(EXCEL_COLUMNS) as ExcelField[];
const isBlankRow = (r: CriteriaRow) => FIELDS.every((f) => cellText(r[f]) === "");
/** Anything in the points cell but a blank or a dash, even text that is not a number. */
function hasPoints(cell: ExcelCell): boolean {
  const points = readPoints(cell);
  return !points.ok || points.value !== null;
}

/** The rows as a criteria tree, or every error found (sorted by row, then column); never a partial tree. Blank rows are skipped. */
export function parseCriteriaRows(rows: readonly CriteriaRow[]): ParseCriteriaResult {
  const errors: ExcelRowError[] = [];
  const err = (r: CriteriaRow, field: ExcelField, code: ExcelErrorCode) =>
    errors.push({ row: r.row, column: EXCEL_COLUMNS[field], code, value: cellText(r[field]) });
  const data = rows.filter((r) => !isBlankRow(r));
  if (data.length === 0) return { ok: false, errors: [{ row: 0, column: null, code: "no_rows", value: "" }] };

  // Cells first, so that a parent named further down can be told apart from one that does not exist.
  const index = new Map<string, number>();
  const parsed: Parsed[] = data.map((r, i) => {
    const code = cellText(r.code);
    if (!code) err(r, "code", "required");
    else if (index.has(codeKey(code))) err(r, "code", "duplicate");
    else index.set(codeKey(code), i);
    const title = cellText(r.title);
    if (!title) err(r, "title", "required");
    const kind = readKind(r.kind);
    if (!kind.ok) err(r, "kind", kind.code);
    const evidence = readYesNo(r.evidenceRequired);
    if (!evidence.ok) err(r, "evidenceRequired", evidence.code);
    return { src: r, code, title, kind: kind.ok ? kind.value : null, maxPoints: null, evidence: evidence.ok && evidence.value, path: [i], children: [] };
  });

  // Nesting. A row whose place cannot be worked out is treated as top-level so that one bad
  // cell does not cascade into errors on every row below it.
  let previous: number[] = [];
  parsed.forEach((p, i) => {
    const r = p.src;
    const parentText = cellText(r.parentCode);
    const level = readLevel(r.level);
    if (!level.ok) err(r, "level", level.code);
    const wanted = level.ok ? level.value : null;
    let parent: number | null = null;
    if (parentText) {
      const at = index.get(codeKey(parentText));
      if (at === undefined) err(r, "parentCode", "unknown_parent");
      else if (at === i) err(r, "parentCode", "own_parent");
      else if (at > i) err(r, "parentCode", "parent_after_child");
      else parent = at;
      if (parent !== null && wanted !== null && wanted !== parsed[parent].path.length + 1) err(r, "level", "level_mismatch");
    } else if (wanted !== null) {
      if (wanted > previous.length + 1) err(r, "level", "level_jump");
      else if (wanted > 1) parent = previous[wanted - 2];
    }
    if (parent !== null) {
      p.path = [...parsed[parent].path, i];
      if (p.path.length > MAX_DEPTH) err(r, parentText ? "parentCode" : "level", "too_deep");
      parsed[parent].children.push(i);
    }
    previous = p.path;
  });

  // A row with rows under it is a group: no kind, no points. Any other row is a leaf.
  for (const p of parsed) {
    const r = p.src;
    if (p.children.length > 0) {
      if (p.kind) err(r, "kind", "group_with_kind");
      if (hasPoints(r.maxPoints)) err(r, "maxPoints", "group_with_points");
      continue;
    }
    if (!p.kind && !cellText(r.kind)) err(r, "kind", "required");
    if (p.kind === "gate") {
      if (hasPoints(r.maxPoints)) err(r, "maxPoints", "gate_with_points");
      continue;
    }
    const max = readPoints(r.maxPoints);
    if (!max.ok) err(r, "maxPoints", max.code);
    else if (max.value === null && p.kind) err(r, "maxPoints", "required");
    else p.maxPoints = max.value;
  }

  if (errors.length > 0) {
    const order = (e: ExcelRowError) => (e.column === null ? -1 : Object.values(EXCEL_COLUMNS).indexOf(e.column));
    return { ok: false, errors: errors.sort((a, b) => a.row - b.row || order(a) - order(b)) };
  }

  const build = (i: number): CriteriaNode => {
    const p = parsed[i];
    const guidance = cellText(p.src.guidance);
    if (p.children.length > 0) return { type: "group", code: p.code, title: p.title, guidance, children: p.children.map(build) };
    // Without errors every leaf has a kind: a missing one was reported above.
    const kind = p.kind as LeafKind;
    return { type: "leaf", code: p.code, title: p.title, guidance, kind, maxPoints: p.maxPoints, evidenceRequired: p.evidence };
  };
  return { ok: true, tree: parsed.flatMap((p, i) => (p.path.length === 1 ? [build(i)] : [])) };
}

/**
 * The tree as sheet rows for export, numbered from `firstRow` (row 1 holds the headers). Both
 * the parent code and the level are written, so the sheet reads either way and parses back
 * to the same tree.
 */
export function criteriaTreeToRows(tree: readonly CriteriaNode[], firstRow = 2): CriteriaRow[] {
  const rows: CriteriaRow[] = [];
  const visit = (node: CriteriaNode, parentCode: string, level: number) => {
    const leaf = node.type === "leaf" ? node : null;
    rows.push({
      row: firstRow + rows.length,
      code: node.code,
      title: node.title,
      parentCode,
      level,
      kind: leaf ? KIND_LABELS_VI[leaf.kind] : "",
      maxPoints: leaf ? leaf.maxPoints : null,
      evidenceRequired: leaf ? (leaf.evidenceRequired ? "Có" : "Không") : "",
      guidance: node.guidance,
    });
    if (node.type === "group") for (const child of node.children) visit(child, node.code, level + 1);
  };
  for (const node of tree) visit(node, "", 1);
  return rows;
}
