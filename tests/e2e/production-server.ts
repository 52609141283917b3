import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import pg from "pg";

// A production server of its own for the first-run journey: an empty PostgreSQL database, no demo
// data, NODE_ENV=production, set up from the command line as the README tells a province to.
const ADMIN_URL = process.env.TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const DATABASE = "tdk_e2e_first_run";

export const productionPort = Number(process.env.E2E_PORT ?? 3100) + 50;
export const productionUrl = `http://localhost:${productionPort}`;

function databaseUrl() {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${DATABASE}`;
  return url.toString();
}

export async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

export async function emptyDatabase() {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

function productionEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl(),
    NEXTAUTH_URL: productionUrl,
    NEXTAUTH_SECRET: "first-run-e2e-secret-not-for-production-0123",
    NEXT_TELEMETRY_DISABLED: "1",
    ...extra,
  };
}

/** `npm run setup` with SETUP_* variables: its exit code and what it printed. */
export function runSetup(env: Record<string, string>) {
  const res = spawnSync("npx", ["tsx", "scripts/setup.ts"], { env: productionEnv(env), encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  return { code: res.status, output: `${res.stdout}${res.stderr}` };
}

export async function startProductionServer(): Promise<ChildProcess> {
  const child = spawn("npx", ["tsx", "scripts/serve.ts", "start", "-p", String(productionPort)], { env: productionEnv(), stdio: "ignore", detached: true });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the production server exited with ${child.exitCode}`);
    const ok = await fetch(`${productionUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the production server did not answer /api/health within 120 s");
}

export function stopProductionServer(child: ChildProcess | undefined) {
  // npx → tsx → node: the whole process group goes.
  if (child?.pid) process.kill(-child.pid, "SIGTERM");
}
