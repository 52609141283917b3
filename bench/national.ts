// The national-scale ranking: 34 provinces × 25 blocs × 12 units × 60 criteria, ~620 000 score
// rows, written by SQL on the database itself (generate_series) like bench/province.ts. Measures
// the recompute of every bloc year's ranking through the app's code against one SQL GROUP BY over
// the same rows (the target is at most 3×). Ids use "n" prefixes (nu-, nb-, nby-…), so the set
// never collides with the demo data or the province set.
import type { SqlClient } from "@/lib/audit/chain";
import type { Measured } from "./measure";
import { leafTableSql } from "./province";
import { summarize } from "./stats";

const RUNS = 7;

export type NationalShape = {
  provinces: number;
  blocsPerProvince: number;
  unitsPerBloc: number;
  year: number;
  /** Leaves per criteria set: (leaves - 4) standard ones in four groups, then 2 bonus, 1 deduction, 1 gate. */
  leaves: number;
};

export const NATIONAL: NationalShape = { provinces: 34, blocsPerProvince: 25, unitsPerBloc: 12, year: 2025, leaves: 60 };

export const nationalYearId = (bloc: number) => `nby-${bloc}`;

export type NationalResult = {
  blocYears: number;
  scoreRows: number;
  seedSeconds: number;
  groupBy: Measured;
  recompute: Measured;
  /** recompute p50 ÷ GROUP BY p50; the target is ≤ 3. */
  ratio: number;
};

/** The reference: one aggregate over every score row, per sheet. */
export const GROUP_BY_SQL = `SELECT s."blocYearId", s."unitId", sum(e.hundredths) FROM "ScoreEntry" e JOIN "ScoreSheet" s ON s.id = e."sheetId" GROUP BY 1, 2`;

/**
 * Writes the data set in one transaction, then ANALYZE so both measured queries are planned on
 * real statistics. Unit u of bloc b is `nu-${(b - 1) * unitsPerBloc + k}`; every sheet is
 * submitted with one SELF row per leaf; every fifth unit's sheet was reviewed on six leaves and
 * every 25th appraised on one, so the final-layer choice has work to do. A third of the years
 * publish tie-break rules, a third keep them as a draft (which must not count).
 */
export async function seedNational(client: SqlClient, shape: NationalShape = NATIONAL): Promise<void> {
  const { provinces, blocsPerProvince, unitsPerBloc, year, leaves } = shape;
  const blocs = provinces * blocsPerProvince;
  const perGroup = Math.floor((leaves - 4) / 4);
  const q = (sql: string, values: unknown[] = []) => client.query(sql, values);

  await q("BEGIN");
  try {
    await q(
      `CREATE TEMP TABLE nat_member ON COMMIT DROP AS
         SELECT b, k, (b - 1) * $2::int + k AS u FROM generate_series(1, $1::int) b, generate_series(1, $2::int) k`,
      [blocs, unitsPerBloc],
    );
    await q(leafTableSql("nat_leaf"), [perGroup]);
    await q(
      `INSERT INTO "Unit" (id, code, name, "shortName", "headName", "headTitle", "updatedAt")
         SELECT 'nu-' || u, 'NU' || lpad(u::text, 5, '0'), 'Đơn vị thử nghiệm số ' || u, 'ĐV ' || u, 'Nguyễn Văn ' || u, 'Thủ trưởng', now()
           FROM nat_member`,
    );
    await q(
      `INSERT INTO "Bloc" (id, code, name, kind, "updatedAt")
         SELECT 'nb-' || b, 'NB' || lpad(b::text, 4, '0'),
                'Khối thi đua số ' || ((b - 1) % $2::int + 1) || ' tỉnh thử nghiệm ' || ((b - 1) / $2::int + 1),
                (CASE WHEN b % 2 = 0 THEN 'CUM' ELSE 'KHOI' END)::"BlocKind", now()
           FROM generate_series(1, $1::int) b`,
      [blocs, blocsPerProvince],
    );
    await q(
      `INSERT INTO "BlocYear" (id, "blocId", year, status, "leaderUnitId", "deputyUnitId", "updatedAt")
         SELECT 'nby-' || b, 'nb-' || b, $3::int, 'CLOSED', 'nu-' || ((b - 1) * $2::int + 1), 'nu-' || ((b - 1) * $2::int + 2), now()
           FROM generate_series(1, $1::int) b`,
      [blocs, unitsPerBloc, year],
    );
    await q(`INSERT INTO "BlocMember" ("blocYearId", year, "unitId") SELECT 'nby-' || b, $1::int, 'nu-' || u FROM nat_member`, [year]);
    await q(
      `INSERT INTO "CriteriaSet" (id, "blocYearId", name, status, "publishedAt", "updatedAt")
         SELECT 'ncs-' || b, 'nby-' || b, 'Bảng tiêu chí năm ' || $2::int, 'PUBLISHED', make_date($2::int, 1, 15), now()
           FROM generate_series(1, $1::int) b`,
      [blocs, year],
    );
    await q(
      `INSERT INTO "CriterionNode" (id, "setId", position, code, title)
         SELECT 'ncs-' || b || '-g' || g, 'ncs-' || b, g - 1, (ARRAY['I','II','III','IV','V'])[g],
                (ARRAY['Công tác tham mưu','Thực hiện nhiệm vụ chuyên môn','Cải cách hành chính','Công tác thi đua, khen thưởng','Điểm thưởng, điểm trừ và điều kiện'])[g]
           FROM generate_series(1, $1::int) b, generate_series(1, 5) g`,
      [blocs],
    );
    await q(
      `INSERT INTO "CriterionNode" (id, "setId", "parentId", position, code, title, kind, "maxHundredths")
         SELECT 'ncs-' || b || '-' || l.code, 'ncs-' || b, 'ncs-' || b || '-g' || l.grp, l.k, l.code, 'Tiêu chí ' || l.code, l.kind::"CriterionKind", l.max
           FROM generate_series(1, $1::int) b, nat_leaf l`,
      [blocs],
    );
    // Submitted at one of four times, so earlier submission sometimes breaks a tie and sometimes does not.
    await q(
      `INSERT INTO "ScoreSheet" (id, "blocYearId", "unitId", status, "headApprovedBy", "submittedAt", "updatedAt")
         SELECT 'nss-' || u, 'nby-' || b, 'nu-' || u, 'SUBMITTED', 'Nguyễn Văn ' || u, make_date($1::int, 12, 1) + (u % 4) * interval '1 hour', now()
           FROM nat_member`,
      [year],
    );
    // Values vary by unit and leaf over a few steps, so totals tie now and then within a bloc.
    await q(
      `INSERT INTO "ScoreEntry" (id, "sheetId", "nodeId", layer, hundredths, passed, "byName")
         SELECT 'nse-' || m.u || '-' || l.code || '-' || ly.n, 'nss-' || m.u, 'ncs-' || m.b || '-' || l.code, ly.layer::"ScoreLayer",
                CASE WHEN l.kind = 'GATE' THEN NULL
                     WHEN l.kind = 'STANDARD' THEN greatest(0, l.max - ((m.u * 7 + l.k * 11) % 5) * 50 - ly.n * 50)
                     ELSE ((m.u + l.k) % 3) * 250 END,
                CASE WHEN l.kind = 'GATE' THEN m.u % 17 <> 0 END, 'Nguyễn Văn ' || m.u
           FROM nat_member m, nat_leaf l, (VALUES (0, 'SELF'), (1, 'REVIEWED'), (2, 'APPRAISED')) ly(n, layer)
          WHERE ly.n = 0 OR (ly.n = 1 AND m.u % 5 = 0 AND l.k <= 6) OR (ly.n = 2 AND m.u % 25 = 0 AND l.k = 1)`,
    );
    await q(
      `INSERT INTO "RankingRules" (id, "blocYearId", rules, "publishedAt", "updatedAt")
         SELECT 'nrr-' || b, 'nby-' || b,
                '[{"kind":"groupScore","groupCode":"I"},{"kind":"fewerDeduction"},{"kind":"earlierSubmission"},{"kind":"ballot"}]'::jsonb,
                CASE WHEN b % 3 = 0 THEN make_date($2::int, 3, 1)::timestamptz END, now()
           FROM generate_series(1, $1::int) b WHERE b % 3 <> 2`,
      [blocs, year],
    );
    await q("COMMIT");
  } catch (error) {
    await q("ROLLBACK");
    throw error;
  }
  await q("ANALYZE");
}

