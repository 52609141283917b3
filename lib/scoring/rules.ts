// What a unit may enter for a leaf, and what a sheet needs before it is submitted. Pure: the
// grid uses checkScore as the officer types, the submit service uses checkSheetForSubmit and
// refuses with the problems it returns.
import { toHundredths } from "@/lib/criteria/points";
import type { CriteriaLeaf } from "@/lib/criteria/types";

/** Points for standard, bonus and deduction leaves; true (pass) or false (fail) for a gate; null when not entered. */
export type ScoreValue = number | boolean | null;

export type ScoreError =
  | "missing"
  | "not_points" // a pass/fail answer on a leaf that takes points
  | "not_pass_fail" // points on a gate
  | "not_finite"
  | "below_zero"
  | "above_max"
  | "too_many_decimals"
  | "leaf_without_max"; // the criteria set is broken, not the entry; publishing should have refused it

export type ScoreCheck = { ok: true } | { ok: false; error: ScoreError };

type LeafRule = Pick<CriteriaLeaf, "kind" | "maxPoints">;

const fail = (error: ScoreError): ScoreCheck => ({ ok: false, error });

/**
 * Whether `value` is allowed for `leaf`. Points run from 0 to the leaf's max inclusive, with at
 * most two decimals; a deduction is entered as the positive number of points taken off.
 * Compared in hundredths, so 10.5 against a max of 10.5 is exact.
 */
export function checkScore(leaf: LeafRule, value: ScoreValue | undefined): ScoreCheck {
  if (value === null || value === undefined) return fail("missing");
  if (leaf.kind === "gate") return typeof value === "boolean" ? { ok: true } : fail("not_pass_fail");
  if (typeof value !== "number") return fail("not_points");
  if (!Number.isFinite(value)) return fail("not_finite");
  const max = toHundredths(leaf.maxPoints);
  if (max === null) return fail("leaf_without_max");
  if (value < 0) return fail("below_zero");
  const h = toHundredths(value);
  if (h === null) return fail("too_many_decimals");
  if (h > max) return fail("above_max");
  return { ok: true };
}

/** The value in hundredths when it is valid points for the leaf; null for gates, blanks and invalid values. */
export function scoreHundredths(leaf: LeafRule, value: ScoreValue | undefined): number | null {
  if (leaf.kind === "gate" || typeof value !== "number" || !checkScore(leaf, value).ok) return null;
  return toHundredths(value);
}

/**
 * Whether this value needs evidence attached. Evidence proves a claim in the unit's favour, so
 * where the value claims nothing (0 standard or bonus points, the full deduction, a failed
 * gate) there is nothing to prove: otherwise a bonus such as "Cờ thi đua của Chính phủ", which
 * most units score 0, would block every submission.
 */
export function evidenceNeeded(leaf: Pick<CriteriaLeaf, "kind" | "maxPoints" | "evidenceRequired">, value: ScoreValue | undefined): boolean {
  if (!leaf.evidenceRequired || !checkScore(leaf, value).ok) return false;
  if (leaf.kind === "gate") return value === true;
  const h = toHundredths(value);
  return leaf.kind === "deduction" ? h !== toHundredths(leaf.maxPoints) : h !== 0;
}

export type ScoreEntry = {
  leafCode: string;
  value: ScoreValue;
  /** Evidence files attached to this leaf on this sheet. */
  evidenceCount: number;
};

export type SubmitProblemCode = "missing_value" | "missing_evidence" | "unknown_leaf" | "duplicate_entry" | Exclude<ScoreError, "missing">;

export type SubmitProblem = {
  leafCode: string;
  code: SubmitProblemCode;
  /** The leaf's max, for messages such as "at most 10 points"; null for gates and unknown leaves. */
  maxPoints: number | null;
};

/**
 * Everything that stops a sheet from being submitted, in sheet order; empty means it may go.
 * One value problem per leaf; the evidence check runs only on a valid value, because whether
 * evidence is needed depends on the value. Entries for leaves not in the set, and a leaf
 * entered twice, are reported rather than guessed at.
 */
export function checkSheetForSubmit(leaves: readonly CriteriaLeaf[], entries: readonly ScoreEntry[]): SubmitProblem[] {
  const problems: SubmitProblem[] = [];
  const byCode = new Map<string, ScoreEntry>();
  const known = new Set(leaves.map((l) => l.code));
  for (const entry of entries) {
    if (!known.has(entry.leafCode)) problems.push({ leafCode: entry.leafCode, code: "unknown_leaf", maxPoints: null });
    else if (byCode.has(entry.leafCode)) problems.push({ leafCode: entry.leafCode, code: "duplicate_entry", maxPoints: null });
    else byCode.set(entry.leafCode, entry);
  }
  const leafProblems: SubmitProblem[] = [];
  for (const leaf of leaves) {
    const entry = byCode.get(leaf.code);
    const add = (code: SubmitProblemCode) => leafProblems.push({ leafCode: leaf.code, code, maxPoints: leaf.maxPoints });
    const check = checkScore(leaf, entry?.value);
    if (!check.ok) add(check.error === "missing" ? "missing_value" : check.error);
    else if (evidenceNeeded(leaf, entry?.value) && !(entry && entry.evidenceCount > 0)) add("missing_evidence");
  }
  return [...leafProblems, ...problems];
}
