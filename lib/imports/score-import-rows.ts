// Self-scores as board staff collect them from units' Excel files: one row per unit and leaf, for
// a whole year and every bloc they manage. Pure: the service loads what the caller may import
// into (ImportTargets) and runs each row through the checker; any error means nothing is saved,
// so a result is either every entry or every error, never a mix.
import { codeKey } from "@/lib/criteria/tree";
import { toHundredths } from "@/lib/criteria/points";
import type { LeafKind } from "@/lib/criteria/types";
import { cellText, readYesNo, type ExcelCell } from "@/lib/xlsx/cells";
import { checkScore } from "@/lib/scoring/rules";
import { isStorableText } from "@/lib/validation/fields";

/** The sheet's column headers, in the template's order: named in every error. */
export const SCORE_COLUMNS = {
  bloc: "Mã khối",
  unit: "Mã đơn vị",
  leaf: "Mã tiêu chí",
  points: "Điểm",
  passed: "Đạt",
  note: "Ghi chú",
} as const;
export type ScoreField = keyof typeof SCORE_COLUMNS;
export type ScoreColumn = (typeof SCORE_COLUMNS)[ScoreField];
export const SCORE_FIELDS = Object.keys(SCORE_COLUMNS) as ScoreField[];

/** One sheet row; `row` is the 1-based Excel row number. */
export type ScoreRow = { row: number } & Partial<Record<ScoreField, ExcelCell>>;

/** The same limit as a note typed on the sheet page (lib/scoring/schemas.ts). */
export const NOTE_MAX = 2000;
/** Errors sent back and shown; the count of all of them is given beside. */
export const ERRORS_SHOWN = 200;

export type ScoreImportErrorCode =
  | "unreadable"
  | "no_rows"
  | "too_big"
  | "missing_column"
  | "required"
  | "unknown_bloc"
  | "set_not_published"
  | "year_locked"
  | "not_member"
  | "sheet_submitted"
  | "sheet_locked"
  | "unknown_leaf"
  | "duplicate"
  | "not_a_number"
  | "not_yes_no"
  | "not_points"
  | "not_pass_fail"
  | "missing_value"
  | "below_zero"
  | "above_max"
  | "too_many_decimals"
  | "too_long"
  | "invalid_text";

/**
 * A message key's worth of information, worded by the UI. Row 0 and column null mean the file as
 * a whole; `max` is the leaf's maximum for above_max; for a duplicate, `value` is the first row;
 * for too_big, `value` says what is too big (lib/xlsx/guard.ts), `actual` how big, `max` the limit.
 */
export type ScoreImportError = { row: number; column: ScoreColumn | null; code: ScoreImportErrorCode; value: string; max?: number; actual?: number };

export type ImportLeaf = { nodeId: string; code: string; kind: LeafKind; maxPoints: number | null };
export type ImportSheet = { id: string; status: "DRAFT" | "SUBMITTED" | "RETURNED"; locked: boolean };

/** One bloc year the caller may import into, as the checker needs it; maps are keyed by codeKey of the code. */
export type ImportBlocYear = {
  blocYearId: string;
  blocCode: string;
  blocName: string;
  setPublished: boolean;
  /** The year's ranking is signed off or approved: no sheet may change. */
  locked: boolean;
  leaves: ReadonlyMap<string, ImportLeaf>;
  /** Member unit code → unit id. */
  members: ReadonlyMap<string, string>;
  /** Unit id → its sheet, when it has one. */
  sheets: ReadonlyMap<string, ImportSheet>;
};
/** By codeKey of the bloc code. A bloc the caller does not manage is simply absent: it reads as unknown. */
export type ImportTargets = ReadonlyMap<string, ImportBlocYear>;

/** One SELF value to write; `sheetId` null when the unit has no sheet yet. */
export type ScoreImportEntry = {
  blocYearId: string;
  unitId: string;
  sheetId: string | null;
  nodeId: string;
  hundredths: number | null;
  passed: boolean | null;
  note: string | null;
};

export type ScoreCheckResult = { ok: true; entries: ScoreImportEntry[] } | { ok: false; errors: ScoreImportError[] };

const DASHES = new Set(["-", "–", "—"]);
type Read<T> = { ok: true; value: T } | { ok: false };

/** Points as typed: a number, "9,5" or "9.5"; null for a blank or a dash. Zero and negatives are the rules' business. */
export function readScorePoints(cell: ExcelCell): Read<number | null> {
  if (typeof cell === "number") return { ok: true, value: cell };
  const text = cellText(cell).replace(/\s/g, "");
  if (!text || DASHES.has(text)) return { ok: true, value: null };
  if (typeof cell === "boolean" || !/^-?\d+([.,]\d+)?$/.test(text)) return { ok: false };
  return { ok: true, value: Number(text.replace(",", ".")) };
}

const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gi, "d").toLowerCase().replace(/\s+/g, " ");

/** A gate's answer: "Đạt"/"Có"/x/TRUE pass, "Không đạt"/"Không"/FALSE fail; null for a blank. */
export function readPass(cell: ExcelCell): Read<boolean | null> {
  if (!cellText(cell)) return { ok: true, value: null };
  const word = fold(cellText(cell));
  if (word === "dat") return { ok: true, value: true };
  if (word === "khong dat") return { ok: true, value: false };
  const yesNo = readYesNo(cell);
  return yesNo.ok ? { ok: true, value: yesNo.value } : { ok: false };
}

