// `npx tsx scripts/bench-national.ts`: the national-scale ranking (bench/national.ts) on a fresh
// PostgreSQL database: 34 provinces × 25 blocs × 12 units × 60 criteria, the recompute of every
// bloc year's ranking against one SQL GROUP BY over the same rows. Prints a table and drops the
// database. BENCH_PG_URL (an admin database, default postgresql://postgres@127.0.0.1:5432/postgres)
// and BENCH_RUNS (default 7) change the run.
import os from "node:os";
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrate";
import { benchNationalRanking } from "../bench/national";
import { createScratchDatabase } from "../bench/scratch-db";

const PG_URL = process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

const database = await createScratchDatabase(PG_URL, `tdk_bench_national_${process.pid}`);
try {
  await applyMigrations(database.url);
  const sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
  try {
    const r = await benchNationalRanking(sql, database.url, undefined, RUNS);
    console.log(`\n${r.blocYears} bloc years, ${r.scoreRows} score rows seeded in ${r.seedSeconds.toFixed(1)} s; ${RUNS} runs each, ${os.cpus().length} cores`);
    console.table(Object.fromEntries([r.groupBy, r.recompute].map((m) => [m.name, { p50: m.p50, p95: m.p95, max: m.max, runs: m.count }])));
    console.log(`recompute ÷ GROUP BY (p50): ${r.ratio} (target ≤ 3)`);
  } finally {
    await sql.end();
  }
} finally {
  await database.drop();
}
