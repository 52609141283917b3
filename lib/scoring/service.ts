import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AppSession } from "@/lib/auth/session-types";
import { writeAudit } from "@/lib/audit/write";
import { DomainError, NotFoundError } from "@/lib/errors";
import { toHundredths } from "@/lib/criteria/points";
import type { CriteriaLeaf } from "@/lib/criteria/types";
import { holdSheetYear } from "@/lib/blocs/year-lock";
import { reasonRequired, type LeafLayers } from "@/lib/scoring/layers";
import { checkScore, checkSheetForSubmit, type ScoreValue, type SubmitProblem } from "@/lib/scoring/rules";
import type { EntryInput } from "@/lib/scoring/schemas";
import { saveSelfScores, type StoredEntry } from "@/lib/scoring/entry-sql";
import { guardYearSheets, lockedError, refusingLocked } from "@/lib/scoring/sheet-lock";
import { evidenceCounts, layersOf, loadRound, loadScoringSet, type LeafLookup, type SelfSaveContext, type StoredRound } from "@/lib/scoring/sheet-data";
import { closesAtFor, defaultResubmitBy, selfWindowState, windowState, type SheetWindow } from "@/lib/scoring/window";
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

function published<S extends { status: string }>(set: S | null): S {
  if (!set) throw new DomainError("scoring.errors.noCriteria");
  if (set.status !== "PUBLISHED") throw new DomainError("scoring.errors.setNotPublished");
  return set;
}

async function publishedSet(tx: Tx, blocYearId: string) {
  return published(await loadScoringSet(tx, blocYearId));
}

async function assertWindowOpen(tx: Tx, blocYearId: string, unitId: string, sheet: SheetWindow, now: Date) {
  assertOpen(await loadRound(tx, blocYearId), unitId, sheet, now);
}

