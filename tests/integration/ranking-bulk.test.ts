import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { loadRankings } from "@/bench/ranking-bulk";
import { liveRanking, loadRankingInputs } from "@/lib/ranking/inputs";
import { seedDemo } from "@/prisma/seed/demo";
import { worldArb, writeWorld } from "../support/ranking-worlds";

// The bulk ranking (one aggregate for many years, bench/ranking-bulk.ts) against the leaf-by-leaf
// one that the sign-off freezes (lib/ranking/inputs.ts): the same table, to the last separation.
async function leafByLeaf(blocYearId: string) {
  const { ranking, notRanked } = liveRanking(await loadRankingInputs(db, blocYearId));
  return { ranking, notRanked };
}

async function expectSame(yearIds: string[]) {
  const bulk = await loadRankings(db, yearIds);
  expect([...bulk.keys()].sort()).toEqual([...yearIds].sort());
  for (const id of yearIds) {
    const expected = await leafByLeaf(id);
    expect(bulk.get(id), id).toEqual(expected);
    // One year alone, through the bulk statements planned for a handful of rows.
    expect((await loadRankings(db, [id])).get(id), id).toEqual(expected);
  }
  return bulk;
}

describe("the bulk live ranking", () => {
  beforeAll(async () => {
    await seedDemo(db, { reset: false });
  }, 180_000);

  it("equals the leaf-by-leaf ranking for every bloc year of the demo data", async () => {
    const ids = (await db.blocYear.findMany({ select: { id: true } })).map((y) => y.id);
    const bulk = await expectSame(ids);
    // Inside a transaction the statements run one after another, untuned: the same tables.
    expect(await db.$transaction((tx) => loadRankings(tx, ids))).toEqual(bulk);
    // Not vacuous: the demo ranks sheets, with reviews, gates and published rules.
    const rows = [...bulk.values()].flatMap((r) => r.ranking.rows);
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.some((r) => r.gates.failed.length > 0 || r.gates.missing.length > 0)).toBe(true);
  });

  it("equals it on random years: any tree, layers, values out of range, statuses, rules and ballots", async () => {
    await fc.assert(
      fc.asyncProperty(worldArb, async (world) => {
        await expectSame(await writeWorld(world));
      }),
      { numRuns: 40 },
    );
  }, 240_000);

  it("refuses a bloc year that does not exist, as the single-year path does", async () => {
    await expect(loadRankings(db, ["no-such-year"])).rejects.toBeInstanceOf(NotFoundError);
    await expect(leafByLeaf("no-such-year")).rejects.toBeInstanceOf(NotFoundError);
  });
});
