// The live ranking of any number of bloc years in a fixed number of statements: the database sums
// the score rows per sheet and top-level group (bench/ranking-bulk-sql.ts), the application turns
// the sums into the same candidates liveRanking() builds leaf by leaf and ranks them with the
// same rankCandidates().
// Only the national benchmark (bench/national.ts) ranks many years at once; the app ranks one
// year at a time, leaf by leaf (lib/ranking/current.ts), which measured faster for one year under
// load. So this lives with the bench, proven equal to the app's ranking by
// tests/integration/ranking-bulk.test.ts; should the app ever rank many years at once, it moves
// back to lib/ranking with that test.
import type { Db, Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { queryAll } from "@/lib/db/query-all";
import { NotFoundError } from "@/lib/errors";
import type { SheetStatus } from "@/lib/generated/prisma/enums";
import { outlineSql, overridesSql, POINT_KINDS, sumsSql, TUNE_OVERRIDES, TUNE_SUMS, yearsSql, type PointKind, type Slot } from "@/bench/ranking-bulk-sql";
import { BALLOT_ORDER, ballotResults, byUnitName, publishedRules, type LiveRanking, type NotRanked } from "@/lib/ranking/inputs";
import { rankCandidates } from "@/lib/ranking/rank";
import type { RankCandidate } from "@/lib/ranking/types";
import { totalsOfGroupSums } from "@/bench/group-totals";

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
type Override = [
  sheetId: string,
  kind: PointKind | "GATE",
  position: number,
  code: string,
  max: number | null,
  selfH: number | null,
  laterH: number | null,
  laterP: boolean | null,
];
/** The shape of every statement that returns its rows as one JSON array. */
type Rows<T> = { rows: T[] | null };

// A pool client runs statements side by side and may open its own transaction; a transaction
// client (told apart as in queryAll) already holds one connection.
const isPool = (client: Db | Tx): client is Db => typeof (client as { $disconnect?: unknown }).$disconnect === "function";

/** A slot's value in a sheet's row; a slot that no set has (i undefined) holds nothing. */
const value = (row: SumRow | undefined, i: number | undefined) => (i === undefined ? null : ((row?.[i] ?? null) as number | null));

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
  for (const [sheetId, kind, position, code, max, selfH, laterH, laterP] of overrides) {
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
    groups: (year.tops ?? []).map(([groupCode, title, position]) => ({
      groupCode,
      title,
      s: index.points(position, "STANDARD"),
      b: index.points(position, "BONUS"),
      d: index.points(position, "DEDUCTION"),
    })),
    gates: (year.gates ?? []).map((code) => ({ code, at: index.gate(code) })),
    members: (year.members ?? [])
      .map(([unitId, unitName, sheetId, status, submittedAt]) => ({
        unitId,
        unitName,
        sheetId,
        status,
        submittedAt: submittedAt === null ? null : new Date(`${submittedAt}Z`),
      }))
      .sort(byUnitName),
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
      groups: plan.groups.map((g) => ({
        groupCode: g.groupCode,
        title: g.title,
        standard: value(row, g.s) ?? 0,
        bonus: value(row, g.b) ?? 0,
        deduction: value(row, g.d) ?? 0,
      })),
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
      submittedAt,
    });
  }
  return { ranking: rankCandidates(candidates, plan.rules, plan.ballots), notRanked };
}

/**
 * A statement after its planner settings (`tune`, see bulk-sql.ts), in a transaction of its own;
 * inside a caller's transaction it runs as it is (the same result, and nobody ranks many years
 * inside one).
 */
async function tuned<T>(client: Db | Tx, tune: Prisma.Sql, sql: Prisma.Sql): Promise<T[]> {
  if (!isPool(client)) return client.$queryRaw<T[]>(sql);
  const [, rows] = await client.$transaction([client.$queryRaw(tune), client.$queryRaw<T[]>(sql)]);
  return rows;
}

/** The slots of the sums: each point kind at a top-level position that holds it, then each gate code. */
function slotIndexOf(outline: Outline): SlotIndex {
  const points = outline.points.map((p) => ({ position: Math.floor(p / 3), kind: POINT_KINDS[p - 3 * Math.floor(p / 3)] }));
  return new SlotIndex([...points, ...outline.gateCodes.map((gate) => ({ gate }))]);
}

/**
 * The live ranking of each bloc year, exactly as loadRankingInputs + liveRanking compute it one
 * year at a time. The sums, which keep the database busiest, start as soon as their slots are
 * known; the rest is read, and the years prepared, beside them.
 */
export async function loadRankings(client: Db | Tx, blocYearIds: readonly string[]): Promise<Map<string, LiveRanking>> {
  const yearIds = [...new Set(blocYearIds)];
  // The only statement in flight until it is awaited, as a transaction client requires.
  const outline = client.$queryRaw<Outline[]>(outlineSql(yearIds)).then(([o]) => ({ setIds: o.setIds, index: slotIndexOf(o) }));
  const [sums, plans, overrides] = await queryAll(client, [
    async () => {
      const { setIds, index } = await outline;
      // Without a criterion there is nothing to sum, nor a column to sum it in.
      return index.slots.length === 0 ? [] : ((await tuned<Rows<SumRow>>(client, TUNE_SUMS, sumsSql(setIds, index.slots)))[0].rows ?? []);
    },
    async () => {
      const [years, rules, ballots] = await queryAll(client, [
        () => client.$queryRaw<Year[]>(yearsSql(yearIds)),
        () => client.rankingRules.findMany({ where: { blocYearId: { in: yearIds } }, select: { blocYearId: true, rules: true, publishedAt: true } }),
        () =>
          client.rankingBallot.findMany({ where: { blocYearId: { in: yearIds } }, select: { id: true, blocYearId: true, votes: true }, orderBy: BALLOT_ORDER }),
      ] as const);
      if (years.length !== yearIds.length) throw new NotFoundError();
      const { index } = await outline;
      const rulesOf = new Map(rules.map((r) => [r.blocYearId, r]));
      const ballotsOf = new Map<string, typeof ballots>();
      for (const b of ballots) ballotsOf.set(b.blocYearId, [...(ballotsOf.get(b.blocYearId) ?? []), b]); // oldest first, as read
      return years.map((year) => [year.blocYearId, planYear(year, index, rulesOf.get(year.blocYearId) ?? null, ballotsOf.get(year.blocYearId) ?? [])] as const);
    },
    async () => (await tuned<Rows<Override>>(client, TUNE_OVERRIDES, overridesSql(yearIds)))[0].rows ?? [],
  ] as const);
  const bySheet = sumsBySheet((await outline).index, sums, overrides);
  return new Map(plans.map(([id, plan]) => [id, rankYear(plan, bySheet)]));
}
