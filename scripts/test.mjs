// `npm test`: every tier — unit and integration on the embedded database, then integration
// again on PostgreSQL when one is reachable (always in CI; four rule matrices run there only);
// beside them, the build and then end-to-end in Chromium.
import { spawn, spawnSync } from "node:child_process";
import { createWriteStream, mkdirSync, readFileSync, rmSync } from "node:fs";
import { once } from "node:events";
import os from "node:os";
import pg from "pg";
import { findChromium } from "./find-chromium.mjs";

const chromium = await findChromium();
if (!chromium) {
  console.error("Chromium was not found. Install it with:\n\n  sudo apt-get install -y chromium-headless-shell\n");
  process.exit(1);
}

// The conformance sweep (tests/integration/documents-conformance.test.ts) opens every DOCX and XLSX
// in LibreOffice and reads what it prints with poppler.
const missingTools = ["soffice", "pdfinfo", "pdftotext"].filter((tool) => spawnSync("sh", ["-c", `command -v ${tool}`]).status !== 0);
if (missingTools.length) {
  console.error(
    `${missingTools.join(", ")} not found. Install them with:\n\n  sudo apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils\n`,
  );
  process.exit(1);
}

const pgUrl = process.env.TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
async function postgresReachable() {
  const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

mkdirSync("test-results", { recursive: true });
const totals = { passed: 0, failed: 0 };
let failedSteps = [];
// CI keeps only the tail of the output, so the failed tests are named again at the end.
const failedTests = [];
const firstLine = (text) =>
  String(text ?? "")
    .replace(/\x1b\[[0-9;]*m/g, "")
    .split("\n")
    .find((line) => line.trim()) ?? "";

// A tier runs as a child process with its output kept in a file, printed whole when it ends, so
// tiers that run side by side do not interleave their reports.
async function run(label, command, args, env = {}) {
  console.log(`=== ${label}: started ===`);
  const started = Date.now();
  const log = `test-results/${label.replace(/\W+/g, "-").toLowerCase()}.log`;
  const out = createWriteStream(log);
  await once(out, "open");
  const child = spawn(command, args, { stdio: ["ignore", out, out], env: { ...process.env, ...env } });
  // A command that cannot start (not found) counts as a failed tier, not a crash of the runner.
  const code = await once(child, "exit").then(
    ([c]) => c,
    () => 1,
  );
  out.end();
  await once(out, "close");
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  console.log(`\n=== ${label} (${minutes} min) ===\n${readFileSync(log, "utf8")}`);
  if (code !== 0) failedSteps.push(label);
  return code === 0;
}

function countVitest(file) {
  try {
    const r = JSON.parse(readFileSync(file, "utf8"));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    for (const suite of r.testResults) {
      const file = suite.name.replace(`${process.cwd()}/`, "");
      const failed = suite.assertionResults.filter((t) => t.status === "failed");
      for (const t of failed) failedTests.push(`${file} › ${t.fullName}: ${firstLine(t.failureMessages[0])}`);
      if (!failed.length && suite.status === "failed") failedTests.push(`${file}: ${firstLine(suite.message)}`);
    }
  } catch {
    totals.failed += 1;
  }
}

function collectPlaywrightFailures(suites) {
  for (const suite of suites ?? []) {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== "unexpected") continue;
        const error = test.results?.at(-1)?.error?.message;
        failedTests.push(`${spec.file}:${spec.line} › ${spec.title}: ${firstLine(error)}`);
      }
    }
    collectPlaywrightFailures(suite.suites);
  }
}

const npx = "npx";
const vitestArgs = (file, ...projects) => [
  "vitest",
  "run",
  ...projects.flatMap((p) => ["--project", p]),
  "--reporter=default",
  "--reporter=json",
  `--outputFile=${file}`,
];

// Four files run on one database, PostgreSQL (production), when one answers: what they check does
// not depend on the engine — every download route for every account, another unit's ids (refused
// before any write), hostile inputs (refused by zod before any query), LibreOffice opening every
// document (docs/PERFORMANCE.md, "Each file on the database it tests"). The action matrix stays
// on both: it is the one file that runs every action's allowed path on the embedded database.
// `npm run test:integration` still runs every file on PGlite.
const ONCE_ON_POSTGRES = ["route-permissions", "cross-access", "bad-input", "documents-conformance"].map((name) => `tests/integration/${name}.test.ts`);

async function pgliteTier(postgres) {
  const args = vitestArgs("test-results/vitest-pglite.json", "unit", "integration");
  if (postgres) args.push(...ONCE_ON_POSTGRES.flatMap((file) => ["--exclude", file]));
  await run("Unit and integration tests (embedded PGlite)", npx, args);
  countVitest("test-results/vitest-pglite.json");
}

async function postgresTier(postgres) {
  if (postgres) {
    // At least two workers (Vitest takes cores − 1): a test file here mostly waits on the server.
    const workers = Math.max(2, os.availableParallelism() - 1);
    const postgresArgs = [...vitestArgs("test-results/vitest-postgres.json", "integration"), `--maxWorkers=${workers}`];
    await run("Integration tests (PostgreSQL)", npx, postgresArgs, { TEST_DB: "postgres", TEST_PG_URL: pgUrl });
    countVitest("test-results/vitest-postgres.json");
  } else if (process.env.CI) {
    console.error(`PostgreSQL is not reachable at ${pgUrl}; CI requires it.`);
    failedSteps.push("PostgreSQL");
  } else {
    console.warn(`\nPostgreSQL not reachable at ${pgUrl}: integration tests ran on PGlite only.`);
  }
}

async function browserTier() {
  if (process.env.SKIP_E2E === "1") return;
  rmSync(".next", { recursive: true, force: true });
  if (!(await run("Build", npx, ["next", "build"], { NEXT_TELEMETRY_DISABLED: "1" }))) return;
  await run("End-to-end tests (Chromium)", npx, ["playwright", "test"], { CHROMIUM_PATH: chromium });
  try {
    const r = JSON.parse(readFileSync("test-results/playwright.json", "utf8"));
    totals.passed += r.stats.expected;
    totals.failed += r.stats.unexpected;
    collectPlaywrightFailures(r.suites);
  } catch {
    totals.failed += 1;
  }
}

// The tiers run side by side (docs/PERFORMANCE.md, "The test suite's time in CI"): the build and
// the browser journeys beside the database tiers, which run one after the other. The journeys
// leave part of the machine idle (they wait on Chromium and the server); all three tiers at once
// were no faster and slowed a hook past its one-minute limit.
const started = Date.now();
const postgres = await postgresReachable();
await Promise.all([pgliteTier(postgres).then(() => postgresTier(postgres)), browserTier()]);
console.log(`\nAll tiers in ${((Date.now() - started) / 60_000).toFixed(1)} min`);
console.log(`\nAll tiers: ${totals.passed} passed, ${totals.failed} failed`);
if (failedSteps.length) {
  for (const test of failedTests) console.error(`  ✗ ${test.slice(0, 400)}`);
  console.error(`Failed: ${failedSteps.join(", ")}`);
  process.exit(1);
}
