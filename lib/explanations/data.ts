// Stored sheets, their layers and their explanations as the pure rules (rules.ts) see them; shared
// by the service, the sign-off's check and the queries.
import type { Db, Tx } from "@/lib/db";
import type { ScoreExplanation } from "@/lib/generated/prisma/client";
import { layersOf, loadScoringSet } from "@/lib/scoring/sheet-data";
import { awaitedOf, disputedLeaves, explainWindowState, type DisputedLeaf, type ExplainWindow } from "@/lib/explanations/rules";

export type SheetExplanations = {
  sheetId: string;
  unitId: string;
  unitName: string;
  reviewerUnitId: string | null;
  disputed: DisputedLeaf[];
  answers: ScoreExplanation[];
};

export const windowSelect = { explainOpenedAt: true, explainUntil: true } as const;

/** The year's explanation window (null: no round). */
export async function loadExplainWindow(client: Db | Tx, blocYearId: string): Promise<ExplainWindow | null> {
  return client.scoringRound.findUnique({ where: { blocYearId }, select: windowSelect });
}

/** Every submitted sheet of the year (or the one named) with its disputed leaves and its answers. */
export async function loadExplanations(client: Db | Tx, blocYearId: string, sheetId?: string): Promise<SheetExplanations[]> {
  const set = await loadScoringSet(client, blocYearId);
  if (!set) return [];
  const sheets = await client.scoreSheet.findMany({
    where: { blocYearId, status: "SUBMITTED", ...(sheetId ? { id: sheetId } : {}) },
    select: {
      id: true,
      unitId: true,
      reviewerUnitId: true,
      unit: { select: { name: true } },
      entries: { select: { nodeId: true, layer: true, hundredths: true, passed: true, note: true, byName: true, byUserId: true, at: true } },
      explanations: { orderBy: { answeredAt: "asc" } },
    },
    orderBy: { unit: { name: "asc" } },
  });
  return sheets.map((s) => ({
    sheetId: s.id,
    unitId: s.unitId,
    unitName: s.unit.name,
    reviewerUnitId: s.reviewerUnitId,
    disputed: disputedLeaves(layersOf(set, s.entries)),
    answers: s.explanations,
  }));
}

/** The names of the units whose answers, or whose answers' decisions, a sign-off still waits for. */
export async function unitsAwaited(tx: Tx, blocYearId: string, now: Date): Promise<string[]> {
  const open = explainWindowState(await loadExplainWindow(tx, blocYearId), now) === "open";
  const sheets = await loadExplanations(tx, blocYearId);
  return sheets
    .filter((s) => {
      const awaited = awaitedOf(s.disputed, s.answers, open);
      return awaited.unanswered.length > 0 || awaited.undecided.length > 0;
    })
    .map((s) => s.unitName);
}

/** What a sign-off freezes of each sheet's exchanges, by sheet then leaf code (JSON-safe). */
export type FrozenExplanation = {
  accepted: boolean;
  text: string | null;
  answeredBy: string;
  answeredAt: string;
  decision: "KEEP" | "CHANGE" | null;
  decisionReason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  /** The names of the files attached to the answer (absent from snapshots signed before they could be). */
  evidence?: string[];
};

export async function frozenExplanations(tx: Tx, blocYearId: string): Promise<Map<string, Map<string, FrozenExplanation>>> {
  const rows = await tx.scoreExplanation.findMany({
    where: { sheet: { blocYearId } },
    include: { evidence: { select: { fileName: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
  });
  const out = new Map<string, Map<string, FrozenExplanation>>();
  for (const r of rows) {
    const bySheet = out.get(r.sheetId) ?? new Map<string, FrozenExplanation>();
    bySheet.set(r.leafCode, {
      accepted: r.accepted,
      text: r.text,
      answeredBy: r.answeredByName,
      answeredAt: r.answeredAt.toISOString(),
      decision: r.decision,
      decisionReason: r.decisionReason,
      decidedBy: r.decidedByName,
      decidedAt: r.decidedAt?.toISOString() ?? null,
      evidence: r.evidence.map((f) => f.fileName),
    });
    out.set(r.sheetId, bySheet);
  }
  return out;
}
