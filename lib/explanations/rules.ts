// Giải trình, pure: which leaves of a reviewed sheet the unit may answer, and what a sign-off
// still waits for. The leaf's layers come from lib/scoring/layers.ts; the window from the round.
import { finalValue, sameValue, type LeafLayers } from "@/lib/scoring/layers";
import type { ScoreValue } from "@/lib/scoring/rules";

/** A leaf whose score standing above self (reviewed, or appraised over it) differs from the self-score. */
export type DisputedLeaf = {
  leafCode: string;
  self: ScoreValue;
  standing: number | boolean;
  layer: "reviewed" | "appraised";
  /** The reviewer's (or board's) reason, and who gave it. */
  reason: string | null;
  by: string;
};

/** The leaves the unit may answer: where the value that counts was set above self and differs from it. */
export function disputedLeaves(sheet: readonly LeafLayers[]): DisputedLeaf[] {
  return sheet.flatMap((l) => {
    const top = finalValue(l);
    if (!top || top.layer === "self") return [];
    const self = l.self?.value ?? null;
    if (sameValue(self, top.value)) return [];
    return [{ leafCode: l.leafCode, self, standing: top.value, layer: top.layer, reason: top.reason, by: top.by }];
  });
}

export type ExplainWindow = { explainOpenedAt: Date | null; explainUntil: Date | null };

/** "none" until the leader opens it; "open" until its deadline; then "closed". */
export function explainWindowState(round: ExplainWindow | null, now: Date): "none" | "open" | "closed" {
  if (!round?.explainOpenedAt || !round.explainUntil) return "none";
  return now.getTime() < round.explainUntil.getTime() ? "open" : "closed";
}

/** Whether a unit may still answer its sheet's review (giải trình): submitted, not locked, the window open. */
export function mayAnswerReview(sheet: { status: string; locked: boolean } | null | undefined, round: ExplainWindow | null, now: Date): boolean {
  return sheet?.status === "SUBMITTED" && !sheet.locked && explainWindowState(round, now) === "open";
}

export type AnswerState = { leafCode: string; accepted: boolean; decision: string | null };

/**
 * What a sheet still owes before sign-off: while the window is open, every disputed leaf the unit
 * has not answered; whatever the window, every explanation (not an acceptance) not yet decided.
 */
export function awaitedOf(disputed: readonly DisputedLeaf[], answers: readonly AnswerState[], windowOpen: boolean) {
  const answered = new Map(answers.map((a) => [a.leafCode, a]));
  return {
    unanswered: windowOpen ? disputed.filter((d) => !answered.has(d.leafCode)).map((d) => d.leafCode) : [],
    undecided: answers.filter((a) => !a.accepted && a.decision === null).map((a) => a.leafCode),
  };
}