/** The unit's window, or a returned sheet's resubmission deadline past it (lib/scoring/window.ts). */
function assertOpen(round: StoredRound | null, unitId: string, sheet: SheetWindow, now: Date) {
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

const by = (actor: AppSession) => ({ byUserId: actor.userId, byName: actor.name, byUnitId: actor.unitId, at: new Date() });

type CheckedEntry = StoredEntry & { code: string; value: ScoreValue };

/** The entries checked against their leaves, as stored; a blank value without a note clears the leaf's layer. */
function checkEntries(set: LeafLookup, entries: readonly EntryInput[], reasonCheck?: (code: string, value: ScoreValue) => void): CheckedEntry[] {
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

const clears = (e: CheckedEntry) => e.value === null && !e.note;
/** What the audit entry records of a write. */
const auditedEntries = (checked: readonly CheckedEntry[]) => checked.map((e) => ({ code: e.code, value: e.value, note: e.note }));

async function writeEntries(tx: Tx, actor: AppSession, sheetId: string, layer: Layer, checked: readonly CheckedEntry[]) {
  for (const e of checked) {
    if (clears(e)) {
      await tx.scoreEntry.deleteMany({ where: { sheetId, nodeId: e.nodeId, layer } });
    } else {
      const data = { hundredths: e.hundredths, passed: e.passed, note: e.note, ...by(actor) };
      await tx.scoreEntry.upsert({
        where: { sheetId_nodeId_layer: { sheetId, nodeId: e.nodeId, layer } },
        create: { sheetId, nodeId: e.nodeId, layer, ...data },
        update: data,
      });
    }
  }
  return auditedEntries(checked);
}

// ── The round ──

export async function setRound(actor: AppSession, blocYearId: string, input: { opensAt: Date; closesAt: Date }) {
  return db.$transaction(async (tx) => {
    const before = await tx.scoringRound.findUnique({ where: { blocYearId } });
    const after = await tx.scoringRound.upsert({ where: { blocYearId }, create: { blocYearId, ...input }, update: input });
    await writeAudit(tx, actor, { action: before ? "round.update" : "round.create", entityType: "ScoringRound", entityId: after.id, before, after });
    return { id: after.id };
  });
}

/** A later close for one member unit or for all (unitId null), with the reason. */
export async function addExtension(actor: AppSession, blocYearId: string, input: { unitId: string | null; closesAt: Date; reason: string }) {
  return refusingLocked(actor, "round.extend", { blocYearId, unitId: input.unitId }, () =>
    db.$transaction(async (tx) => {
      await guardYearSheets(tx, blocYearId);
      const round = await tx.scoringRound.findUnique({ where: { blocYearId } });
      if (!round) throw new DomainError("scoring.errors.noRound");
      if (input.unitId && !(await tx.blocMember.findFirst({ where: { blocYearId, unitId: input.unitId }, select: { unitId: true } }))) {
        throw new DomainError("scoring.errors.notMember");
      }
      // A locked sheet cannot be reopened for scoring by a later deadline.
      const lockedSheet = await tx.scoreSheet.findFirst({
        where: { blocYearId, lockedAt: { not: null }, ...(input.unitId ? { unitId: input.unitId } : {}) },
        select: { id: true },
      });
      if (lockedSheet) throw lockedError();
      if (input.closesAt <= round.closesAt) throw new DomainError("scoring.errors.extensionNotLater");
      const ext = await tx.roundExtension.create({ data: { roundId: round.id, ...input, createdById: actor.userId } });
      await writeAudit(tx, actor, { action: "round.extend", entityType: "ScoringRound", entityId: round.id, after: ext });
      return { id: ext.id };
    }),
  );
}

// ── Self-scores ──

/**
 * The unit's draft values. Version 0 creates the sheet; any other must be the version the
 * officer saw. Only while the round is open for the unit, on a published criteria set, and
 * while the sheet is a draft or returned. `context` comes from loadSelfSaveContext, read
 * before the write as a transaction's first reads would be (nothing is locked by them either).
 */
export async function saveSelf(actor: AppSession, context: SelfSaveContext, unitId: string, version: number, entries: readonly EntryInput[], now = new Date()) {
  const blocYearId = context.year.id;
  const checked = checkEntries(published(context.set), entries);
  if (version === 0) return createSheet(actor, context, unitId, checked, now);
  // An officer saves many times a day: one statement takes the sheet, writes and audits. Only
  // when it refuses, or the window has closed, is the sheet read again: to say why, or to find a
  // returned sheet still inside its resubmission deadline.
  const save = () =>
    saveSelfScores(db, {
      blocYearId,
      unitId,
      version,
      write: checked.filter((e) => !clears(e)),
      clear: checked.filter(clears).map((e) => e.nodeId),
      actor,
      after: { unitId, entries: auditedEntries(checked) },
      at: new Date(),
    });
  if (windowState(context.round, unitId, now) === "open") {
    const saved = await save();
    if (saved) return saved;
  }
  return refusingLocked(actor, "score.self.save", { blocYearId, unitId }, async () => {
    const sheet = await db.scoreSheet.findUnique({
      where: { blocYearId_unitId: { blocYearId, unitId } },
      select: { version: true, lockedAt: true, status: true, resubmitBy: true },
    });
    if (!sheet) throw new NotFoundError();
    if (sheet.version !== version) throw new DomainError("scoring.errors.stale");
    if (sheet.lockedAt) throw lockedError();
    assertOpen(context.round, unitId, sheet, now);
    if (sheet.status === "SUBMITTED") throw new DomainError("scoring.errors.notEditable");
    // A returned sheet inside its resubmission deadline: the same write, taken at the version
    // just read, so a return or submit since then (each bumps the version) refuses it as stale.
    if (selfWindowState(context.round, unitId, sheet, now) === "resubmit") {
      const saved = await save();
      if (saved) return saved;
    }
    throw new DomainError("scoring.errors.stale"); // taken by another save meanwhile
  });
}

async function createSheet(actor: AppSession, context: SelfSaveContext, unitId: string, checked: readonly CheckedEntry[], now: Date) {
  const blocYearId = context.year.id;
  return refusingLocked(actor, "score.self.save", { blocYearId, unitId }, () =>
    db.$transaction(async (tx) => {
      // No new sheet once the ranking is signed off.
      await guardYearSheets(tx, blocYearId);
      if (await tx.scoreSheet.findUnique({ where: { blocYearId_unitId: { blocYearId, unitId } }, select: { id: true } }))
        throw new DomainError("scoring.errors.stale");
      const sheet = await tx.scoreSheet.create({ data: { blocYearId, unitId } });
      assertOpen(context.round, unitId, null, now);
      const written = await writeEntries(tx, actor, sheet.id, "SELF", checked);
      await writeAudit(tx, actor, { action: "score.self.save", entityType: "ScoreSheet", entityId: sheet.id, after: { unitId, entries: written } });
      return { id: sheet.id, version: sheet.version };
    }),
  );
}

/** Draft or returned → submitted: with the head's approval, inside the window, with nothing missing or out of range. */
export async function submitSheet(actor: AppSession, sheetId: string, version: number, headApprovedBy: string | null, now = new Date()) {
  return refusingLocked(actor, "score.submit", { sheetId }, () =>
    db.$transaction(async (tx) => {
      await holdSheetYear(tx, sheetId);
      const sheet = await claimSheet(tx, { id: sheetId }, version);
      if (sheet.lockedAt) throw lockedError();
      if (sheet.status === "SUBMITTED") throw new DomainError("scoring.errors.alreadySubmitted");
      const byHead = actor.isUnitHead && actor.unitId === sheet.unitId;
      const approvedBy = byHead ? actor.name : headApprovedBy?.trim();
      if (!approvedBy) throw new DomainError("scoring.errors.headApprovalRequired");
      await assertWindowOpen(tx, sheet.blocYearId, sheet.unitId, sheet, now);
      const set = await publishedSet(tx, sheet.blocYearId);
      const entries = await tx.scoreEntry.findMany({ where: { sheetId, layer: "SELF" } });
      const counts = await evidenceCounts(tx, sheetId);
      const layers = layersOf(set, entries);
      const problems = checkSheetForSubmit(
        set.leaves,
        layers
          .filter((l) => l.self)
          .map((l) => ({ leafCode: l.leafCode, value: l.self!.value, evidenceCount: counts.get(set.nodeIdByCode.get(l.leafCode)!) ?? 0 })),
      );
      if (problems.length > 0) throw ruleError(problems[0]);
      const after = await tx.scoreSheet.update({
        where: { id: sheetId },
        data: { status: "SUBMITTED", headApprovedBy: approvedBy, submittedAt: now, submittedById: actor.userId },
      });
      await writeAudit(tx, actor, {
        action: "score.submit",
        entityType: "ScoreSheet",
        entityId: sheetId,
        before: { status: sheet.status },
        after: { status: after.status, headApprovedBy: approvedBy, byHead, submittedAt: now },
      });
      return { id: sheetId, version: after.version };
    }),
  );
}

/**
 * Submitted → returned, with the reason and the deadline until which the unit may edit and
 * resubmit, even past its window: the one given, or the default (lib/scoring/window.ts).
 */
export async function returnSheet(actor: AppSession, sheetId: string, version: number, reason: string, resubmitBy: Date | null = null, now = new Date()) {
  if (resubmitBy && resubmitBy.getTime() <= now.getTime()) throw new DomainError("scoring.errors.resubmitByPast");
  return refusingLocked(actor, "score.return", { sheetId }, () =>
    db.$transaction(async (tx) => {
      await holdSheetYear(tx, sheetId);
      const sheet = await claimSheet(tx, { id: sheetId }, version);
      if (sheet.lockedAt) throw lockedError();
      if (sheet.status !== "SUBMITTED") throw new DomainError("scoring.errors.notSubmitted");
      const round = await loadRound(tx, sheet.blocYearId);
      const until = resubmitBy ?? defaultResubmitBy(now, round ? closesAtFor(round, sheet.unitId) : null);
      const after = await tx.scoreSheet.update({
        where: { id: sheetId },
        data: { status: "RETURNED", returnedAt: now, returnReason: reason, resubmitBy: until },
      });
      await writeAudit(tx, actor, {
        action: "score.return",
        entityType: "ScoreSheet",
        entityId: sheetId,
        before: { status: sheet.status, resubmitBy: sheet.resubmitBy },
        after: { status: after.status, reason, resubmitBy: until, defaulted: !resubmitBy },
      });
      return { id: sheetId, version: after.version };
    }),
  );
}

// ── Review and appraisal ──

/**
 * Reviewed (leader or assigned unit) or appraised (board) values on a submitted sheet. A reason
 * wherever the value differs from the one standing below it; a blank value with no reason
 * removes the caller's layer for that leaf, leaving the one below standing.
 */
export async function saveLayer(actor: AppSession, sheetId: string, version: number, layer: "REVIEWED" | "APPRAISED", entries: readonly EntryInput[]) {
  return refusingLocked(actor, layer === "REVIEWED" ? "score.review" : "score.appraise", { sheetId }, () =>
    db.$transaction(async (tx) => {
      await holdSheetYear(tx, sheetId);
      const sheet = await claimSheet(tx, { id: sheetId }, version);
      if (sheet.lockedAt) throw lockedError();
      if (sheet.status !== "SUBMITTED") throw new DomainError("scoring.errors.notSubmitted");
      const set = await publishedSet(tx, sheet.blocYearId);
      const stored = new Map(layersOf(set, await tx.scoreEntry.findMany({ where: { sheetId } })).map((l) => [l.leafCode, l]));
      const name = layer === "REVIEWED" ? "reviewed" : "appraised";
      const reasons = new Map(entries.map((e) => [e.code, e.note]));
      const checked = checkEntries(set, entries, (code, value) => {
        const layers: LeafLayers = {
          ...(stored.get(code) ?? { leafCode: code }),
          [name]: { value, by: actor.name, at: new Date(), reason: reasons.get(code) ?? null },
        };
        if (reasonRequired(layers, name) && !reasons.get(code)?.trim()) throw new DomainError("scoring.errors.reasonRequired", { leaf: code });
      });
      const written = await writeEntries(tx, actor, sheetId, layer, checked);
      await writeAudit(tx, actor, {
        action: layer === "REVIEWED" ? "score.review" : "score.appraise",
        entityType: "ScoreSheet",
        entityId: sheetId,
        after: { entries: written },
      });
      return { id: sheetId, version: sheet.version };
    }),
  );
}

/** Cross-scoring: the unit that reviews this member's sheet (null: the leader). Never the member itself. */
export async function assignReviewer(actor: AppSession, blocYearId: string, unitId: string, reviewerUnitId: string | null) {
  if (reviewerUnitId === unitId) throw new DomainError("scoring.errors.selfReview");
  return refusingLocked(actor, "score.assignReviewer", { blocYearId, unitId }, () =>
    db.$transaction(async (tx) => {
      await guardYearSheets(tx, blocYearId);
      const members = (await tx.blocMember.findMany({ where: { blocYearId }, select: { unitId: true } })).map((m) => m.unitId);
      if (!members.includes(unitId) || (reviewerUnitId && !members.includes(reviewerUnitId))) throw new DomainError("scoring.errors.notMember");
      const before = await tx.scoreSheet.findUnique({ where: { blocYearId_unitId: { blocYearId, unitId } } });
      if (before?.lockedAt) throw lockedError();
      const after = await tx.scoreSheet.upsert({
        where: { blocYearId_unitId: { blocYearId, unitId } },
        create: { blocYearId, unitId, reviewerUnitId },
        update: { reviewerUnitId, version: { increment: 1 } },
      });
      await writeAudit(tx, actor, {
        action: "score.assignReviewer",
        entityType: "ScoreSheet",
        entityId: after.id,
        before: { reviewerUnitId: before?.reviewerUnitId ?? null },
        after: { reviewerUnitId },
      });
      return { id: after.id };
    }),
  );
}

/**
 * Whether the unit's sheet takes evidence now: the same conditions as a self-score save. Called
 * inside the transaction that writes the file's row, with the sheet held (lib/scoring/evidence-service.ts).
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
