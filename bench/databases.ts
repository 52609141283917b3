// The databases the benchmark runs the app on: a scratch PostgreSQL database (BENCH_PG_URL names
// the server) or a fresh PGlite folder served on loopback, each with the pool size `npm start`
// gives the app on that engine, and a way to drop it.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startEmbedded } from "@/lib/db/embedded";
import { createScratchDatabase } from "./scratch-db";

export const PG_URL = process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export type Database = { url: string; poolMax: string; drop: () => Promise<void> };

export async function postgresDatabase(purpose = "province"): Promise<Database> {
  return { ...(await createScratchDatabase(PG_URL, `tdk_bench_${purpose}_${process.pid}`)), poolMax: "10" };
}

export async function pgliteDatabase(): Promise<Database> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "tdk-bench-"));
  const embedded = await startEmbedded({ dataDir: path.join(dir, "db") });
  // The pool size `npm start` gives the app on the embedded database (scripts/serve.ts).
  return { url: embedded.url, poolMax: "8", drop: async () => (await embedded.stop(), await rm(dir, { recursive: true, force: true })) };
}
