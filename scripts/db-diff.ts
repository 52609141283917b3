// Creates the next migration after a change to prisma/schema.prisma, fully offline:
//
//   npm run db:diff -- <name>        (or: npx tsx scripts/db-diff.ts <name>)
//
// Replays prisma/migrations on a scratch in-memory PGlite (no DATABASE_URL, no server,
// no internet), diffs that against the schema and writes
// prisma/migrations/<UTC YYYYMMDDHHMMSS>_<name>/migration.sql. Prints "no changes" and
// writes nothing when the schema already matches. Review the SQL before committing:
// hand-written parts (triggers, data fixes) are yours to add.
import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { diffMigrationsToSchema } from "../prisma/engine/diff.mjs";

const root = path.resolve(import.meta.dirname, "..");
const migrationsDir = path.join(root, "prisma/migrations");
const schemaPath = path.join(root, "prisma/schema.prisma");

// Same shape as `prisma migrate dev` names: lower-case words joined by "_".
const name = (process.argv[2] ?? "")
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, "_")
  .replace(/^_+|_+$/g, "");
if (!name) {
  console.error("usage: npm run db:diff -- <migration_name>");
  process.exit(1);
}

const sql = await diffMigrationsToSchema({ migrationsDir, schemaPath });
if (sql === null) {
  console.log("no changes");
  process.exit(0);
}

const timestamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14); // UTC YYYYMMDDHHMMSS
// Migrations run in folder-name order: a new one must sort after every existing one.
const existing = (await readdir(migrationsDir, { withFileTypes: true }))
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const last = existing.at(-1);
if (last && last.slice(0, 14) >= timestamp) {
  console.error(`refusing to write: ${timestamp} does not sort after the latest migration ${last}`);
  process.exit(1);
}

const dir = path.join(migrationsDir, `${timestamp}_${name}`);
await mkdir(dir);
await writeFile(path.join(dir, "migration.sql"), sql.endsWith("\n") ? sql : `${sql}\n`);
console.log(`wrote ${path.relative(root, dir)}/migration.sql`);
process.exit(0); // the engine never closes its (idle) main-database pool, so do not wait for it
