// `npm run bench`: what users feel, measured on this machine. `npm run bench` builds the app
// first; `npx tsx scripts/bench.ts` measures the build already there. Seeds the province-scale
// data set (bench/province.ts) into PostgreSQL and separately into PGlite, starts the app as
// `npm start` does on each and measures pages (each rendered for its request), a score save, the Excel import and a DOCX with concurrent signed-in clients on
// loopback, beside two ceilings: a static file from the same server (throughput) and one SQL
// aggregate over the same score rows (data). Also the ranking recompute in process, the Excel
// onboarding of a province (bench/onboarding.ts), the
// national-scale ranking, first-load JavaScript per page, and the December rush (bench/rush/:
// hundreds of signed-in users at their own pace, and each main page rendered against the sign-in
// page). Prints tables; writes bench/results/latest.json. BENCH_SECONDS (per metric, default 10),
// BENCH_USERS (default 20), BENCH_ENGINES ("postgres,pglite"), BENCH_PG_URL, BENCH_PORT (the
// servers take it to + 4) and the RUSH_* variables (bench/rush/suite.ts) change the run.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { applyMigrations } from "@/lib/db/migrate";
import { gzippedKb, scriptsOf } from "../bench/first-load";
import { pgliteDatabase, postgresDatabase } from "../bench/databases";
import { getPage, signIn, type Timed } from "../bench/http";
import { measure, repeat, type Measured } from "../bench/measure";
import { BENCH_BOARD, BENCH_PASSWORD, PROVINCE, benchUsername, benchYearId, blocOfUnit, seedProvince } from "../bench/province";
import { requireBuild } from "../bench/build";
import { benchNationalRanking } from "../bench/national";
import { runOnboardingBench } from "../bench/onboarding-run";
import { scoreImportWorkbook, timeScoreImport } from "../bench/score-import";
import { saveScore, sheetPath } from "../bench/scoring";
import { startApp } from "../bench/server";
import { benchRush, printRush } from "../bench/rush/suite";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const USERS = Number(process.env.BENCH_USERS ?? 20);
const ENGINES = (process.env.BENCH_ENGINES ?? "postgres,pglite").split(",");
const PORT = Number(process.env.BENCH_PORT ?? 3410);
const YEAR = PROVINCE.currentYear;
// Documents are generated on demand by a few people at once, not by every user.
const DOCX_CLIENTS = 4;

requireBuild();

/**
 * Each metric against its ceiling: what many clients got through as a share of the static file's
 * throughput, or what one client at a time waited (p50) as a multiple of the SQL aggregate's.
 */
function withCeilings(results: Measured[]) {
  const throughput = results.find((r) => r.name.startsWith("static file"))!;
  const data = results.find((r) => r.name.startsWith("SQL aggregate"))!;
  const round = (x: number) => Math.round(x * 100) / 100;
  return results.map((r) =>
    r.concurrency > 1
      ? { ...r, ceiling: throughput.name, ofCeiling: round(r.perSecond / throughput.perSecond) }
      : { ...r, ceiling: data.name, ofCeiling: round(r.p50 / data.p50) },
  );
}

