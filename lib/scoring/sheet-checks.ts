// The checks every write to a sheet makes, shared by the scoring service and the evidence
// service: the sheet taken at the version the caller saw, a published criteria set, an open
// window, each value against its leaf; and the write of the checked values (lib/scoring/entry-sql.ts).
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AppSession } from "@/lib/auth/session-types";
import { DomainError, NotFoundError } from "@/lib/errors";
import { toHundredths } from "@/lib/criteria/points";
import type { CriteriaLeaf } from "@/lib/criteria/types";
import { checkScore, type ScoreValue, type SubmitProblem } from "@/lib/scoring/rules";
import type { EntryInput } from "@/lib/scoring/schemas";
import { saveSheetEntries, type StoredEntry } from "@/lib/scoring/entry-sql";
import { lockedError } from "@/lib/scoring/sheet-lock";
import { loadRound, loadScoringSet, type LeafLookup, type StoredRound } from "@/lib/scoring/sheet-data";
import { selfWindowState, type SheetWindow } from "@/lib/scoring/window";
import { formatDateTime, formatNumber } from "@/lib/format/vi";

export type Layer = "SELF" | "REVIEWED" | "APPRAISED";

type SheetKey = { id: string } | { blocYearId_unitId: { blocYearId: string; unitId: string } };

/**
 * Takes the sheet at the version the caller saw and bumps it, or refuses a stale write. One
 * UPDATE … RETURNING: it finds, checks, locks and reads the row in a single round trip.
 */
export async function claimSheet(tx: Tx, sheet: SheetKey, version: number) {
  try {
    return await tx.scoreSheet.update({ where: { ...sheet, version }, data: { version: { increment: 1 } } });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025")) throw error;
    const exists = await tx.scoreSheet.findUnique({ where: sheet, select: { id: true } });
    throw exists ? new DomainError("scoring.errors.stale") : new NotFoundError();
  }
}

/** A problem with one leaf's value, worded by the message catalogue with the leaf's code (and max). */
export function ruleError(p: Pick<SubmitProblem, "leafCode" | "code" | "maxPoints">) {
  return new DomainError(`scoring.rules.${p.code}`, { leaf: p.leafCode, max: p.maxPoints === null ? "" : formatNumber(p.maxPoints) });
}

export function published<S extends { status: string }>(set: S | null): S {
  if (!set) throw new DomainError("scoring.errors.noCriteria");
  if (set.status !== "PUBLISHED") throw new DomainError("scoring.errors.setNotPublished");
  return set;
}

export async function publishedSet(tx: Tx, blocYearId: string) {
  return published(await loadScoringSet(tx, blocYearId));
}

export async function assertWindowOpen(tx: Tx, blocYearId: string, unitId: string, sheet: SheetWindow, now: Date) {
  assertOpen(await loadRound(tx, blocYearId), unitId, sheet, now);
}

/** The unit's window, or a returned sheet's resubmission deadline past it (lib/scoring/window.ts). */
export function assertOpen(round: StoredRound | null, unitId: string, sheet: SheetWindow, now: Date) {
  const state = selfWindowState(round, unitId, sheet, now);
  if (state === "none") throw new DomainError("scoring.errors.noRound");
  if (state === "notOpen") throw new DomainError("scoring.errors.notOpenYet");
  if (state === "closed") throw new DomainError("scoring.errors.closed");
  if (state === "resubmitOver") throw new DomainError("scoring.errors.resubmitOver", { date: formatDateTime(sheet!.resubmitBy!) });
}

/** The value for the leaf's kind; points on a gate, or a pass/fail on a points leaf, are refused rather than dropped. */
function valueOfInput(leaf: CriteriaLeaf, e: EntryInput): ScoreValue {
  if (leaf.kind === "gate") {
    if (e.points !== null) throw ruleError({ leafCode: leaf.code, code: "not_pass_fail", maxPoints: null });
    return e.passed;
  }
  if (e.passed !== null) throw ruleError({ leafCode: leaf.code, code: "not_points", maxPoints: leaf.maxPoints });
  return e.points;
}

function leafOf(set: LeafLookup, code: string) {
  const leaf = set.leafByCode.get(code);
  if (!leaf) throw ruleError({ leafCode: code, code: "unknown_leaf", maxPoints: null });
  return { leaf, nodeId: set.nodeIdByCode.get(code)! };
}

/** The value checked against the leaf (a blank is allowed while drafting), as the stored columns. */
function storedValue(leaf: CriteriaLeaf, value: ScoreValue) {
  if (value !== null) {
    const check = checkScore(leaf, value);
    if (!check.ok) throw ruleError({ leafCode: leaf.code, code: check.error === "missing" ? "missing_value" : check.error, maxPoints: leaf.maxPoints });
  }
  return leaf.kind === "gate"
    ? { hundredths: null, passed: value as boolean | null }
    : { hundredths: value === null ? null : toHundredths(value), passed: null };
}

export type CheckedEntry = StoredEntry & { code: string; value: ScoreValue };

/** The entries checked against their leaves, as stored; a blank value without a note clears the leaf's layer. */
export function checkEntries(set: LeafLookup, entries: readonly EntryInput[], reasonCheck?: (code: string, value: ScoreValue) => void): CheckedEntry[] {
  const seen = new Set<string>();
  return entries.map((e) => {
    if (seen.has(e.code)) throw ruleError({ leafCode: e.code, code: "duplicate_entry", maxPoints: null });
    seen.add(e.code);
    const { leaf, nodeId } = leafOf(set, e.code);
    const value = valueOfInput(leaf, e);
    const stored = storedValue(leaf, value);
    reasonCheck?.(e.code, value);
    return { code: e.code, nodeId, value, ...stored, note: e.note };
  });
}

export const clears = (e: CheckedEntry) => e.value === null && !e.note;
/** What the audit entry records of a write. */
export const auditedEntries = (checked: readonly CheckedEntry[]) => checked.map((e) => ({ code: e.code, value: e.value, note: e.note }));

/** The checked entries written to the sheet's `layer` (lib/scoring/entry-sql.ts); what the audit entry records of them. */
export async function writeEntries(tx: Tx, actor: AppSession, sheetId: string, layer: Layer, checked: readonly CheckedEntry[]) {
  const clear = checked.filter(clears);
  await saveSheetEntries(
    tx,
    sheetId,
    layer,
    checked.filter((e) => !clears(e)),
    clear.map((e) => e.nodeId),
    actor,
  );
  return auditedEntries(checked);
}

/**
 * Whether the unit's sheet takes evidence now: the same conditions as a self-score save. Called
 * inside the transaction that writes the file's row, with the sheet held (lib/evidence/service.ts).
 */
export async function assertTakesEvidence(
  tx: Tx,
  sheet: { blocYearId: string; unitId: string; status: NonNullable<SheetWindow>["status"]; resubmitBy: Date | null; lockedAt: Date | null },
  now: Date,
) {
  if (sheet.lockedAt) throw lockedError();
  if (sheet.status === "SUBMITTED") throw new DomainError("scoring.errors.notEditable");
  await publishedSet(tx, sheet.blocYearId);
  await assertWindowOpen(tx, sheet.blocYearId, sheet.unitId, sheet, now);
}
