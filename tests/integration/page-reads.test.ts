import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppSession } from "@/lib/auth/session-types";
import { startSqlCounter } from "@/bench/sql-count";

// What the dearest pages' loaders read, counted as statements on the wire (bench/sql-count.ts
// between the app's client and the test database): pages are rendered for every request
// (docs/PERFORMANCE.md, "The page cache: removed"), so a read done twice is paid on every view.

// Every connection of this file goes through the counter: set before the client is first used.
const counter = await startSqlCounter(process.env.DATABASE_URL!, 0, true);
process.env.DATABASE_URL = counter.url;

const { db } = await import("@/lib/db");
const { seedDemo } = await import("@/prisma/seed/demo");
const { loadAppSession } = await import("@/lib/auth/session-user");
const { loadYearContext } = await import("@/lib/blocs/year-context");
const { getRankingPage } = await import("@/lib/ranking/queries");
const { getSheetView } = await import("@/lib/scoring/queries");
const { overviewFor } = await import("@/lib/overview/queries");
const { todoFor } = await import("@/lib/todo/queries");

const NC_2025 = "year-noi-chinh-tinh-2025"; // approved: the ranking is its snapshot
const NC_2026 = "year-noi-chinh-tinh-2026"; // live: computed from the sheets
const THANH_TRA = "unit-nc-thanh-tra-tinh";

let board: AppSession;
let officer: AppSession;
let others: AppSession[];

beforeAll(async () => {
  await seedDemo(db, { reset: false });
  const session = async (username: string) => (await loadAppSession(db, (await db.user.findUniqueOrThrow({ where: { username } })).id))!;
  [board, officer] = [await session("bantdkt"), await session("donvi")];
  others = [await session("bantdkt.khoi"), await session("truongkhoi"), await session("cumtruong"), await session("cumvien")];
}, 120_000);

// Before the database itself goes (tests/support/db-setup.ts): the client's connections first.
afterAll(async () => {
  await db.$disconnect();
  await counter.close();
});

/** The statements `run` sends, by the table each reads first (FROM "public"."Table"). */
async function tablesRead(run: () => Promise<unknown>) {
  const from = counter.texts.length;
  await run();
  return counter.texts.slice(from).map((text) => /FROM "public"\."(\w+)"/.exec(text)?.[1] ?? text);
}

const count = (tables: string[], table: string) => tables.filter((t) => t === table).length;

describe("the ranking page's reads", () => {
  it("reads the criteria set, the rules and the sheets once each for a live ranking", async () => {
    const year = await loadYearContext(NC_2026);
    let page: Awaited<ReturnType<typeof getRankingPage>> = null;
    const tables = await tablesRead(async () => (page = await getRankingPage(board, year)));
    expect(page!.live).toBe(true);
    expect(page!.ranking.rows.length + page!.notRanked.length).toBe(year.memberUnitIds.length);
    expect([count(tables, "CriteriaSet"), count(tables, "RankingRules"), count(tables, "ScoreSheet")]).toEqual([1, 1, 1]);
  });

  it("reads them once each for an approved one too", async () => {
    const year = await loadYearContext(NC_2025);
    const tables = await tablesRead(() => getRankingPage(board, year));
    expect([count(tables, "CriteriaSet"), count(tables, "RankingRules")]).toEqual([1, 1]);
  });
});

describe("the scoring sheet's reads", () => {
  it("asks for the ranking's status alone, not the snapshot's frozen table", async () => {
    const year = await loadYearContext(NC_2025);
    const from = counter.texts.length;
    const view = await getSheetView(officer, year, THANH_TRA);
    expect(view.unitId).toBe(THANH_TRA);
    const snapshotReads = counter.texts.slice(from).filter((text) => text.includes('FROM "public"."RankingSnapshot"'));
    expect(snapshotReads).toHaveLength(1);
    expect(snapshotReads[0]).not.toContain('"data"');
  });
});

describe("the home page's reads", () => {
  const statements = async (run: () => Promise<unknown>) => {
    const from = counter.texts.length;
    await run();
    return counter.texts.length - from;
  };

  it("adds three statements for the to-do, however many open years, units and sheets the caller has", async () => {
    const now = new Date("2026-12-10T03:00:00Z");
    // Board staff of every bloc, of two, leader and member officers: from one open year to all of them.
    const counts: number[][] = [];
    for (const who of [board, officer, ...others]) counts.push([await statements(() => todoFor(who, now)), (await todoFor(who, now))!.length]);
    expect(counts.map(([n]) => n)).toEqual([3, 3, 3, 3, 3, 3]);
    // Not an empty answer read cheaply: the board and the leaders have work waiting.
    expect(counts.map(([, items]) => items > 0)).toEqual([true, true, false, true, true, false]);
    // The overview beside it, for scale (docs/ARCHITECTURE.md, "The to-do list").
    expect(await statements(() => overviewFor(board, null, now))).toBe(7);
    expect(await statements(() => overviewFor(officer, null, now))).toBe(8);
  });
});
