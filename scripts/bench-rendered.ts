// The main pages rendered against the sign-in page (bench/rush/rendered.ts) without the rush, to
// compare builds: each build named in RENDER_DIST_DIRS (comma-separated; default NEXT_DIST_DIR or
// .next) gets its own server on one freshly seeded rush database, and the builds are measured in
// turn RENDER_REPEATS times (default 3), so a busy spell of a shared machine falls on each alike.
// Prints each build's CPU per request and ratio per page (and PostgreSQL's CPU per request for
// the page, with the builds measured one after the other), each repeat and the medians, and each
// page's body as rendered (uncompressed and gzipped; for a full load, also the RSC payload the
// HTML carries inline). RENDER_ROUNDS (default 5) rounds of 5 requests per page and repeat, after
// RENDER_WARM_UP (default 20) requests of each page on each server.
// BENCH_PORT (default 3410): the servers on it and up, their statement counters after them.
// While working on a page: RENDER_KEEP=1 keeps the seeded database and prints its URL, which
// RENDER_DATABASE_URL then reuses; RENDER_DUMP=<folder> writes each page's body there;
// RENDER_PAGES="scoring sheet,pledge (navigation)" measures only the pages so named.
// RENDER_VARIANTS="DATABASE_PREPARED_STATEMENTS=off,DATABASE_PREPARED_STATEMENTS=on" compares one
// build started with different settings instead (several in a variant joined by "&").
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { POSTGRES_APP_ENV, postgresDatabase } from "../bench/databases";
import { getPage, pageBody } from "../bench/http";
import { startSqlCounter, type SqlCounter } from "../bench/sql-count";
import { startApp, type RunningApp } from "../bench/server";
import { renderedVsSignIn, type RenderedPage, type RenderedVsSignIn } from "../bench/rush/rendered";
import { crowd, mainPages, seedDatabase } from "../bench/rush/setups";
import { databaseCpuMeter } from "../bench/rush/cpu";

const variants = process.env.RENDER_VARIANTS?.split(",").filter(Boolean);
const builds = variants ?? (process.env.RENDER_DIST_DIRS ?? process.env.NEXT_DIST_DIR ?? ".next").split(",").filter(Boolean);
// A variant is "NAME=value" (several joined by "&"): one build, started with those variables.
const startEnv = (dist: string) =>
  variants ? Object.fromEntries(dist.split("&").map((kv) => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)])) : { NEXT_DIST_DIR: dist };
const repeats = Number(process.env.RENDER_REPEATS ?? 3);
const rounds = Number(process.env.RENDER_ROUNDS ?? 5);
const warmUp = Number(process.env.RENDER_WARM_UP ?? 20);
const port = Number(process.env.BENCH_PORT ?? 3410);
const only = process.env.RENDER_PAGES?.split(",");

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
// The RSC payload a full load inlines for hydration: the strings pushed to self.__next_f.
const inlinePayload = (html: string) => [...html.matchAll(/<script>self\.__next_f\.push\((.*?)\)<\/script>/gs)].reduce((n, m) => n + m[1].length, 0);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const reused = process.env.RENDER_DATABASE_URL;
const database = reused ? { url: reused, appEnv: POSTGRES_APP_ENV, drop: async () => {} } : await postgresDatabase("rendered");
const dump = process.env.RENDER_DUMP;
const servers: { dist: string; app: RunningApp; counter: SqlCounter; pages: RenderedPage[]; runs: RenderedVsSignIn[] }[] = [];
let databaseCpu: Awaited<ReturnType<typeof databaseCpuMeter>> = null;
try {
  if (!reused) await seedDatabase(database, crowd(420).staff);
  const env = { DATABASE_URL: database.url, ...database.appEnv, NEXTAUTH_SECRET: "bench-secret-0123456789abcdef" };
  databaseCpu = await databaseCpuMeter(database.url);
  for (const [i, dist] of builds.entries()) {
    const counter = await startSqlCounter(database.url, port + builds.length + i);
    const app = await startApp(port + i, { ...env, DATABASE_URL: counter.url, ...startEnv(dist) });
    servers.push({ dist, app, counter, pages: (await mainPages(app.base)).filter((p) => !only || only.includes(p.name)), runs: [] });
  }
  for (const s of servers) {
    console.log(`\n${s.dist}: body per page, KB`);
    const sizes: Record<string, object> = {};
    for (const p of [{ name: "sign-in", path: "/login", cookie: "", navigation: false }, ...s.pages]) {
      const body = await pageBody(s.app.base, p.path, p.cookie, p.navigation, "from" in p ? p.from : undefined);
      const bytes = Buffer.byteLength(body);
      if (dump) {
        mkdirSync(dump, { recursive: true });
        writeFileSync(path.join(dump, `${p.name.replace(/\W+/g, "-")}.${p.navigation ? "rsc" : "html"}`), body);
      }
      sizes[p.name] = { body: kb(bytes), gzip: kb(gzipSync(body).byteLength), ...(p.navigation ? {} : { "inline RSC": kb(inlinePayload(body)) }) };
    }
    console.table(sizes);
  }
  // Each page some times first on each server, so the measured requests run optimised code on all alike.
  for (const s of servers)
    for (const p of [{ path: "/login", cookie: "", navigation: false }, ...s.pages])
      for (let i = 0; i < warmUp; i++) await getPage(s.app.base, p.path, p.cookie, p.navigation, "from" in p ? p.from : undefined);
  for (let r = 0; r < repeats; r++) {
    for (const s of servers) {
      const run = await renderedVsSignIn(s.app.base, s.app.process.pid!, s.pages, rounds, {
        sql: s.counter.statements,
        ...(databaseCpu ? { db_cpu_ms: databaseCpu.read } : {}),
      });
      s.runs.push(run);
      console.log(
        `${s.dist} repeat ${r + 1}: sign-in ${run.pages["sign-in"].cpu_ms} ms; ${Object.entries(run.ratio)
          .map(([p, x]) => `${p} ${x}`)
          .join(", ")}`,
      );
    }
  }
  for (const s of servers.filter((s) => s.runs.length > 0)) {
    console.log(`\n${s.dist}: medians of ${repeats} repeats (CPU ms per request, ÷ sign-in, SQL statements, PostgreSQL's CPU ms per request)`);
    console.table(
      Object.fromEntries(
        Object.keys(s.runs[0].pages).map((page) => [
          page,
          {
            "CPU ms": median(s.runs.map((run) => run.pages[page].cpu_ms ?? NaN)),
            "÷ sign-in": page === "sign-in" ? 1 : median(s.runs.map((run) => run.ratio[page])),
            SQL: s.runs[0].pages[page].sql,
            "DB CPU ms": median(s.runs.map((run) => run.pages[page].db_cpu_ms ?? NaN)),
          },
        ]),
      ),
    );
  }
} finally {
  await databaseCpu?.close();
  for (const s of servers) {
    await s.app.stop();
    await s.counter.close();
  }
  if (process.env.RENDER_KEEP === "1" && !reused) console.log(`\nKept: RENDER_DATABASE_URL=${database.url}`);
  else await database.drop();
}
process.exit(0);
