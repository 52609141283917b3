import "server-only";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { visibleBlocsWhere } from "@/lib/blocs/policy";
import { LATEST_SNAPSHOT_FIRST } from "@/lib/blocs/year-lock";
import type { RankingSnapshotData } from "@/lib/ranking/types";

export type UnitResult = { blocYearId: string; blocId: string; blocName: string; year: number; total: number; rank: number; of: number; shared: boolean };

/**
 * A unit's place in every approved ranking it appears in, oldest year first: read from the
 * frozen snapshots, never recomputed from sheets that may have changed since.
 */
export async function unitResults(session: AppSession, unitId: string): Promise<UnitResult[]> {
  const snapshots = await db.rankingSnapshot.findMany({
    where: { status: "APPROVED", blocYear: { members: { some: { unitId } }, bloc: visibleBlocsWhere(session) } },
    orderBy: LATEST_SNAPSHOT_FIRST,
    select: { blocYearId: true, data: true, blocYear: { select: { year: true, bloc: { select: { id: true, name: true } } } } },
  });
  const seen = new Set<string>();
  const results: UnitResult[] = [];
  for (const s of snapshots) {
    if (seen.has(s.blocYearId)) continue;
    seen.add(s.blocYearId);
    const rows = (s.data as RankingSnapshotData).rows ?? [];
    const mine = rows.find((r) => r.unitId === unitId);
    if (!mine) continue;
    results.push({
      blocYearId: s.blocYearId,
      blocId: s.blocYear.bloc.id,
      blocName: s.blocYear.bloc.name,
      year: s.blocYear.year,
      total: mine.totals.total,
      rank: mine.rank,
      of: rows.length,
      shared: mine.shared,
    });
  }
  return results.sort((a, b) => a.year - b.year);
}
