import "server-only";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import type { BlocYearContext } from "@/lib/blocs/year-context";
import { rankingApproved } from "@/lib/blocs/year-lock";
import { canViewSheet } from "@/lib/scoring/policy";
import { loadScoringSet } from "@/lib/scoring/sheet-data";
import type { ScoreValue } from "@/lib/scoring/rules";
import { loadExplainWindow, loadExplanations } from "@/lib/explanations/data";
import { canAnswer, canDecide, canOpenExplanations } from "@/lib/explanations/policy";
import { explainWindowState, type DisputedLeaf } from "@/lib/explanations/rules";

export type ExplanationItem = {
  leafCode: string;
  title: string;
  gate: boolean;
  self: ScoreValue;
  standing: ScoreValue;
  layer: DisputedLeaf["layer"];
  reason: string | null;
  by: string;
  answer: {
    accepted: boolean;
    text: string | null;
    answeredBy: string;
    answeredAt: Date;
    decision: "KEEP" | "CHANGE" | null;
    decisionReason: string | null;
    decidedBy: string | null;
    decidedAt: Date | null;
    decidedValue: ScoreValue;
    /** Files attached to the answer (lib/evidence/explanation.ts): the reviewer reads them before deciding. */
    evidence: { id: string; fileName: string }[];
  } | null;
  canAnswer: boolean;
  /** Adding or removing the answer's files: the unit, while it may still change an explanation (not an acceptance). */
  canAttach: boolean;
  canDecide: boolean;
};

export type ExplanationsView = {
  sheetId: string;
  window: { state: "none" | "open" | "closed"; until: Date | null };
  items: ExplanationItem[];
  /** Opening the window or moving its deadline (the year's, shown on each submitted sheet). */
  canOpen: boolean;
};

/**
 * A submitted sheet's giải trình, for whoever may see the sheet: each leaf whose score differs
 * from the self-score (or that was answered), the unit's answer and the decision, and what the
 * caller may do on each. Null for a sheet not submitted, or not visible to the caller.
 */
export async function getExplanationsView(session: AppSession, year: BlocYearContext, unitId: string, now = new Date()): Promise<ExplanationsView | null> {
  const sheet = await db.scoreSheet.findUnique({
    where: { blocYearId_unitId: { blocYearId: year.id, unitId } },
    select: { id: true, unitId: true, reviewerUnitId: true, status: true, lockedAt: true },
  });
  if (!sheet || sheet.status !== "SUBMITTED") return null;
  if (!canViewSheet(session, year, sheet, await rankingApproved(db, year.id))) return null;
  const [window, [data], set, files] = await Promise.all([
    loadExplainWindow(db, year.id),
    loadExplanations(db, year.id, sheet.id),
    loadScoringSet(db, year.id),
    db.attachment.findMany({
      where: { explanation: { sheetId: sheet.id } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, fileName: true, explanationId: true },
    }),
  ]);
  if (!data || !set) return null;
  const state = explainWindowState(window, now);
  const open = !sheet.lockedAt;
  const disputed = new Map(data.disputed.map((d) => [d.leafCode, d]));
  const answers = new Map(data.answers.map((a) => [a.leafCode, a]));
  const codes = set.leaves.map((l) => l.code).filter((code) => disputed.has(code) || answers.has(code));
  const items = codes.map((code): ExplanationItem => {
    const a = answers.get(code);
    // A leaf put back to the self value after the answer: shown as it was answered.
    const d = disputed.get(code) ?? (a!.answeredTo as DisputedLeaf);
    const answer = a && {
      accepted: a.accepted,
      text: a.text,
      answeredBy: a.answeredByName,
      answeredAt: a.answeredAt,
      decision: a.decision,
      decisionReason: a.decisionReason,
      decidedBy: a.decidedByName,
      decidedAt: a.decidedAt,
      decidedValue: (a.decidedValue as { value: ScoreValue } | null)?.value ?? null,
      evidence: files.filter((f) => f.explanationId === a.id).map((f) => ({ id: f.id, fileName: f.fileName })),
    };
    return {
      leafCode: code,
      title: set.leafByCode.get(code)!.title,
      gate: set.leafByCode.get(code)!.kind === "gate",
      self: d.self,
      standing: d.standing,
      layer: d.layer,
      reason: d.reason,
      by: d.by,
      answer: answer ?? null,
      canAnswer: open && state === "open" && disputed.has(code) && !answer?.decision && canAnswer(session, year, unitId),
      canAttach: open && state === "open" && !!answer && !answer.accepted && !answer.decision && canAnswer(session, year, unitId),
      canDecide: open && !!answer && !answer.accepted && !answer.decision && canDecide(session, year, sheet, d.layer),
    };
  });
  return { sheetId: sheet.id, window: { state, until: window?.explainUntil ?? null }, items, canOpen: open && canOpenExplanations(session, year) };
}
