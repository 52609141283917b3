// Everything a bloc year's ranking is computed from, read in a fixed handful of queries
// whatever the number of members (no query per sheet), and the live ranking made of it.
import type { Db, Tx } from "@/lib/db";
import { queryAll } from "@/lib/db/query-all";
import { NotFoundError } from "@/lib/errors";
import { compareVi } from "@/lib/format/vi";
import type { SheetStatus } from "@/lib/generated/prisma/enums";
import { rankCandidates } from "@/lib/ranking/rank";
import type { BallotResult, RankCandidate, Ranking, TieBreakRule } from "@/lib/ranking/types";
import type { LeafLayers } from "@/lib/scoring/layers";
import { finalValuesOf, layersOf, loadScoringSet, type EntryRow, type ValueRow } from "@/lib/scoring/sheet-data";
import { sheetTotals } from "@/lib/scoring/totals";

export type NotRanked = { unitId: string; unitName: string; status: SheetStatus | null };
export type LiveRanking = { ranking: Ranking; notRanked: NotRanked[] };

/** Members by name, then id: the same order on every run even for two units of one name. */
export const byUnitName = (a: { unitId: string; unitName: string }, b: { unitId: string; unitName: string }) =>
  compareVi(a.unitName, b.unitName) || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0);

/** Ballots oldest first; the id settles two recorded in the same millisecond. */
export const BALLOT_ORDER: { createdAt?: "asc"; id?: "asc" }[] = [{ createdAt: "asc" }, { id: "asc" }];
export type RankedSheet = { sheetId: string; unitId: string; layers: LeafLayers[] };

// A year's entries are the bulk of what a ranking reads: only their values. The trail of each
// layer (who, when, why) is read for the sheets a snapshot keeps (rankedSheets).
const VALUE_FIELDS = { sheetId: true, nodeId: true, layer: true, hundredths: true, passed: true } as const;
const TRAIL_FIELDS = { ...VALUE_FIELDS, note: true, byName: true, byUserId: true, at: true } as const;
const submittedEntries = (blocYearId: string) => ({ sheet: { blocYearId, status: "SUBMITTED" as const } });

const bySheet = <T extends { sheetId: string }>(entries: readonly T[]) => {
  const map = new Map<string, T[]>();
  for (const e of entries) {
    const list = map.get(e.sheetId);
    if (list) list.push(e);
    else map.set(e.sheetId, [e]);
  }
  return map;
};

export async function loadRankingInputs(client: Db | Tx, blocYearId: string) {
  const [year, set, sheets, entries, rules, ballots] = await queryAll(client, [
    () =>
      client.blocYear.findUnique({ where: { id: blocYearId }, select: { id: true, members: { select: { unitId: true, unit: { select: { name: true } } } } } }),
    () => loadScoringSet(client, blocYearId),
    () => client.scoreSheet.findMany({ where: { blocYearId }, select: { id: true, unitId: true, status: true, submittedAt: true, reviewerUnitId: true } }),
    () => client.scoreEntry.findMany({ where: submittedEntries(blocYearId), select: VALUE_FIELDS }),
    () => client.rankingRules.findUnique({ where: { blocYearId } }),
    () => client.rankingBallot.findMany({ where: { blocYearId }, include: { votes: true }, orderBy: BALLOT_ORDER }),
  ] as const);
  if (!year) throw new NotFoundError();
  const members = year.members.map((m) => ({ unitId: m.unitId, unitName: m.unit.name })).sort(byUnitName);
  const entriesBySheet: Map<string, ValueRow[]> = bySheet(entries);
  return { blocYearId, members, set, sheets, entriesBySheet, rules, ballots };
}

export type RankingInputs = Awaited<ReturnType<typeof loadRankingInputs>>;

/** The published rules only: a draft list does not rank anybody. */
export function publishedRules(rules: { rules: unknown; publishedAt: Date | null } | null): TieBreakRule[] {
  return rules?.publishedAt ? (rules.rules as TieBreakRule[]) : [];
}

export function ballotResults(ballots: readonly { id: string; votes: readonly { unitId: string; votes: number }[] }[]): BallotResult[] {
  return ballots.map((b) => ({ ballotId: b.id, votes: Object.fromEntries(b.votes.map((v) => [v.unitId, v.votes])) }));
}

/** Members with a submitted sheet are ranked on its final layer (appraised over reviewed over self); the others wait. */
export function liveRanking(inputs: RankingInputs): LiveRanking {
  const sheetByUnit = new Map(inputs.sheets.map((s) => [s.unitId, s]));
  const candidates: RankCandidate[] = [];
  const notRanked: NotRanked[] = [];
  for (const m of inputs.members) {
    const sheet = sheetByUnit.get(m.unitId);
    if (!inputs.set || sheet?.status !== "SUBMITTED") {
      notRanked.push({ ...m, status: sheet?.status ?? null });
      continue;
    }
    const t = sheetTotals(inputs.set.tree, finalValuesOf(inputs.set, inputs.entriesBySheet.get(sheet.id) ?? []));
    candidates.push({
      ...m,
      totals: { standard: t.standard, bonus: t.bonus, deduction: t.deduction, total: t.total },
      byGroup: t.byGroup,
      gates: t.gates,
      allGatesPassed: t.allGatesPassed,
      submittedAt: sheet.submittedAt,
    });
  }
  return { ranking: rankCandidates(candidates, publishedRules(inputs.rules), ballotResults(inputs.ballots)), notRanked };
}

/** Each ranked unit's sheet with every layer of every leaf, who entered it, when and why: what a snapshot keeps. */
export async function rankedSheets(client: Db | Tx, inputs: RankingInputs, ranking: Ranking): Promise<RankedSheet[]> {
  const entries: Map<string, EntryRow[]> = bySheet(await client.scoreEntry.findMany({ where: submittedEntries(inputs.blocYearId), select: TRAIL_FIELDS }));
  const sheetByUnit = new Map(inputs.sheets.map((s) => [s.unitId, s]));
  return ranking.rows.map((row) => {
    const sheetId = sheetByUnit.get(row.unitId)!.id;
    return { sheetId, unitId: row.unitId, layers: layersOf(inputs.set!, entries.get(sheetId) ?? []) };
  });
}
