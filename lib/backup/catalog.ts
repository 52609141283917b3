import type pg from "pg";

// What the backup reads from the database's own catalog at run time, so a table or column
// added by a later migration is included without touching this code.

export type Column = { name: string; type: string; json: boolean; identity: boolean };
export type Table = { name: string; columns: Column[]; primaryKey: string[]; parents: string[] };

export const MIGRATIONS_TABLE = "_prisma_migrations";

export function ident(name: string) {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Every table of the public schema except Prisma's migration log, with its stored columns (generated ones left out). */
export async function readTables(client: pg.ClientBase): Promise<Table[]> {
  const { rows } = await client.query<{ name: string; columns: Column[]; primaryKey: string[] | null; parents: string[] | null }>(
    `SELECT c.relname AS name,
            (SELECT json_agg(json_build_object(
                       'name', a.attname,
                       'type', format_type(a.atttypid, a.atttypmod),
                       'json', a.atttypid IN ('json'::regtype, 'jsonb'::regtype),
                       'identity', a.attidentity = 'a') ORDER BY a.attnum)
               FROM pg_attribute a
              WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') AS columns,
            (SELECT array_agg(a.attname::text ORDER BY array_position(i.indkey::int2[], a.attnum))
               FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
              WHERE i.indrelid = c.oid AND i.indisprimary) AS "primaryKey",
            (SELECT array_agg(DISTINCT p.relname::text)
               FROM pg_constraint k JOIN pg_class p ON p.oid = k.confrelid
              WHERE k.conrelid = c.oid AND k.contype = 'f' AND k.confrelid <> c.oid) AS parents
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> $1
      ORDER BY c.relname`,
    [MIGRATIONS_TABLE],
  );
  return rows.map((r) => ({ ...r, primaryKey: r.primaryKey ?? [], parents: r.parents ?? [] }));
}

/** Parents before children (foreign keys), ties by name. A cycle between tables cannot be ordered and throws. */
export function insertOrder(tables: Table[]): Table[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const done = new Set<string>();
  const out: Table[] = [];
  while (out.length < tables.length) {
    const ready = tables.filter((t) => !done.has(t.name) && t.parents.every((p) => done.has(p) || !byName.has(p)));
    if (!ready.length)
      throw new Error(
        `Foreign keys form a cycle among: ${tables
          .filter((t) => !done.has(t.name))
          .map((t) => t.name)
          .join(", ")}`,
      );
    for (const t of ready) {
      done.add(t.name);
      out.push(t);
    }
  }
  return out;
}

/** The names of the sequences in the public schema. */
export async function readSequences(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY c.relname`,
  );
  return rows.map((r) => r.name);
}

/** Migrations recorded as applied (finished, not rolled back); empty when the database has none. */
export async function readAppliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const { rows: exists } = await client.query<{ ok: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS ok`, [`public.${ident(MIGRATIONS_TABLE)}`]);
  if (!exists[0].ok) return [];
  const { rows } = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM ${ident(MIGRATIONS_TABLE)}
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((r) => r.name);
}

/** The first table holding a row, or null when every table is empty. */
export async function firstNonEmptyTable(client: pg.ClientBase, tables: Table[]): Promise<string | null> {
  for (const t of tables) {
    const { rows } = await client.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${ident(t.name)}) AS any`);
    if (rows[0].any) return t.name;
  }
  return null;
}
