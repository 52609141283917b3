import { readFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { startEmbedded } from "@/lib/db/embedded";
import { adminQuery, databaseUrl, usePostgres } from "./test-db";

// Runs before each test file: a fresh copy of the migrated template, reached through
// DATABASE_URL exactly as the app reaches its database.
const template = inject("template");
let cleanup: () => Promise<void>;

if (usePostgres) {
  const name = `tdk_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  process.env.DATABASE_URL = databaseUrl(name);
  cleanup = () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
} else {
  const embedded = await startEmbedded({ dataDir: null, loadFrom: new Blob([await readFile(template)]) });
  process.env.DATABASE_URL = embedded.url;
  cleanup = embedded.stop;
}
// PGlite has one session: more than one connection to it mixes up concurrent queries (scripts/serve.ts).
process.env.DATABASE_POOL_MAX ??= usePostgres ? "4" : "1";
// As `npm start` runs on each engine (scripts/serve.ts): the hot statements kept prepared on PostgreSQL.
process.env.DATABASE_PREPARED_STATEMENTS ??= usePostgres ? "on" : "off";

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await cleanup();
});
