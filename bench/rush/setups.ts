// One December rush setup from start to end: a fresh database of the setup's engine with the
// province data set and the rush's additions, the app as `npm start` runs it, the simulated
// users, then (when asked) the rendered pages against the sign-in page on a second server, on
// the same database in the same run.
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { applyMigrations } from "@/lib/db/migrate";
import { pgliteDatabase, postgresDatabase, type Database } from "../databases";
import { signIn } from "../http";
import { startSqlCounter } from "../sql-count";
import { BENCH_PASSWORD, PROVINCE, benchUsername, blocOfUnit, seedProvince } from "../province";
import { sheetPath } from "../scoring";
import { startNginx } from "../nginx";
import { startApp, type RunningApp } from "../server";
import { databaseCpuMeter } from "./cpu";
import { NAVIGATION, renderedVsSignIn, type Meters, type RenderedPage, type RenderedVsSignIn } from "./rendered";
import { runRush, type RushResult } from "./run";
import { benchStaffUsername, seedRush } from "./seed";
import { unreadCountCost, type UnreadCountCost } from "./unread";

// `proxied`: behind nginx as deploy/ puts the app (it compresses, the app does not); otherwise the
// users reach the one instance directly and it compresses its own answers.
export const SETUPS = {
  postgres: { engine: "postgres", instances: 1, proxied: false },
  "postgres-behind-nginx": { engine: "postgres", instances: 1, proxied: true },
  "postgres-2-instances": { engine: "postgres", instances: 2, proxied: true },
  pglite: { engine: "pglite", instances: 1, proxied: false },
} as const;
export type SetupName = keyof typeof SETUPS;

export type SetupOptions = { users: number; seconds: number; rampSeconds: number; seed: number; port: number; renderRounds: number | null };
export type SetupRun = { rush: RushResult & { unread_count: UnreadCountCost }; rendered: RenderedVsSignIn | null };

// The rush's crowd (docs/PERFORMANCE.md, "December rush"): 400 unit officers and 20 board staff; a
// smaller crowd keeps the proportion.
export function crowd(users: number) {
  const staff = Math.max(1, Math.round((users * 20) / 420));
  return { officers: Math.min(PROVINCE.units, users - staff), staff };
}

type Target = { base: string; pids: number[]; stop: () => Promise<void> };

/**
 * Where the simulated users send their requests: one instance on `port`, or one or more on
 * port + 1… (each with the same database and secret, files in the database) behind nginx on
 * `port`, round robin (bench/nginx.ts). The instances' process ids are returned so their CPU is counted.
 */
async function startTarget({ instances, proxied }: { instances: number; proxied: boolean }, port: number, env: Record<string, string>): Promise<Target> {
  if (!proxied) {
    const app = await startApp(port, env);
    return { base: app.base, pids: [app.process.pid!], stop: app.stop };
  }
  const ports = Array.from({ length: instances }, (_, i) => port + 1 + i);
  const base = `http://127.0.0.1:${port}`;
  const apps: RunningApp[] = [];
  for (const p of ports)
    apps.push(await startApp(p, { ...env, NEXTAUTH_URL: base, FILE_STORAGE: "database", TRUSTED_PROXIES: "127.0.0.1", APP_COMPRESSION: "off" }));
  const proxy = await startNginx(port, ports);
  return {
    base,
    pids: apps.map((a) => a.process.pid!),
    stop: async () => {
      await proxy.stop();
      await Promise.all(apps.map((a) => a.stop()));
    },
  };
}

export async function seedDatabase(database: Database, staff: number) {
  await applyMigrations(database.url);
  const sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
  try {
    const hash = await hashPassword(BENCH_PASSWORD);
    await seedProvince(sql, PROVINCE, hash);
    await seedRush(sql, PROVINCE, staff, hash);
    // A database in service has its statistics from autovacuum; a freshly loaded one has none
    // (and autovacuum may be off, as on the CI machine's PostgreSQL): plans without them read
    // the officer's home page as if every table were small.
    await sql.query("ANALYZE");
  } finally {
    await sql.end();
  }
}

