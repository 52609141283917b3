import { spawn, type ChildProcess } from "node:child_process";
import pg from "pg";
import { startNginx } from "@/bench/nginx";

export { NGINX } from "@/bench/nginx";

// Two production servers of the app on one PostgreSQL database behind Debian's nginx, round robin
// on loopback, as a province scales out (deploy/nginx-site.conf). The first instance migrates and
// seeds the demo data; the second finds them there.
const ADMIN_URL = process.env.TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const DATABASE = "tdk_e2e_two_instances";
const base = Number(process.env.E2E_PORT ?? 3100) + 60;
export const instancePorts = [base + 1, base + 2] as const;
export const proxyPort = base;
export const proxyUrl = `http://localhost:${proxyPort}`;

export function databaseUrl() {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${DATABASE}`;
  return url.toString();
}

export async function freshDatabase() {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

async function waitFor(url: string, child: ChildProcess, what: string) {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${what} did not answer ${url} within 180 s`);
}

/** One instance, as `npm start` runs it (FILE_STORAGE becomes "database": DATABASE_URL is set). */
export async function startInstance(port: number, dataDir: string): Promise<ChildProcess> {
  // Not NODE_ENV=production: the first instance seeds the demo data into the empty database.
  const inherited: Record<string, string | undefined> = { ...process.env };
  delete inherited.NODE_ENV;
  const child = spawn("npx", ["tsx", "scripts/serve.ts", "start", "-p", String(port)], {
    env: {
      ...inherited,
      DATABASE_URL: databaseUrl(),
      DATA_DIR: dataDir,
      NEXTAUTH_URL: proxyUrl,
      NEXTAUTH_SECRET: "two-instances-e2e-secret-not-for-production",
      TRUSTED_PROXIES: "127.0.0.1,::1",
      // As deploy/env.example: nginx compresses (bench/nginx.ts).
      APP_COMPRESSION: "off",
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "warn",
    } as unknown as NodeJS.ProcessEnv,
    stdio: "ignore",
    detached: true,
  });
  await waitFor(`http://127.0.0.1:${port}/api/ready`, child, `the instance on ${port}`);
  return child;
}

/** nginx round robin over both instances, naming the one that answered in X-Upstream (bench/nginx.ts). */
export async function startProxy() {
  return startNginx(proxyPort, instancePorts);
}

export function stop(child: ChildProcess | undefined) {
  if (child?.pid) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
}

/** Reads the database the instances share. */
export async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