async function benchEngine(engine: string) {
  const database = engine === "pglite" ? await pgliteDatabase() : await postgresDatabase();
  const results: Measured[] = [];
  try {
    const started = performance.now();
    await applyMigrations(database.url);
    const sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
    await seedProvince(sql, PROVINCE, await hashPassword(BENCH_PASSWORD));
    const { rows } = await sql.query<{ n: string }>(`SELECT count(*) AS n FROM "ScoreEntry"`);
    const seedSeconds = (performance.now() - started) / 1000;
    console.log(`\n[${engine}] ${rows[0].n} score rows seeded in ${seedSeconds.toFixed(1)} s`);

    // Data ceiling: one aggregate over every score row, as the ranking needs them (final layer per leaf).
    results.push(
      await repeat("SQL aggregate over all score rows (data ceiling)", 5, () =>
        sql.query(`SELECT s."blocYearId", s."unitId", sum(e.hundredths) FROM "ScoreEntry" e JOIN "ScoreSheet" s ON s.id = e."sheetId" GROUP BY 1, 2`),
      ),
    );

    // The ranking recompute, in process through the app's own code on the same database.
    process.env.DATABASE_URL = database.url;
    const { db } = await import("@/lib/db");
    const { loadLiveRanking } = await import("@/lib/ranking/current");
    let bloc = 0;
    results.push(
      await repeat("ranking recompute (one bloc year, in process)", 30, () => loadLiveRanking(db, benchYearId((bloc++ % PROVINCE.blocs) + 1, YEAR - 1))),
    );
    await db.$disconnect();
    delete (globalThis as { prisma?: unknown }).prisma;

    const appEnv = { DATABASE_URL: database.url, ...database.appEnv, NEXTAUTH_SECRET: "bench-secret-0123456789abcdef" };
    const app = await startApp(PORT, appEnv);
    try {
      const officers = await Promise.all(
        Array.from({ length: USERS }, async (_, i) => ({
          unit: i + 1,
          bloc: blocOfUnit(i + 1, PROVINCE),
          version: 1,
          cookie: await signIn(app.base, benchUsername(i + 1), BENCH_PASSWORD),
        })),
      );
      const boards = await Promise.all(Array.from({ length: Math.max(USERS, DOCX_CLIENTS) }, () => signIn(app.base, BENCH_BOARD, BENCH_PASSWORD)));
      const blocOf = (c: number) => (c % PROVINCE.blocs) + 1;
      // Every request rendered (docs/PERFORMANCE.md, "The page cache: removed").
      const pages: [string, (c: number) => Promise<Timed>][] = [
        ["board dashboard (rendered)", (c) => getPage(app.base, "/", boards[c])],
        ["bloc overview (rendered)", (c) => getPage(app.base, `/blocs/bb-${blocOf(c)}/years/${YEAR}`, boards[c])],
        ["scoring sheet (rendered)", (c) => getPage(app.base, sheetPath(officers[c], YEAR), officers[c].cookie)],
        ["ranking page (rendered)", (c) => getPage(app.base, `/blocs/bb-${blocOf(c)}/years/${YEAR - 1}/ranking`, boards[c])],
      ];
      const save = (c: number) => saveScore(app.base, officers[c], YEAR, String(1 + (c % 50)), Math.floor(Math.random() * 6));
      results.push(await measure("static file (throughput ceiling)", USERS, SECONDS, () => getPage(app.base, "/robots.txt", "")));
      for (const [name, step] of pages) results.push(await measure(name, USERS, SECONDS, step));
      // While two officers keep saving: the four pages as other users meet them. The readers are
      // timed, the saves counted.
      let saving = true;
      let saves = 0;
      const savers = [USERS - 2, USERS - 1].map(async (c) => {
        while (saving) saves += (await save(c)).ok ? 1 : 0;
      });
      const whileSaving = await measure("the four pages while 2 officers save", USERS - 2, SECONDS, (c) => pages[c % pages.length][1](c));
      saving = false;
      await Promise.all(savers);
      results.push({ ...whileSaving, savesPerSecond: Math.round((saves / SECONDS) * 10) / 10 });

      // What one officer feels when saving, and the same save under the whole crowd.
      results.push(await measure("score save (server action, one user)", 1, SECONDS, save));
      results.push(await measure("score save (server action)", USERS, SECONDS, save));
      // The board's Excel import of 10 000 self-scores, timed from upload to the stream's last event.
      const workbook = await scoreImportWorkbook();
      results.push(
        await repeat("Excel import, 10 000 score rows (streamed)", 5, async () => {
          const t = await timeScoreImport(app.base, boards[0], workbook);
          if (!t.ok) throw new Error(`score import failed: ${JSON.stringify(t.last).slice(0, 300)}`);
        }),
      );
      results.push(
        await measure("DOCX generation (year plan)", DOCX_CLIENTS, SECONDS, (c) =>
          getPage(app.base, `/api/documents/plan/${benchYearId(blocOf(c), YEAR)}?format=docx`, boards[c]),
        ),
      );

      const firstLoad: Record<string, number> = {};
      for (const [name, p, cookie] of [
        ["board dashboard", "/", boards[0]],
        ["bloc overview", `/blocs/bb-1/years/${YEAR}`, boards[0]],
        ["scoring sheet", sheetPath(officers[0], YEAR), officers[0].cookie],
        ["ranking page", `/blocs/bb-1/years/${YEAR - 1}/ranking`, boards[0]],
        ["sign-in page", "/login", ""],
      ] as const) {
        const html = await (await fetch(`${app.base}${p}`, { headers: cookie ? { Cookie: cookie } : {} })).text();
        firstLoad[name] = gzippedKb(scriptsOf(html));
      }
      return { engine, scoreRows: Number(rows[0].n), seedSeconds, results: withCeilings(results), firstLoadJsGzipKb: firstLoad };
    } finally {
      await app.stop();
      await sql.end();
    }
  } finally {
    await database.drop();
  }
}

