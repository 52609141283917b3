// The databases the benchmark runs the app on: a scratch PostgreSQL database (BENCH_PG_URL names
// the server) or a fresh PGlite folder served on loopback, each with the settings `npm start`
// gives the app on that engine (scripts/serve.ts: the pool's size, prepared statements), and a way to drop it.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startEmbedded } from "@/lib/db/embedded";
import { createScratchDatabase } from "./scratch-db";

export const PG_URL = process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export type Database = { url: string; appEnv: Record<string, string>; drop: () => Promise<void> };

// As scripts/serve.ts: prepared statements on unless DATABASE_PREPARED_STATEMENTS says otherwise.
export const POSTGRES_APP_ENV = { DATABASE_POOL_MAX: "10", DATABASE_PREPARED_STATEMENTS: process.env.DATABASE_PREPARED_STATEMENTS ?? "on" };

export async function postgresDatabase(purpose = "province"): Promise<Database> {
  return { ...(await createScratchDatabase(PG_URL, `tdk_bench_${purpose}_${process.pid}`)), appEnv: POSTGRES_APP_ENV };
}

export async function pgliteDatabase(): Promise<Database> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "tdk-bench-"));
  const embedded = await startEmbedded({ dataDir: path.join(dir, "db") });
  return {
    url: embedded.url,
    appEnv: { DATABASE_POOL_MAX: "8", DATABASE_PREPARED_STATEMENTS: "off" },
    drop: async () => (await embedded.stop(), await rm(dir, { recursive: true, force: true })),
  };
}
