import { createHash } from "node:crypto";
import { mkdir, mkdtemp, open, readdir, rename, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { ident, readAppliedMigrations, readSequences, readTables, type Table } from "@/lib/backup/catalog";
import { FORMAT, FORMAT_VERSION, JSON_NULL_KEY, MANIFEST, fileMember, hashFile, isStoredName, tableMember, type Manifest } from "@/lib/backup/manifest";
import { tarGzWriter } from "@/lib/backup/tar";

export type BackupSummary = { file: string; tables: number; rows: number; files: number; bytes: number; seconds: number; missingFiles: string[] };

const FETCH_ROWS = 2000;

/**
 * Writes the whole database (every public table but the migration log, and the sequences)
 * and the stored files to one .tar.gz. The rows come from one REPEATABLE READ snapshot, so
 * they are consistent with each other while the app keeps running. `out` must not exist;
 * the archive appears under that name only once complete.
 */
export async function createBackup(opts: { url: string; filesDir: string; out: string }): Promise<BackupSummary> {
  const started = performance.now();
  const work = await mkdtemp(path.join(os.tmpdir(), "tdk-backup-"));
  const partial = `${opts.out}.partial`;
  try {
    await mkdir(path.join(work, "tables"));
    const { manifest, referencedFiles } = await dumpDatabase(opts.url, work);
    const files = await storedFiles(opts.filesDir);
    for (const name of files) manifest.members[fileMember(name)] = await hashFile(path.join(opts.filesDir, name));
    await mkdir(path.dirname(path.resolve(opts.out)), { recursive: true });
    const tar = tarGzWriter(partial);
    try {
      await tar.addBuffer(MANIFEST, Buffer.from(JSON.stringify(manifest, null, 2)));
      for (const table of Object.keys(manifest.tables)) {
        const member = tableMember(table);
        await tar.addFile(member, path.join(work, member), manifest.members[member].size);
      }
      for (const name of files) await tar.addFile(fileMember(name), path.join(opts.filesDir, name), manifest.members[fileMember(name)].size);
    } finally {
      await tar.close();
    }
    await rename(partial, opts.out);
    const have = new Set(files);
    return {
      file: opts.out,
      tables: Object.keys(manifest.tables).length,
      rows: Object.values(manifest.tables).reduce((n, t) => n + t.rows, 0),
      files: files.length,
      bytes: (await stat(opts.out)).size,
      seconds: (performance.now() - started) / 1000,
      missingFiles: referencedFiles.filter((f) => !have.has(f)),
    };
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function storedFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  return entries
    .filter((e) => e.isFile() && isStoredName(e.name))
    .map((e) => e.name)
    .sort();
}

async function dumpDatabase(url: string, work: string): Promise<{ manifest: Manifest; referencedFiles: string[] }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const manifest: Manifest = {
      format: FORMAT,
      version: FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      migrations: await readAppliedMigrations(client),
      tables: {},
      sequences: {},
      members: {},
    };
    for (const table of await readTables(client)) {
      const member = tableMember(table.name);
      const { rows, ...hashed } = await dumpTable(client, table, path.join(work, member));
      manifest.tables[table.name] = { rows, columns: table.columns.map((c) => c.name) };
      manifest.members[member] = hashed;
    }
    for (const name of await readSequences(client)) {
      const { rows } = await client.query<{ lastValue: string; isCalled: boolean }>(
        `SELECT last_value::text AS "lastValue", is_called AS "isCalled" FROM ${ident(name)}`,
      );
      manifest.sequences[name] = rows[0];
    }
    const referencedFiles = await attachmentNames(client);
    await client.query("COMMIT");
    return { manifest, referencedFiles };
  } finally {
    await client.end();
  }
}

/** Stored names the rows point at whose bytes are not in the database, to report files missing from the folder. */
async function attachmentNames(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ ok: boolean; chunks: boolean }>(
    `SELECT to_regclass('public."Attachment"') IS NOT NULL AS ok, to_regclass('public."StoredFileChunk"') IS NOT NULL AS chunks`,
  );
  if (!rows[0].ok) return [];
  const inFolder = rows[0].chunks ? ` WHERE NOT EXISTS (SELECT 1 FROM "StoredFileChunk" c WHERE c."storedName" = a."storedName")` : "";
  return (await client.query<{ name: string }>(`SELECT a."storedName" AS name FROM "Attachment" a${inFolder}`)).rows.map((r) => r.name);
}

/** One line per row, exactly as row_to_json prints it (bigints, timestamps and JSON stay text). */
async function dumpTable(client: pg.ClientBase, table: Table, file: string) {
  const order = table.primaryKey.length ? table.primaryKey.map((c) => `t.${ident(c)}`).join(", ") : "t::text";
  const jsonCols = table.columns.filter((c) => c.json);
  const jsonNulls = jsonCols.length
    ? `array_remove(ARRAY[${jsonCols.map((c) => `CASE WHEN ${c.type.startsWith("jsonb") ? "jsonb_typeof" : "json_typeof"}(t.${ident(c.name)}) = 'null' THEN ${pg.escapeLiteral(c.name)} END`).join(", ")}], NULL)`
    : "NULL::text[]";
  // A table of file pieces (bytea, 512 kB a row) is fetched a few rows at a time: 2 000 of them would be a gigabyte.
  const fetchRows = table.columns.some((c) => c.type === "bytea") ? 8 : FETCH_ROWS;
  const cursor = `backup_${table.name.toLowerCase()}`;
  await client.query(
    `DECLARE ${ident(cursor)} NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j, ${jsonNulls} AS n FROM ${ident(table.name)} t ORDER BY ${order}`,
  );
  const handle = await open(file, "wx");
  const hash = createHash("sha256");
  let rows = 0;
  let size = 0;
  try {
    for (;;) {
      const batch = await client.query<{ j: string; n: string[] | null }>(`FETCH ${fetchRows} FROM ${ident(cursor)}`);
      if (!batch.rows.length) break;
      // Only a `json` (not jsonb) column keeps raw line breaks; the schema has none, and a line per row needs that.
      if (batch.rows.some((r) => r.j.includes("\n"))) throw new Error(`${table.name}: a json column holds a line break`);
      const text = batch.rows.map((r) => `${r.n?.length ? `${r.j.slice(0, -1)},${JSON.stringify(JSON_NULL_KEY)}:${JSON.stringify(r.n)}}` : r.j}\n`).join("");
      const bytes = Buffer.from(text);
      await handle.write(bytes);
      hash.update(bytes);
      size += bytes.length;
      rows += batch.rows.length;
    }
  } finally {
    await handle.close();
  }
  await client.query(`CLOSE ${ident(cursor)}`);
  return { rows, size, sha256: hash.digest("hex") };
}