/** The national-scale ranking on PostgreSQL (bench/national.ts): every bloc year's recompute against one GROUP BY. */
async function benchNational() {
  const database = await postgresDatabase("national");
  try {
    await applyMigrations(database.url);
    const sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
    try {
      return await benchNationalRanking(sql, database.url);
    } finally {
      await sql.end();
    }
  } finally {
    await database.drop();
  }
}

/** A province's onboarding from Excel on PostgreSQL (bench/onboarding.ts): four kinds previewed and applied in process. */
async function benchOnboardingCase() {
  const database = await postgresDatabase("onboarding");
  try {
    await applyMigrations(database.url);
    return await runOnboardingBench(database.url);
  } finally {
    await database.drop();
  }
}

const runs = [];
for (const engine of ENGINES) runs.push(await benchEngine(engine));
const national = ENGINES.includes("postgres") ? await benchNational() : null;
const onboarding = ENGINES.includes("postgres") ? await benchOnboardingCase() : null;
const rush = await benchRush(PORT + 2);

for (const run of runs) {
  console.log(`\n${run.engine}: ${USERS} concurrent clients, ${SECONDS} s per metric, ${os.cpus().length} cores`);
  console.table(
    Object.fromEntries(
      run.results.map((r) => [
        r.name,
        {
          p50: r.p50,
          p95: r.p95,
          "req/s": r.perSecond,
          "of ceiling": r.concurrency > 1 ? `${Math.round(r.ofCeiling * 100)} %` : `${r.ofCeiling}× SQL`,
          kB: r.kB,
          "saves/s": r.savesPerSecond ?? "",
          errors: r.errors,
        },
      ]),
    ),
  );
  console.log("First-load JavaScript (gzip kB):", run.firstLoadJsGzipKb);
}
if (national) {
  console.log(`\nNational-scale ranking: ${national.blocYears} bloc years, ${national.scoreRows} score rows (PostgreSQL)`);
  console.table(Object.fromEntries([national.groupBy, national.recompute].map((m) => [m.name, { p50: m.p50, p95: m.p95, runs: m.count }])));
  console.log(`recompute ÷ GROUP BY (p50): ${national.ratio} (target ≤ 3)`);
}
if (onboarding) {
  console.log("\nOnboarding from Excel (PostgreSQL, in process): 500 units, 30 blocs, 2 000 accounts, a year's members");
  console.table(Object.fromEntries(onboarding.timings.map((t) => [t.kind, { rows: t.rows, "preview ms": t.previewMs, "apply ms": t.applyMs }])));
  console.log(`total: ${onboarding.totalMs} ms (target < 10 000); the same files again: ${onboarding.rerunUnchangedMs} ms`);
}
const [pgRun, liteRun] = [runs.find((r) => r.engine === "postgres"), runs.find((r) => r.engine === "pglite")];
if (pgRun && liteRun) {
  const ratio = Object.fromEntries(
    pgRun.results.map((r) => [r.name, Math.round((liteRun.results.find((l) => l.name === r.name)!.p95 / Math.max(0.1, r.p95)) * 10) / 10]),
  );
  console.log("\nPGlite p95 ÷ PostgreSQL p95:", ratio);
}
printRush(rush);
mkdirSync("bench/results", { recursive: true });
writeFileSync(
  "bench/results/latest.json",
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30) },
      users: USERS,
      seconds: SECONDS,
      runs,
      national,
      onboarding,
      ...rush,
    },
    null,
    2,
  ),
);
console.log("\nWritten: bench/results/latest.json");
process.exit(0);
