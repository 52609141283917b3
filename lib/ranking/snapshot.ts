// A sign-off freezes the ranking (RankingSnapshot.data) with every leaf's layers, so the
// approved table can be shown and traced (rule 3) long after the sheets change.
import type { Db, Tx } from "@/lib/db";
import type { RankingStatus } from "@/lib/generated/prisma/enums";
import type { RankedSheet, RankingInputs } from "@/lib/ranking/inputs";
import type { Ranking, RankingSnapshotData } from "@/lib/ranking/types";
import type { LayerName } from "@/lib/scoring/layers";
import { finalValue } from "@/lib/scoring/layers";
import { EVIDENCE } from "@/lib/scoring/sheet-data";

/** A signed-off or approved ranking locks the year's sheets; a returned or reopened one does not. */
export const locksYear = (status: RankingStatus | null | undefined) => status === "SIGNED_OFF" || status === "APPROVED";

// Newest first; the id settles two signed in the same millisecond.
const LATEST_FIRST: { signedAt?: "desc"; id?: "desc" }[] = [{ signedAt: "desc" }, { id: "desc" }];

/** The latest snapshot is the ranking's current state; older ones are its history. */
export function latestSnapshot(client: Db | Tx, blocYearId: string) {
  return client.rankingSnapshot.findFirst({ where: { blocYearId }, orderBy: LATEST_FIRST });
}

// The latest snapshot's status alone: its frozen table (data) can be large, and these checks run
// on every sheet view and score write.
async function latestStatus(client: Db | Tx, blocYearId: string): Promise<RankingStatus | null> {
  const latest = await client.rankingSnapshot.findFirst({ where: { blocYearId }, orderBy: LATEST_FIRST, select: { status: true } });
  return latest?.status ?? null;
}

/** Whether the year's ranking is signed off or approved now: no sheet may be created or changed. */
export async function yearLocked(client: Db | Tx, blocYearId: string): Promise<boolean> {
  return locksYear(await latestStatus(client, blocYearId));
}

/** Whether the year's ranking is approved now: the members then see each other's sheets. */
export async function rankingApproved(client: Db | Tx, blocYearId: string): Promise<boolean> {
  return (await latestStatus(client, blocYearId)) === "APPROVED";
}

/** Evidence files per "sheetId:nodeId" for the whole year, in one query. */
export async function yearEvidenceCounts(client: Db | Tx, blocYearId: string): Promise<Map<string, number>> {
  const rows = await client.attachment.findMany({ where: { blocYearId, ownerType: EVIDENCE }, select: { ownerId: true } });
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.ownerId, (counts.get(r.ownerId) ?? 0) + 1);
  return counts;
}

export function snapshotData(
  inputs: RankingInputs,
  ranking: Ranking,
  sheets: readonly RankedSheet[],
  evidence: Map<string, number>,
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
            evidenceCount: evidence.get(`${sheet.sheetId}:${set.nodeIdByCode.get(leaf.code)}`) ?? 0,
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
