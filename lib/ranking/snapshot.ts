// A sign-off freezes the ranking (RankingSnapshot.data) with every leaf's layers, so the
// approved table can be shown and traced (rule 3) long after the sheets change.
import type { Db, Tx } from "@/lib/db";
import type { FrozenExplanation } from "@/lib/explanations/data";
import { LATEST_SNAPSHOT_FIRST } from "@/lib/blocs/year-lock";
import type { RankedSheet, RankingInputs } from "@/lib/ranking/inputs";
import type { Ranking, RankingSnapshotData } from "@/lib/ranking/types";
import type { LayerName } from "@/lib/scoring/layers";
import { finalValue } from "@/lib/scoring/layers";

/** The ranking's current state with its data (whether it locks the year: lib/blocs/year-lock.ts). */
export function latestSnapshot(client: Db | Tx, blocYearId: string) {
  return client.rankingSnapshot.findFirst({ where: { blocYearId }, orderBy: LATEST_SNAPSHOT_FIRST });
}

export function snapshotData(
  inputs: RankingInputs,
  ranking: Ranking,
  sheets: readonly RankedSheet[],
  /** Evidence files per sheet, then per node id (lib/scoring/evidence-data.ts). */
  evidence: Map<string, Map<string, number>>,
  /** The unit's answers and their decisions per sheet, then per leaf code (lib/explanations/data.ts). */
  explanations: Map<string, Map<string, FrozenExplanation>>,
  now: Date,
): RankingSnapshotData {
  const set = inputs.set!;
  const sheetByUnit = new Map(sheets.map((s) => [s.unitId, s]));
  const value = (v: number | boolean | null | undefined) => (v === undefined ? null : v);
  return {
    computedAt: now.toISOString(),
    rules: ranking.rules,
    rows: ranking.rows.map((row) => {
      const sheet = sheetByUnit.get(row.unitId)!;
      return {
        ...row,
        submittedAt: row.submittedAt?.toISOString() ?? null,
        sheetId: sheet.sheetId,
        leaves: sheet.layers.map((l) => {
          const leaf = set.leafByCode.get(l.leafCode)!;
          const final = finalValue(l);
          return {
            code: leaf.code,
            title: leaf.title,
            kind: leaf.kind,
            self: value(l.self?.value),
            reviewed: value(l.reviewed?.value),
            appraised: value(l.appraised?.value),
            final: final?.value ?? null,
            finalLayer: (final?.layer ?? null) as LayerName | null,
            reason: final?.reason ?? null,
            by: final?.by || null,
            evidenceCount: evidence.get(sheet.sheetId)?.get(set.nodeIdByCode.get(leaf.code)!) ?? 0,
            explanation: explanations.get(sheet.sheetId)?.get(leaf.code) ?? null,
          };
        }),
      };
    }),
    unresolvedTies: ranking.unresolvedTies,
    ballots: inputs.ballots.map((b) => ({
      id: b.id,
      votes: Object.fromEntries(b.votes.map((v) => [v.unitId, v.votes])),
      presentCount: b.presentCount,
      memberCount: b.memberCount,
    })),
  };
}

/** The ranking as it was signed off, dates revived. */
export function rankingOfData(data: RankingSnapshotData): Ranking {
  return {
    rules: data.rules,
    unresolvedTies: data.unresolvedTies,
    rows: data.rows.map((r) => ({
      unitId: r.unitId,
      unitName: r.unitName,
      totals: r.totals,
      byGroup: r.byGroup,
      gates: r.gates,
      allGatesPassed: r.allGatesPassed,
      submittedAt: r.submittedAt ? new Date(r.submittedAt) : null,
      rank: r.rank,
      shared: r.shared,
      aboveSeparation: r.aboveSeparation,
      belowSeparation: r.belowSeparation,
    })),
  };
}
