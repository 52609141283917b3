// The live ranking of any number of bloc years in a fixed number of statements: the database sums
// the score rows per sheet and top-level group (lib/ranking/bulk-sql.ts), the application turns
// the sums into the same candidates liveRanking() builds leaf by leaf and ranks them with the
// same rankCandidates().
import type { Db, Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { queryAll } from "@/lib/db/query-all";
import { NotFoundError } from "@/lib/errors";
import type { SheetStatus } from "@/lib/generated/prisma/enums";
import { outlineSql, overridesSql, POINT_KINDS, sumsSql, TUNE_SUMS, yearsSql, type PointKind, type Slot } from "@/lib/ranking/bulk-sql";
import { BALLOT_ORDER, ballotResults, byUnitName, publishedRules, type LiveRanking, type NotRanked } from "@/lib/ranking/inputs";
import { rankCandidates } from "@/lib/ranking/rank";
import type { RankCandidate } from "@/lib/ranking/types";
import { totalsOfGroupSums } from "@/lib/scoring/group-totals";

type Outline = { setIds: string[]; points: number[]; gateCodes: string[] };
type Member = [unitId: string, unitName: string, sheetId: string | null, status: SheetStatus | null, submittedAt: string | null];
type Year = {
  blocYearId: string;
  setId: string | null;
  tops: [code: string, title: string, position: number][] | null;
  gates: string[] | null;
  members: Member[] | null;
};
/** [sheetId, ...a value per slot]: hundredths, or 2 / 1 for a gate passed / failed; null where nothing counted. */
type SumRow = (string | number | null)[];
/** A slot's value in a row; a slot nobody's set has (i undefined) holds nothing. */
const value = (row: SumRow | undefined, i: number | undefined) => (i === undefined ? null : ((row?.[i] ?? null) as number | null));
type Override = [sheetId: string, kind: PointKind | "GATE", position: number, code: string, max: number | null, selfH: number | null, selfP: boolean | null, laterH: number | null, laterP: boolean | null];
type Rows<T> = { rows: T[] | null }[];

// A pool client runs statements side by side and may open its own transaction; a transaction
// client (told apart as in queryAll) already holds one connection.
const isPool = (client: Db | Tx): client is Db => typeof (client as { $disconnect?: unknown }).$disconnect === "function";

/** checkScore in hundredths: a value counts within 0..max, a leaf without a max counts nothing. */
const valid = (h: number | null, max: number | null) => (h !== null && max !== null && h >= 0 && h <= max ? h : 0);

/** Where each slot sits in a sum row (after the sheet id). */
class SlotIndex {
  private readonly at = new Map<string, number>();
  constructor(readonly slots: readonly Slot[]) {
    slots.forEach((slot, i) => this.at.set("gate" in slot ? `gate:${slot.gate}` : `${slot.position}:${slot.kind}`, i + 1));
  }
  points = (position: number, kind: PointKind) => this.at.get(`${position}:${kind}`);
  gate = (code: string) => this.at.get(`gate:${code}`)!;
}

/** The SELF sums by sheet, each leaf a later layer overrides corrected to its final value. */
function sumsBySheet(index: SlotIndex, rows: SumRow[], overrides: Override[]): Map<string, SumRow> {
  const bySheet = new Map(rows.map((row) => [row[0] as string, row]));
  for (const [sheetId, kind, position, code, max, selfH, , laterH, laterP] of overrides) {
    let row = bySheet.get(sheetId);
    if (!row) bySheet.set(sheetId, (row = [sheetId, ...index.slots.map(() => null)]));
    // A gate's SELF answer is replaced; points are corrected by the difference, both counted as checkScore allows.
    if (kind === "GATE") {
      if (laterP !== null) row[index.gate(code)] = laterP ? 2 : 1;
    } else if (laterH !== null) {
      const i = index.points(position, kind)!;
      row[i] = (value(row, i) ?? 0) + valid(laterH, max) - valid(selfH, max);
    }
  }
  return bySheet;
}

type Rules = Parameters<typeof publishedRules>[0];
type Ballots = Parameters<typeof ballotResults>[0];

/** Everything of a year but its sums: read while the database is still summing. */
function planYear(year: Year, index: SlotIndex, rules: Rules, ballots: Ballots) {
  return {
    scored: year.setId !== null,
    groups: (year.tops ?? []).map(([groupCode, title, position]) => ({ groupCode, title, s: index.points(position, "STANDARD"), b: index.points(position, "BONUS"), d: index.points(position, "DEDUCTION") })),
    gates: (year.gates ?? []).map((code) => ({ code, at: index.gate(code) })),
    members: (year.members ?? []).map(([unitId, unitName, sheetId, status, submittedAt]) => ({ unitId, unitName, sheetId, status, submittedAt })).sort(byUnitName),
    rules: publishedRules(rules),
    ballots: ballotResults(ballots),
  };
}

function rankYear(plan: ReturnType<typeof planYear>, bySheet: Map<string, SumRow>): LiveRanking {
  const candidates: RankCandidate[] = [];
  const notRanked: NotRanked[] = [];
  for (const { unitId, unitName, sheetId, status, submittedAt } of plan.members) {
    if (!plan.scored || status !== "SUBMITTED") {
      notRanked.push({ unitId, unitName, status });
      continue;
    }
    const row = bySheet.get(sheetId!);
    const t = totalsOfGroupSums({
      groups: plan.groups.map((g) => ({ groupCode: g.groupCode, title: g.title, standard: value(row, g.s) ?? 0, bonus: value(row, g.b) ?? 0, deduction: value(row, g.d) ?? 0 })),
      gates: plan.gates.map((g) => {
        const v = value(row, g.at);
        return { code: g.code, passed: v === null ? null : v === 2 };
      }),
    });
    candidates.push({
      unitId,
      unitName,
      totals: { standard: t.standard, bonus: t.bonus, deduction: t.deduction, total: t.total },
      byGroup: t.byGroup,
      gates: t.gates,
      allGatesPassed: t.allGatesPassed,
      submittedAt: submittedAt === null ? null : new Date(`${submittedAt}Z`),
    });
  }
  return { ranking: rankCandidates(candidates, plan.rules, plan.ballots), notRanked };
}

/**
 * A statement with the planner settings of TUNE_SUMS, in its own transaction; inside a caller's
 * transaction it runs as it is (same result, and nobody ranks many years inside one).
 */
async function tuned<T>(client: Db | Tx, sql: Prisma.Sql): Promise<T[]> {
  if (!isPool(client)) return client.$queryRaw<T[]>(sql);
  const [, rows] = await client.$transaction([client.$queryRaw(TUNE_SUMS), client.$queryRaw<T[]>(sql)]);
  return rows;
}

/** Where the sums come from: the slots they are summed in, then the sums. */
async function sumRows(client: Db | Tx, yearIds: string[]): Promise<[SlotIndex, SumRow[]]> {
  const [outline] = await client.$queryRaw<Outline[]>(outlineSql(yearIds));
  const points = outline.points.map((p) => ({ position: Math.floor(p / 3), kind: POINT_KINDS[p - 3 * Math.floor(p / 3)] }));
  const index = new SlotIndex([...points, ...outline.gateCodes.map((gate) => ({ gate }))]);
  // Without a criterion there is nothing to sum, nor a column to sum it in.
  if (index.slots.length === 0) return [index, []];
  const [sums] = await tuned<Rows<SumRow>[number]>(client, sumsSql(outline.setIds, index.slots));
  return [index, sums.rows ?? []];
}

/**
 * The live ranking of each bloc year, exactly as loadRankingInputs + liveRanking compute it one
 * year at a time. The sums, which keep the database busiest, start as soon as their slots are
 * known; the rest is read beside them.
 */
export async function loadRankings(client: Db | Tx, blocYearIds: readonly string[]): Promise<Map<string, LiveRanking>> {
  const yearIds = [...new Set(blocYearIds)];
  const [[index, sums], years, overrides, rules, ballots] = await queryAll(client, [
    () => sumRows(client, yearIds),
    () => client.$queryRaw<Year[]>(yearsSql(yearIds)),
    async () => (await tuned<Rows<Override>[number]>(client, overridesSql(yearIds)))[0].rows ?? [],
    () => client.rankingRules.findMany({ where: { blocYearId: { in: yearIds } }, select: { blocYearId: true, rules: true, publishedAt: true } }),
    () => client.rankingBallot.findMany({ where: { blocYearId: { in: yearIds } }, select: { id: true, blocYearId: true, votes: true }, orderBy: BALLOT_ORDER }),
  ] as const);
  if (years.length !== yearIds.length) throw new NotFoundError();

  const bySheet = sumsBySheet(index, sums, overrides);
  const rulesOf = new Map(rules.map((r) => [r.blocYearId, r]));
  const ballotsOf = new Map<string, typeof ballots>();
  for (const b of ballots) ballotsOf.set(b.blocYearId, [...(ballotsOf.get(b.blocYearId) ?? []), b]);
  return new Map(years.map((year) => [year.blocYearId, rankYear(planYear(year, index, rulesOf.get(year.blocYearId) ?? null, ballotsOf.get(year.blocYearId) ?? []), bySheet)]));
}
