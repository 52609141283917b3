// Writes to score sheets: the round and its extensions, self-scores, submission and return,
// review and appraisal, the reviewer assignment; each in one transaction with its audit entry,
// each holding the year first (lib/blocs/year-lock.ts). The checks they share: sheet-checks.ts.
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { writeAudit } from "@/lib/audit/write";
import { DomainError, NotFoundError } from "@/lib/errors";
import { isHeadOf } from "@/lib/units/policy";
import { holdSheetYear } from "@/lib/blocs/year-lock";
import { reasonRequired, type LeafLayers } from "@/lib/scoring/layers";
import { checkSheetForSubmit } from "@/lib/scoring/rules";
import type { EntryInput } from "@/lib/scoring/schemas";
import { saveSelfScores } from "@/lib/scoring/entry-sql";
import { evidenceCounts } from "@/lib/scoring/evidence-data";
import {
  assertOpen,
  assertWindowOpen,
  auditedEntries,
  checkEntries,
  claimSheet,
  clears,
  published,
  publishedSet,
  ruleError,
  writeEntries,
  type CheckedEntry,
} from "@/lib/scoring/sheet-checks";
import { guardYearSheets, lockedError, refusingLocked } from "@/lib/scoring/sheet-lock";
import { layersOf, loadRound, type SelfSaveContext } from "@/lib/scoring/sheet-data";
import { reviewFinishedError } from "@/lib/scoring/review-finish";
import { closesAtFor, defaultResubmitBy, selfWindowState, windowState } from "@/lib/scoring/window";

// ── The round ──

/** The round's window; refused once the ranking locks the sheets, whose window it would reopen or shut. */
export async function setRound(actor: AppSession, blocYearId: string, input: { opensAt: Date; closesAt: Date }) {
  return refusingLocked(actor, "round.update", { blocYearId }, () =>
    db.$transaction(async (tx) => {
      await guardYearSheets(tx, blocYearId);
      const before = await tx.scoringRound.findUnique({ where: { blocYearId } });
      const after = await tx.scoringRound.upsert({ where: { blocYearId }, create: { blocYearId, ...input }, update: input });
      await writeAudit(tx, actor, { action: before ? "round.update" : "round.create", entityType: "ScoringRound", entityId: after.id, before, after });
      return { id: after.id };
    }),
  );
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
      const byHead = isHeadOf(actor, sheet.unitId);
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
        // A returned sheet comes back for a new review: the finished review does not carry over.
        data: { status: "RETURNED", returnedAt: now, returnReason: reason, resubmitBy: until, reviewFinishedAt: null, reviewFinishedBy: null },
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
      // After "review finished" the reviewed layer moves only by a decision on the unit's answer (lib/scoring/review-finish.ts).
      if (layer === "REVIEWED" && sheet.reviewFinishedAt) throw reviewFinishedError();
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
