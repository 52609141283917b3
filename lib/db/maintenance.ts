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

/**
 * Vacuums and analyzes every table when autovacuum does not; says which it was. A role vacuums
 * only the tables it owns: the app's own role on a server (deploy/roles.sql) owns none, and there
 * nothing can be done but to say that autovacuum must be turned on ("not-owner").
 */
export async function maintainDatabase(client: Db): Promise<"autovacuum" | "vacuumed" | "not-owner"> {
  if (await autovacuumRuns(client)) return "autovacuum";
  const [owned] = await client.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
     WHERE s.nspname = current_schema() AND c.relkind = 'r' AND pg_has_role(current_user, c.relowner, 'USAGE')`;
  if (owned.n === 0) return "not-owner";
  // Outside a transaction, as VACUUM must be.
  await client.$executeRaw`VACUUM (ANALYZE)`;
  return "vacuumed";
}
