import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

// Applies prisma/migrations with no network and no Prisma engine, writing the same
// `_prisma_migrations` rows as `prisma migrate deploy`, so either tool can take over.
const MIGRATIONS_DIR = path.resolve(process.cwd(), "prisma/migrations");
const LOCK_KEY = 72707369; // the advisory lock key Prisma Migrate uses

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

type Row = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

export async function listMigrations(dir = MIGRATIONS_DIR): Promise<{ name: string; sql: string }[]> {
  // turbopackIgnore: read from the checkout at run time, not bundled; traced, it pulls in the whole project.
  const entries = await readdir(/*turbopackIgnore: true*/ dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(names.map(async (name) => ({ name, sql: await readFile(path.join(dir, name, "migration.sql"), "utf8") })));
}

export async function applyMigrations(connectionString: string, dir = MIGRATIONS_DIR): Promise<string[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    // Checked first: even IF NOT EXISTS needs the right to create, which the app's role lacks (lib/db/app-role.ts).
    const { rows: found } = await client.query<{ ok: boolean }>(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS ok`);
    if (!found[0].ok) await client.query(CREATE_TABLE);
    const { rows } = await client.query<Row>(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`);
    const done = new Map(rows.filter((r) => !r.rolled_back_at).map((r) => [r.migration_name, r]));
    for (const { name, sql } of await listMigrations(dir)) {
      const checksum = createHash("sha256").update(sql).digest("hex");
      const row = done.get(name);
      if (row?.finished_at) {
        if (row.checksum !== checksum) console.warn(`[migrate] ${name} was edited after it was applied`);
        continue;
      }
      if (row) throw new Error(`Migration ${name} failed earlier; resolve it before continuing`);
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query(`INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`, [
          randomUUID(),
          checksum,
          name,
        ]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${name} failed: ${(error as Error).message}`, { cause: error });
      }
      applied.push(name);
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => {});
    await client.end();
  }
  return applied;
}

/**
 * The migrations of prisma/migrations not applied (finished, not rolled back) to the database the
 * app uses: an instance started on a database behind its code is not ready (/api/ready).
 */
export async function pendingMigrations(finished: () => Promise<string[]>, dir = MIGRATIONS_DIR): Promise<string[]> {
  const applied = new Set(await finished());
  return (await listMigrations(dir)).map((m) => m.name).filter((name) => !applied.has(name));
}