const columnOrder = (c: ScoreColumn | null) => (c === null ? -1 : Object.values(SCORE_COLUMNS).indexOf(c));
export const sortErrors = (errors: ScoreImportError[]) => errors.sort((a, b) => a.row - b.row || columnOrder(a.column) - columnOrder(b.column));

/**
 * Checks rows one at a time, so the service can report progress between batches. A row with
 * neither a value nor a note is skipped: a template row the unit left empty changes nothing.
 */
export function scoreRowChecker(targets: ImportTargets) {
  // A file repeats a few hundred codes thousands of times; normalising each once keeps 10 000 rows quick.
  const keys = new Map<string, string>();
  const keyOf = (code: string) => {
    let key = keys.get(code);
    if (key === undefined) keys.set(code, (key = codeKey(code)));
    return key;
  };
  const errors: ScoreImportError[] = [];
  const entries: ScoreImportEntry[] = [];
  const firstRow = new Map<string, number>();

  function check(r: ScoreRow) {
    const before = errors.length;
    const err = (field: ScoreField, code: ScoreImportErrorCode, value = cellText(r[field]), max?: number) =>
      errors.push({ row: r.row, column: SCORE_COLUMNS[field], code, value, ...(max === undefined ? {} : { max }) });
    const note = cellText(r.note);
    if (!cellText(r.points) && !cellText(r.passed) && !note) return;

    const codes = { bloc: cellText(r.bloc), unit: cellText(r.unit), leaf: cellText(r.leaf) };
    for (const f of ["bloc", "unit", "leaf"] as const) if (!codes[f]) err(f, "required");
    if (note.length > NOTE_MAX) err("note", "too_long", `${note.slice(0, 40)}…`);
    else if (!isStorableText(note)) err("note", "invalid_text", "");

    const target = codes.bloc ? targets.get(keyOf(codes.bloc)) : undefined;
    if (codes.bloc && !target) err("bloc", "unknown_bloc");
    else if (target && !target.setPublished) err("bloc", "set_not_published");
    else if (target?.locked) err("bloc", "year_locked");
    const usable = target && target.setPublished && !target.locked ? target : undefined;

    const unitId = usable && codes.unit ? usable.members.get(keyOf(codes.unit)) : undefined;
    if (usable && codes.unit && !unitId) err("unit", "not_member");
    const sheet = unitId ? usable?.sheets.get(unitId) : undefined;
    if (sheet?.locked) err("unit", "sheet_locked");
    else if (sheet && sheet.status !== "DRAFT") err("unit", "sheet_submitted");

    const leaf = usable && codes.leaf ? usable.leaves.get(keyOf(codes.leaf)) : undefined;
    if (usable && codes.leaf && !leaf) err("leaf", "unknown_leaf");
    const value = leaf ? readValue(r, leaf, err) : undefined;

    if (usable && unitId && leaf) {
      const key = `${usable.blocYearId}\u0000${unitId}\u0000${leaf.nodeId}`;
      const first = firstRow.get(key);
      if (first !== undefined) err("leaf", "duplicate", String(first));
      else firstRow.set(key, r.row);
    }
    if (errors.length > before || !usable || !unitId || !leaf || value === undefined) return;
    entries.push({
      blocYearId: usable.blocYearId,
      unitId,
      sheetId: sheet?.id ?? null,
      nodeId: leaf.nodeId,
      hundredths: leaf.kind === "gate" ? null : toHundredths(value),
      passed: leaf.kind === "gate" ? (value as boolean) : null,
      note: note || null,
    });
  }

  function result(): ScoreCheckResult {
    if (errors.length > 0) return { ok: false, errors: sortErrors(errors) };
    if (entries.length === 0) return { ok: false, errors: [{ row: 0, column: null, code: "no_rows", value: "" }] };
    return { ok: true, entries };
  }

  return { check, result };
}

type ErrFn = (field: ScoreField, code: ScoreImportErrorCode, value?: string, max?: number) => void;

/** The row's value for the leaf's kind, checked as manual entry checks it (checkScore), or undefined after reporting why not. */
function readValue(r: ScoreRow, leaf: ImportLeaf, err: ErrFn): number | boolean | undefined {
  const points = readScorePoints(r.points);
  const passed = readPass(r.passed);
  if (leaf.kind === "gate") {
    if (!points.ok || points.value !== null) err("points", "not_pass_fail");
    if (!passed.ok) err("passed", "not_yes_no");
    else if (passed.value === null) err("passed", "missing_value");
    return passed.ok && passed.value !== null && points.ok && points.value === null ? passed.value : undefined;
  }
  if (!passed.ok || passed.value !== null) err("passed", "not_points");
  if (!points.ok || points.value === null) {
    err("points", points.ok ? "missing_value" : "not_a_number");
    return undefined;
  }
  const check = checkScore(leaf, points.value);
  if (!check.ok) {
    const code = check.error === "above_max" || check.error === "below_zero" || check.error === "too_many_decimals" ? check.error : "not_a_number";
    err("points", code, undefined, code === "above_max" ? (leaf.maxPoints ?? undefined) : undefined);
    return undefined;
  }
  return passed.ok && passed.value === null ? points.value : undefined;
}

/** Every row through one checker: what the service does, without the progress reports. */
export function checkScoreRows(rows: readonly ScoreRow[], targets: ImportTargets): ScoreCheckResult {
  const checker = scoreRowChecker(targets);
  for (const r of rows) checker.check(r);
  return checker.result();
}