/** The main pages as their users see them: an officer of unit 1 (bloc 1), and board staff 1, who looks after bloc 1. */
export async function mainPages(base: string): Promise<RenderedPage[]> {
  const year = PROVINCE.currentYear;
  const officer = { unit: 1, bloc: blocOfUnit(1, PROVINCE) };
  const own = `/blocs/bb-${officer.bloc}/years/${year}`;
  const [officerCookie, staffCookie] = [await signIn(base, benchUsername(1), BENCH_PASSWORD), await signIn(base, benchStaffUsername(1), BENCH_PASSWORD)];
  const pages: RenderedPage[] = [
    { name: "home (officer)", path: "/", cookie: officerCookie },
    { name: "home (board)", path: "/", cookie: staffCookie },
    { name: "bloc year overview", path: own, cookie: officerCookie },
    { name: "scoring sheet", path: sheetPath(officer, year), cookie: officerCookie },
    // A member unit sees the ranking only once approved: the board's view is the one rendered in full.
    { name: "ranking (board)", path: `${own}/ranking`, cookie: staffCookie },
    { name: "pledge", path: `${own}/pledge`, cookie: officerCookie },
    { name: "inbox (officer)", path: "/thong-bao", cookie: officerCookie },
  ];
  // Each again as a click inside the app reaches it: its RSC payload, no HTML, the click made on
  // the home page (on the inbox, for the home page itself), so the app's shell is not rendered again.
  const navigations = pages.map((p) => ({ ...p, name: `${p.name}${NAVIGATION}`, navigation: true, from: p.path === "/" ? "/thong-bao" : "/" }));
  return [...pages, ...navigations];
}

async function measureRendered(base: string, pid: number, rounds: number, meters: Meters) {
  return renderedVsSignIn(base, pid, await mainPages(base), rounds, meters);
}

export async function runSetup(name: SetupName, options: SetupOptions): Promise<SetupRun> {
  const setup = SETUPS[name];
  const { officers, staff } = crowd(options.users);
  const started = performance.now();
  const database = setup.engine === "pglite" ? await pgliteDatabase() : await postgresDatabase("rush");
  try {
    await seedDatabase(database, staff);
    console.log(`[rush ${name}] data set seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const unread = await unreadCountCost(database.url);
    const env = { DATABASE_URL: database.url, ...database.appEnv, NEXTAUTH_SECRET: "bench-secret-0123456789abcdef" };
    const target = await startTarget(setup, options.port, env);
    let rush: SetupRun["rush"];
    try {
      console.log(`[rush ${name}] ${officers} officers and ${staff} board staff: ${options.rampSeconds} s ramp-up, ${options.seconds} s measured`);
      const { seconds, rampSeconds, seed } = options;
      const crowdRun = await runRush({
        base: target.base,
        shape: PROVINCE,
        officers,
        staff,
        password: BENCH_PASSWORD,
        seconds,
        rampSeconds,
        seed,
        serverPids: target.pids,
      });
      rush = { ...crowdRun, unread_count: unread };
    } finally {
      await target.stop();
    }
    if (options.renderRounds === null) return { rush, rendered: null };
    // Its database connections go through a statement counter (bench/sql-count.ts) on port + 2.
    const counter = await startSqlCounter(database.url, options.port + 2);
    const rendering = await startApp(options.port + 1, { ...env, DATABASE_URL: counter.url });
    const databaseCpu = setup.engine === "postgres" ? await databaseCpuMeter(database.url) : null;
    try {
      const meters: Meters = { sql: counter.statements, ...(databaseCpu ? { db_cpu_ms: databaseCpu.read } : {}) };
      return { rush, rendered: await measureRendered(rendering.base, rendering.process.pid!, options.renderRounds, meters) };
    } finally {
      await rendering.stop();
      await counter.close();
      await databaseCpu?.close();
    }
  } finally {
    await database.drop();
  }
}
