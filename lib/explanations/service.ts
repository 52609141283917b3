// Writes of giải trình: the leader opens the window, the unit answers each disputed leaf, the
// reviewer (or the board) keeps or changes the score. Each holds the year first, as every score
// write does (lib/scoring/sheet-lock.ts), and writes its audit entry in the same transaction; a
// changed score goes through the scoring's one writer (lib/scoring/entry-sql.ts, via writeEntries).
import { db, type Tx } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { writeAudit } from "@/lib/audit/write";
import { holdSheetYear, yearLocked } from "@/lib/blocs/year-lock";
import { DomainError, ForbiddenError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format/vi";
import { STORED_LAYER } from "@/lib/scoring/layers";
import { checkEntries, publishedSet, writeEntries } from "@/lib/scoring/sheet-checks";
import { guardYearSheets, lockedError, refusingLocked } from "@/lib/scoring/sheet-lock";
import { loadExplainWindow, loadExplanations, windowSelect } from "@/lib/explanations/data";
import { explainWindowState, type DisputedLeaf } from "@/lib/explanations/rules";
import type { DecideInput } from "@/lib/explanations/schemas";

const decidedError = (leaf: string) => new DomainError("explanations.errors.decided", { leaf });

/** The year held for a write beside its sheets, refused once the ranking locks them; the sheet as the rules see it. */
async function heldSheet(tx: Tx, sheetId: string) {
  const blocYearId = await holdSheetYear(tx, sheetId);
  if (await yearLocked(tx, blocYearId)) throw lockedError();
  const [sheet] = await loadExplanations(tx, blocYearId, sheetId);
  if (!sheet) throw new DomainError("scoring.errors.notSubmitted");
  return { blocYearId, sheet };
}

/**
 * Opens (or moves the deadline of) the year's window. The audit entry names the units that have
 * a disputed leaf, whom its notification tells (lib/notifications/registry.ts).
 */
export async function openWindow(actor: AppSession, blocYearId: string, until: Date, now = new Date()) {
  if (until.getTime() <= now.getTime()) throw new DomainError("explanations.errors.untilPast");
  return refusingLocked(actor, "explanation.window", { blocYearId }, () =>
    db.$transaction(async (tx) => {
      await guardYearSheets(tx, blocYearId);
      const before = await tx.scoringRound.findUnique({ where: { blocYearId }, select: { id: true, ...windowSelect } });
      if (!before) throw new DomainError("scoring.errors.noRound");
      const disputed = (await loadExplanations(tx, blocYearId)).filter((s) => s.disputed.length > 0);
      const after = await tx.scoringRound.update({
        where: { blocYearId },
        data: { explainOpenedAt: before.explainOpenedAt ?? now, explainUntil: until },
        select: windowSelect,
      });
      await writeAudit(tx, actor, {
        action: "explanation.window",
        entityType: "ScoringRound",
        entityId: before.id,
        before: { explainOpenedAt: before.explainOpenedAt, explainUntil: before.explainUntil },
        after: { ...after, unitIds: disputed.map((s) => s.unitId) },
      });
      return { id: before.id };
    }),
  );
}

/** What the unit answered to, as it saw it: kept with the answer so the trail reads on its own. */
const answeredTo = (d: DisputedLeaf) => ({ self: d.self, standing: d.standing, layer: d.layer, reason: d.reason, by: d.by });

/** The unit accepts a disputed score, or explains; it may change its answer until the score is decided. */
export async function answer(actor: AppSession, sheetId: string, input: { leafCode: string; accepted: boolean; text: string | null }, now = new Date()) {
  return refusingLocked(actor, "explanation.answer", { sheetId }, () =>
    db.$transaction(async (tx) => {
      const { blocYearId, sheet } = await heldSheet(tx, sheetId);
      const window = await loadExplainWindow(tx, blocYearId);
      const state = explainWindowState(window, now);
      if (state === "none") throw new DomainError("explanations.errors.notOpen");
      if (state === "closed") throw new DomainError("explanations.errors.closed", { date: formatDateTime(window!.explainUntil) });
      const leaf = sheet.disputed.find((d) => d.leafCode === input.leafCode);
      if (!leaf) throw new DomainError("explanations.errors.notDisputed", { leaf: input.leafCode });
      const before = sheet.answers.find((a) => a.leafCode === input.leafCode) ?? null;
      if (before?.decision) throw decidedError(input.leafCode);
      const data = {
        answeredTo: answeredTo(leaf),
        accepted: input.accepted,
        text: input.text,
        answeredAt: now,
        answeredById: actor.userId,
        answeredByName: actor.name,
      };
      if (before) {
        // Taken only while undecided: a decision committed meanwhile refuses the change.
        const { count } = await tx.scoreExplanation.updateMany({ where: { id: before.id, decision: null }, data });
        if (count === 0) throw decidedError(input.leafCode);
      } else {
        await tx.scoreExplanation.create({ data: { sheetId, leafCode: input.leafCode, ...data } });
      }
      await writeAudit(tx, actor, {
        action: "explanation.answer",
        entityType: "ScoreSheet",
        entityId: sheetId,
        before: before && { accepted: before.accepted, text: before.text },
        after: {
          unitId: sheet.unitId,
          reviewerUnitId: sheet.reviewerUnitId,
          leafCode: input.leafCode,
          accepted: input.accepted,
          text: input.text,
          answeredTo: data.answeredTo,
        },
      });
      return { id: sheetId };
    }),
  );
}

/**
 * The reviewer (or the board, for an appraised score) keeps the score or changes it, with a reason.
 * `mayDecide` is the caller's power over the layer that set the score (lib/explanations/policy.ts).
 */
export async function decide(actor: AppSession, input: DecideInput, mayDecide: (layer: DisputedLeaf["layer"]) => boolean, now = new Date()) {
  const { sheetId, leafCode } = input;
  return refusingLocked(actor, "explanation.decide", { sheetId }, () =>
    db.$transaction(async (tx) => {
      const { blocYearId, sheet } = await heldSheet(tx, sheetId);
      const answer = sheet.answers.find((a) => a.leafCode === leafCode);
      if (!answer || answer.accepted) throw new DomainError("explanations.errors.noExplanation", { leaf: leafCode });
      if (answer.decision) throw decidedError(leafCode);
      // The layer standing now; when review has since put the self value back, the one answered.
      const layer = sheet.disputed.find((d) => d.leafCode === leafCode)?.layer ?? (answer.answeredTo as ReturnType<typeof answeredTo>).layer;
      if (!mayDecide(layer)) throw new ForbiddenError();
      let value = null;
      if (input.decision === "CHANGE") {
        const checked = checkEntries(await publishedSet(tx, blocYearId), [{ code: leafCode, points: input.points, passed: input.passed, note: input.reason }]);
        value = checked[0].value;
        if (value === null) throw new DomainError("explanations.errors.valueRequired", { leaf: leafCode });
        await writeEntries(tx, actor, sheetId, STORED_LAYER[layer], checked);
        // A grid opened before the change is now stale (lib/scoring/sheet-checks.ts claimSheet).
        await tx.scoreSheet.update({ where: { id: sheetId }, data: { version: { increment: 1 } } });
      }
      const { count } = await tx.scoreExplanation.updateMany({
        where: { id: answer.id, decision: null, answeredAt: answer.answeredAt },
        data: {
          decision: input.decision,
          decisionReason: input.reason,
          decidedAt: now,
          decidedById: actor.userId,
          decidedByName: actor.name,
          decidedValue: value === null ? undefined : { value },
        },
      });
      if (count === 0) throw new DomainError("scoring.errors.stale");
      await writeAudit(tx, actor, {
        action: "explanation.decide",
        entityType: "ScoreSheet",
        entityId: sheetId,
        after: { unitId: sheet.unitId, leafCode, decision: input.decision, reason: input.reason, layer, value, answeredById: answer.answeredById },
      });
      return { id: sheetId };
    }),
  );
}
