// `npm run load`: 100 signed-in users for 60 s against the app server (`npm start`'s) on PostgreSQL, on loopback.
// 90 unit officers read their bloc and sheet and save scores (server action); 10 board sessions
// read the dashboard, blocs, sheets and rankings. Every response must be a 200 (and a saved
// score an ok result). Prints requests, errors and latency by kind; writes bench/results/load.json.
// Needs `npm run build` first. LOAD_USERS, LOAD_SECONDS, LOAD_PG_URL, LOAD_PORT change the run.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { applyMigrations } from "@/lib/db/migrate";
import { getPage, signIn, type Timed } from "../bench/http";
import { createScratchDatabase } from "../bench/scratch-db";
import { BENCH_BOARD, BENCH_PASSWORD, PROVINCE, blocOfUnit, benchUsername, seedProvince } from "../bench/province";
import { requireBuild } from "../bench/build";
import { saveScore, sheetPath } from "../bench/scoring";
import { startApp } from "../bench/server";
import { summarize, type Summary } from "../bench/stats";

const USERS = Number(process.env.LOAD_USERS ?? 100);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const PORT = Number(process.env.LOAD_PORT ?? 3400);
const ADMIN_URL = process.env.LOAD_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const YEAR = PROVINCE.currentYear;

requireBuild();

const database = await createScratchDatabase(ADMIN_URL, `tdk_load_${process.pid}`);
const databaseUrl = database.url;

type Kind = "home" | "bloc" | "sheet page" | "year overview" | "ranking" | "sheets list" | "score save";
const results = new Map<Kind, { ms: number[]; errors: number; bytes: number }>();
const statuses = new Map<string, number>();
let firstError: string | null = null;

function record(kind: Kind, t: Timed) {
  const r = results.get(kind) ?? { ms: [], errors: 0, bytes: 0 };
  r.ms.push(t.ms);
  r.bytes += t.bytes;
  if (!t.ok) {
    r.errors += 1;
    firstError ??= `${kind}: HTTP ${t.status} ${t.body?.slice(0, 300) ?? ""}`;
  }
  results.set(kind, r);
  statuses.set(String(t.status), (statuses.get(String(t.status)) ?? 0) + 1);
}

const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)];

try {
  const started = performance.now();
  await applyMigrations(databaseUrl);
  const seedClient = new pg.Client({ connectionString: databaseUrl });
  await seedClient.connect();
  const { rows } = await seedProvince(seedClient, PROVINCE, await hashPassword(BENCH_PASSWORD))
    .then(() => seedClient.query<{ n: string }>(`SELECT count(*) AS n FROM "ScoreEntry"`))
    .finally(() => seedClient.end());
  console.log(
    `Province data set: ${PROVINCE.blocs} blocs, ${PROVINCE.units} units, ${PROVINCE.years} years, ${rows[0].n} score rows (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );

  const app = await startApp(PORT, { DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: "load-test-secret-0123456789" });
  try {
    const boardSessions = Math.max(1, Math.round(USERS / 10));
    const units = Array.from({ length: USERS - boardSessions }, (_, i) => i + 1);
    const officers = await Promise.all(
      units.map(async (unit) => ({ unit, bloc: blocOfUnit(unit, PROVINCE), version: 1, cookie: await signIn(app.base, benchUsername(unit), BENCH_PASSWORD) })),
    );
    const boards = await Promise.all(Array.from({ length: boardSessions }, () => signIn(app.base, BENCH_BOARD, BENCH_PASSWORD)));
    console.log(`Signed in: ${officers.length} unit officers, ${boards.length} board sessions`);

    const standardLeaves = ((PROVINCE.leaves - 4) / 4) * 4;
    const officerStep = async (o: (typeof officers)[number], measure: boolean) => {
      const r = Math.random();
      if (r < 0.3) {
        const t = await saveScore(app.base, o, YEAR, String(1 + Math.floor(Math.random() * standardLeaves)), Math.floor(Math.random() * 6));
        if (measure) record("score save", t);
      } else if (r < 0.6) {
        const t = await getPage(app.base, sheetPath(o, YEAR), o.cookie);
        if (measure) record("sheet page", t);
      } else if (r < 0.8) {
        const t = await getPage(app.base, `/blocs/bb-${o.bloc}/years/${YEAR}`, o.cookie);
        if (measure) record("year overview", t);
      } else {
        const t = await getPage(app.base, "/", o.cookie);
        if (measure) record("home", t);
      }
    };
    const boardStep = async (cookie: string, measure: boolean) => {
      const bloc = 1 + Math.floor(Math.random() * PROVINCE.blocs);
      const [kind, path] = pick<[Kind, string]>([
        ["home", "/"],
        ["bloc", `/blocs/bb-${bloc}`],
        ["ranking", `/blocs/bb-${bloc}/years/${YEAR - 1}/ranking`],
        ["sheets list", `/blocs/bb-${bloc}/years/${YEAR}/scoring`],
      ]);
      const t = await getPage(app.base, path, cookie);
      if (measure) record(kind, t);
    };

    // Warm-up: every user once through each kind of request, not measured.
    for (let i = 0; i < 4; i++) await Promise.all([...officers.map((o) => officerStep(o, false)), ...boards.map((c) => boardStep(c, false))]);

    const memoryBefore = process.memoryUsage().rss;
    const until = performance.now() + SECONDS * 1000;
    const loop = async (step: (measure: boolean) => Promise<void>) => {
      while (performance.now() < until) await step(true);
    };
    const runStarted = performance.now();
    await Promise.all([...officers.map((o) => loop((m) => officerStep(o, m))), ...boards.map((c) => loop((m) => boardStep(c, m)))]);
    const elapsed = (performance.now() - runStarted) / 1000;

    const byKind: Record<string, Summary & { kB: number }> = {};
    for (const [kind, r] of [...results].sort(([a], [b]) => a.localeCompare(b)))
      byKind[kind] = { ...summarize(r.ms, r.errors, elapsed), kB: Math.round(r.bytes / r.ms.length / 1000) };
    const all = [...results.values()];
    const total = summarize(
      all.flatMap((r) => r.ms),
      all.reduce((s, r) => s + r.errors, 0),
      elapsed,
    );
    console.log(`\n${USERS} users for ${elapsed.toFixed(1)} s on ${os.cpus().length} cores (PostgreSQL, npm start's server):`);
    console.table({ ...byKind, "all requests": total });
    console.log("HTTP statuses:", Object.fromEntries(statuses));
    if (firstError) console.log("First error:", firstError);
    mkdirSync("bench/results", { recursive: true });
    const report = {
      date: new Date().toISOString(),
      users: USERS,
      seconds: elapsed,
      cores: os.cpus().length,
      total,
      byKind,
      statuses: Object.fromEntries(statuses),
      loadClientRssMb: Math.round(memoryBefore / 1e6),
    };
    writeFileSync("bench/results/load.json", JSON.stringify(report, null, 2));
    process.exitCode = total.errors === 0 ? 0 : 1;
  } finally {
    await app.stop();
  }
} finally {
  await database.drop();
}