/**
 * Like repeat() (bench/measure.ts) for two tasks at once, run in turn after one warm-up each, so
 * that a machine busy with something else slows both alike and their ratio stays fair.
 */
async function alternate(runs: number, tasks: Record<"groupBy" | "recompute", [name: string, task: () => Promise<unknown>]>) {
  const ms = { groupBy: [] as number[], recompute: [] as number[] };
  for (const [, task] of Object.values(tasks)) await task();
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    for (const key of ["groupBy", "recompute"] as const) {
      const t = performance.now();
      await tasks[key][1]();
      ms[key].push(performance.now() - t);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const measured = (key: keyof typeof ms): Measured => ({ name: tasks[key][0], concurrency: 1, ...summarize(ms[key], 0, seconds / 2), kB: 0 });
  return { groupBy: measured("groupBy"), recompute: measured("recompute") };
}

/**
 * Seeds the national set into `sql`'s database, which must be migrated and hold no score rows
 * (the GROUP BY reads every row of the table), then measures the GROUP BY and the recompute of
 * every bloc year's ranking in bulk (loadRankings, bench/ranking-bulk.ts, equal to the app's ranking
 * by tests/integration/ranking-bulk.test.ts), on the app's Prisma client for `dbUrl`, the same database.
 */
export async function benchNationalRanking(sql: SqlClient, dbUrl: string, shape: NationalShape = NATIONAL, runs = RUNS): Promise<NationalResult> {
  const { rows: existing } = await sql.query<{ n: string }>(`SELECT count(*) AS n FROM "ScoreEntry"`);
  if (Number(existing[0].n) > 0) throw new Error("benchNationalRanking needs a database without score rows");
  const started = performance.now();
  await seedNational(sql, shape);
  const seedSeconds = (performance.now() - started) / 1000;
  const { rows } = await sql.query<{ n: string }>(`SELECT count(*) AS n FROM "ScoreEntry"`);
  const yearIds = Array.from({ length: shape.provinces * shape.blocsPerProvince }, (_, b) => nationalYearId(b + 1));

  process.env.DATABASE_URL = dbUrl;
  const { db } = await import("@/lib/db");
  const { loadRankings } = await import("@/bench/ranking-bulk");
  try {
    const { groupBy, recompute } = await alternate(runs, {
      groupBy: ["SQL GROUP BY over all score rows (national)", () => sql.query(GROUP_BY_SQL)],
      recompute: [`ranking recompute, ${yearIds.length} bloc years (in process)`, () => loadRankings(db, yearIds)],
    });
    return {
      blocYears: yearIds.length,
      scoreRows: Number(rows[0].n),
      seedSeconds,
      groupBy,
      recompute,
      ratio: Math.round((recompute.p50 / groupBy.p50) * 100) / 100,
    };
  } finally {
    await db.$disconnect();
    delete (globalThis as { prisma?: unknown }).prisma;
  }
}
