import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";

// Two production servers of the app on one PostgreSQL database behind Debian's nginx, round robin
// on loopback, as a province scales out (deploy/nginx-site.conf). The first instance migrates and
// seeds the demo data; the second finds them there.
const ADMIN_URL = process.env.TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const DATABASE = "tdk_e2e_two_instances";
const base = Number(process.env.E2E_PORT ?? 3100) + 60;
export const instancePorts = [base + 1, base + 2] as const;
export const proxyPort = base;
export const proxyUrl = `http://localhost:${proxyPort}`;
export const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p));

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
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "warn",
    } as unknown as NodeJS.ProcessEnv,
    stdio: "ignore",
    detached: true,
  });
  await waitFor(`http://127.0.0.1:${port}/api/ready`, child, `the instance on ${port}`);
  return child;
}

/** nginx in a folder of its own: round robin over both instances, naming the one that answered in X-Upstream. */
export async function startProxy(): Promise<ChildProcess> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "tdk-nginx-"));
  const conf = `
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream app {
    server 127.0.0.1:${instancePorts[0]};
    server 127.0.0.1:${instancePorts[1]};
  }
  server {
    listen 127.0.0.1:${proxyPort};
    client_max_body_size 30m;
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Forwarded-For $remote_addr;
      add_header X-Upstream $upstream_addr always;
    }
  }
}`;
  await writeFile(path.join(dir, "nginx.conf"), conf);
  const child = spawn(NGINX!, ["-c", path.join(dir, "nginx.conf"), "-p", dir], { stdio: "ignore", detached: true });
  await waitFor(`${proxyUrl}/api/health`, child, "nginx");
  return child;
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
