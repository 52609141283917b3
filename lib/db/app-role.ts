import pg from "pg";
import { applyMigrations } from "@/lib/db/migrate";

// Two database roles on PostgreSQL (README "Deploy for a province", docs/SECURITY.md): the owner
// of the tables runs migrations and restores; the app connects as a role that may read and write
// rows but never change the schema, and on the audit log only add and read entries. Not being the
// owner, it cannot drop or disable the audit log's triggers either. PGlite has one role: none of
// this applies to the embedded database.

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The owner's URL for migrations and restores: MIGRATION_DATABASE_URL beside a DATABASE_URL, else the app's own (always on the embedded database). */
export function ownerUrl(appUrl: string, source: Record<string, string | undefined> = process.env): string {
  return (source.DATABASE_URL && source.MIGRATION_DATABASE_URL) || appUrl;
}

const userOf = (url: string) => decodeURIComponent(new URL(url).username) || null;

/**
 * Privileges of the app's role, set exactly (everything revoked, then granted) so an older, wider
 * grant does not linger. Run by the owner after migrations; default privileges cover the tables
 * and sequences its later migrations create, and the next run sets them exactly again.
 */
export function appRoleGrants(role: string): string[] {
  const r = q(role);
  return [
    `GRANT USAGE ON SCHEMA public TO ${r}`,
    `REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`,
    // The app only reads the migration log, to see that nothing is pending at start.
    `REVOKE INSERT, UPDATE, DELETE ON "_prisma_migrations" FROM ${r}`,
    // Entries are added and read, never changed or removed.
    `REVOKE UPDATE, DELETE ON "AuditLog" FROM ${r}`,
    `REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${r}`,
    // UPDATE: the audit chain's trigger moves its sequence past restored entries (setval).
    `GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${r}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${r}`,
  ];
}

/** What would still let the role rewrite the audit log; empty when it cannot. */
async function weaknesses(client: pg.Client, role: string): Promise<string[]> {
  const { rows } = await client.query<{ superuser: boolean; owner: boolean; create: boolean }>(
    `SELECT r.rolsuper AS superuser,
            pg_has_role(r.oid, c.relowner, 'MEMBER') AS owner,
            has_schema_privilege(r.oid, 'public', 'CREATE') AS "create"
       FROM pg_roles r, pg_class c WHERE r.rolname = $1 AND c.oid = '"AuditLog"'::regclass`,
    [role],
  );
  const [w] = rows;
  return [
    ...(w.superuser ? [`${role} là superuser / is a superuser`] : []),
    ...(w.owner ? [`${role} sở hữu bảng AuditLog / owns the AuditLog table`] : []),
    ...(w.create ? [`${role} được tạo đối tượng trong schema public / may create objects in schema public (REVOKE CREATE ON SCHEMA public FROM PUBLIC)`] : []),
  ];
}

/** A migration refused for want of privileges: the app's role was used where the owner's is needed. */
export function lacksPrivileges(error: unknown): boolean {
  return ((error as Error).cause as { code?: string } | undefined)?.code === "42501";
}

/** The line for the person starting the app when it runs as the app's role with migrations pending. */
export const NEEDS_OWNER =
  "Vai trò của ứng dụng không được đổi lược đồ: chạy `npm run db:migrate` với MIGRATION_DATABASE_URL (vai trò chủ sở hữu) trước / " +
  "The app's role may not change the schema: run `npm run db:migrate` with MIGRATION_DATABASE_URL (the owner's role) first";

export type MigrateResult = { applied: string[]; appRole: string | null; warnings: string[] };

/**
 * Applies pending migrations as the owner, then, when the app connects as another role, sets that
 * role's privileges. With one URL (the embedded database, or a deployment that has not split its
 * roles) it only migrates.
 */
export async function migrateAs(appUrl: string, owner = ownerUrl(appUrl)): Promise<MigrateResult> {
  const applied = await applyMigrations(owner);
  const role = userOf(appUrl);
  if (owner === appUrl || !role || role === userOf(owner)) return { applied, appRole: null, warnings: [] };
  const client = new pg.Client({ connectionString: owner });
  await client.connect();
  try {
    await client.query("BEGIN");
    for (const sql of appRoleGrants(role)) await client.query(sql);
    await client.query("COMMIT");
    return { applied, appRole: role, warnings: await weaknesses(client, role) };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
