// The ranking of a bloc year as everyone reads it: the signed-off snapshot while one stands,
// the live computation from the submitted sheets otherwise.
import type { Db, Tx } from "@/lib/db";
import { queryAll } from "@/lib/db/query-all";
import type { RankingStatus, SheetStatus } from "@/lib/generated/prisma/enums";
import { liveRanking, loadRankingInputs, type RankingInputs } from "@/lib/ranking/inputs";
import { locksYear } from "@/lib/blocs/year-lock";
import { latestSnapshot, rankingOfData } from "@/lib/ranking/snapshot";
import type { Ranking, RankingSnapshotData } from "@/lib/ranking/types";

export type CurrentRanking = {
  snapshot: { id: string; status: RankingStatus; signedAt: Date; signerName: string; approvedAt: Date | null; isPublic: boolean; version: number } | null;
  ranking: Ranking;
  notRanked: { unitId: string; unitName: string; status: SheetStatus | null }[];
  /** True while computed from the sheets as they are now (nothing signed off, or returned / reopened). */
  live: boolean;
  /** What the live ranking was computed from (the criteria set, rules, sheets…), for a page to reuse; null for a snapshot. */
  inputs: RankingInputs | null;
};

/**
 * Every member's submitted sheet ranked on its final layer, with the published rules and the
 * recorded ballots. One year is read leaf by leaf: the bulk path (bench/ranking-bulk.ts, equal by
 * tests/integration/ranking-bulk.test.ts) is for many years at once; for one year under 20
 * concurrent readers it measured slower (npm run bench: ranking page p50 2.5 s against 1.8 s).
 */
export async function loadLiveRanking(client: Db | Tx, blocYearId: string): Promise<Pick<CurrentRanking, "ranking" | "notRanked">> {
  const { ranking, notRanked } = liveRanking(await loadRankingInputs(client, blocYearId));
  return { ranking, notRanked };
}

export async function loadCurrentRanking(client: Db | Tx, blocYearId: string): Promise<CurrentRanking> {
  const latest = await latestSnapshot(client, blocYearId);
  const snapshot = latest && {
    id: latest.id,
    status: latest.status,
    signedAt: latest.signedAt,
    signerName: latest.signerName,
    approvedAt: latest.approvedAt,
    isPublic: latest.isPublic,
    version: latest.version,
  };
  if (!latest || !locksYear(latest.status)) {
    const inputs = await loadRankingInputs(client, blocYearId);
    return { snapshot, ...liveRanking(inputs), live: true, inputs };
  }
  const ranking = rankingOfData(latest.data as RankingSnapshotData);
  // A unit added to the bloc after the sign-off is listed, not ranked.
  const ranked = new Set(ranking.rows.map((r) => r.unitId));
  const [members, sheets] = await queryAll(client, [
    () => client.blocMember.findMany({ where: { blocYearId }, select: { unitId: true, unit: { select: { name: true } } } }),
    () => client.scoreSheet.findMany({ where: { blocYearId }, select: { unitId: true, status: true } }),
  ] as const);
  const statusOf = new Map(sheets.map((s) => [s.unitId, s.status]));
  const notRanked = members
    .filter((m) => !ranked.has(m.unitId))
    .map((m) => ({ unitId: m.unitId, unitName: m.unit.name, status: statusOf.get(m.unitId) ?? null }));
  return { snapshot, ranking, notRanked, live: false, inputs: null };
}
