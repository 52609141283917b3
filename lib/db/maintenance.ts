import type { Db } from "@/lib/db";

/**
 * PostgreSQL's autovacuum keeps each table's statistics (which the planner reads to choose how to
 * run a query) and clears the rows that updates and deletes leave behind. It runs only where its
 * launcher does: not on the embedded database (PGlite is one backend, with no background
 * processes), nor on a server where it is turned off. There the app does it once a night, so the
 * pages' queries are planned on the tables as they are after a year of scores and notices.
 */
export async function autovacuumRuns(client: Db): Promise<boolean> {
  const [row] = await client.$queryRaw<{ runs: boolean }[]>`
    SELECT current_setting('autovacuum') = 'on'
       AND EXISTS (SELECT 1 FROM pg_stat_activity WHERE backend_type = 'autovacuum launcher') AS runs`;
  return row.runs;
}

/** Vacuums and analyzes every table when autovacuum does not; says which it was. */
export async function maintainDatabase(client: Db): Promise<"autovacuum" | "vacuumed"> {
  if (await autovacuumRuns(client)) return "autovacuum";
  // Outside a transaction, as VACUUM must be. A role that does not own a table skips it with a
  // warning (a PostgreSQL server with a separate app role, whose owner should turn autovacuum on).
  await client.$executeRaw`VACUUM (ANALYZE)`;
  return "vacuumed";
}
