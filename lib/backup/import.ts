import { constants, createReadStream } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import pg from "pg";
import { firstNonEmptyTable, ident, insertOrder, readAppliedMigrations, readTables, type Column, type Table } from "@/lib/backup/catalog";
import {
  FORMAT_VERSION,
  JSON_NULL_KEY,
  MANIFEST,
  fileMember,
  hashFile,
  isMemberName,
  manifestSchema,
  storedNameOf,
  tableMember,
  type Manifest,
} from "@/lib/backup/manifest";
import { extractTarGz } from "@/lib/backup/tar";
import { applyMigrations, listMigrations } from "@/lib/db/migrate";

/** A refusal to restore, with a message for the person running the command. */
export class RestoreError extends Error {}

export type RestoreSummary = { tables: number; rows: number; files: number; migrationsAfter: string[]; seconds: number };

const INSERT_ROWS = 1000;
const INSERT_CHARS = 16 * 1024 * 1024;

/**
 * Restores an archive written by createBackup into an empty database. Everything is checked
 * before the first write: the archive (every member against the manifest's sha256), the
 * migrations (none newer than this code's), the database (no rows) and the files folder.
 * A blank database gets the archive's migrations, then the rows in one transaction, then any
 * newer migrations this code has, so old data goes through the same upgrade as a live database.
 */
export async function restoreBackup(opts: { url: string; filesDir: string; archive: string; migrationsDir?: string }): Promise<RestoreSummary> {
  const started = performance.now();
  const work = await mkdtemp(path.join(os.tmpdir(), "tdk-restore-"));
  try {
    const manifest = await unpack(opts.archive, work);
    const code = await listMigrations(opts.migrationsDir);
    const codeNames = new Set(code.map((m) => m.name));
    const unknown = manifest.migrations.filter((m) => !codeNames.has(m));
    if (unknown.length) {
      throw new RestoreError(
        `Bản sao lưu được tạo bởi phiên bản mới hơn của phần mềm (có migration ${unknown.join(", ")}): hãy cập nhật phần mềm trước khi khôi phục.`,
      );
    }
    const files = Object.keys(manifest.members)
      .map(storedNameOf)
      .filter((n): n is string => n !== null);
    const toCopy = await filesToCopy(work, opts.filesDir, files);

    await checkTarget(opts.url, manifest.migrations);
    const archived = path.join(work, "migrations");
    for (const m of code.filter((m) => manifest.migrations.includes(m.name))) {
      await mkdir(path.join(archived, m.name), { recursive: true });
      await writeFile(path.join(archived, m.name, "migration.sql"), m.sql);
    }
    if (manifest.migrations.length) await applyMigrations(opts.url, archived);

    const copied: string[] = [];
    try {
      await mkdir(opts.filesDir, { recursive: true });
      for (const name of toCopy) {
        const target = path.join(opts.filesDir, name);
        await copyFile(path.join(work, "files", name), target, constants.COPYFILE_EXCL);
        copied.push(target);
        if ((await hashFile(target)).sha256 !== manifest.members[fileMember(name)].sha256) throw new Error(`File ${name} was not copied intact`);
      }
      await insertRows(opts.url, manifest, work);
    } catch (error) {
      for (const file of copied) await rm(file, { force: true });
      throw error;
    }
    const migrationsAfter = await applyMigrations(opts.url, opts.migrationsDir);
    return {
      tables: Object.keys(manifest.tables).length,
      rows: Object.values(manifest.tables).reduce((n, t) => n + t.rows, 0),
      files: files.length,
      migrationsAfter,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    // A damaged archive fails while its extraction may still be writing into `work`: retry the
    // removal (ENOTEMPTY), and never let a leftover temp folder hide the restore's own answer.
    await rm(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(() => {});
  }
}

/** Extracts the archive and checks every member against the manifest. */
async function unpack(archive: string, work: string): Promise<Manifest> {
  const broken = (why: string) => new RestoreError(`Tệp sao lưu bị hỏng hoặc không đúng định dạng (${why}): không khôi phục gì cả.`);
  await mkdir(path.join(work, "tables"));
  await mkdir(path.join(work, "files"));
  let names: string[];
  try {
    names = await extractTarGz(archive, work, isMemberName);
  } catch (error) {
    throw broken((error as Error).message);
  }
  if (!names.includes(MANIFEST)) throw broken("thiếu manifest.json");
  let manifest: Manifest;
  try {
    manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(work, MANIFEST), "utf8")));
  } catch {
    throw broken("manifest.json không hợp lệ");
  }
  if (manifest.version > FORMAT_VERSION)
    throw new RestoreError(`Bản sao lưu dùng định dạng phiên bản ${manifest.version}, phần mềm này chỉ đọc được đến phiên bản ${FORMAT_VERSION}.`);
  const listed = Object.keys(manifest.members).sort();
  const found = names.filter((n) => n !== MANIFEST).sort();
  if (listed.join("\n") !== found.join("\n")) throw broken("danh sách tệp không khớp manifest");
  for (const table of Object.keys(manifest.tables)) if (!manifest.members[tableMember(table)]) throw broken(`thiếu bảng ${table}`);
  for (const member of listed) {
    const { size, sha256 } = await hashFile(path.join(work, member));
    if (size !== manifest.members[member].size || sha256 !== manifest.members[member].sha256) throw broken(`${member} sai mã kiểm tra sha256`);
  }
  return manifest;
}

/** The files to copy; one already there must be the same bytes, never overwritten. */
async function filesToCopy(work: string, filesDir: string, names: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const name of names) {
    const existing = await hashFile(path.join(filesDir, name)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return null;
      throw error;
    });
    if (!existing) out.push(name);
    else if (existing.sha256 !== (await hashFile(path.join(work, "files", name))).sha256) {
      throw new RestoreError(`Thư mục tệp đính kèm ${filesDir} đã có tệp ${name} với nội dung khác: không khôi phục gì cả.`);
    }
  }
  return out;
}

/** Refuses a database that holds rows, or whose schema is newer than the archive's. */
async function checkTarget(url: string, archiveMigrations: string[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await assertEmpty(client, await readTables(client));
    const newer = (await readAppliedMigrations(client)).filter((m) => !archiveMigrations.includes(m));
    if (newer.length) {
      throw new RestoreError(
        `Cơ sở dữ liệu đã có migration mới hơn bản sao lưu (${newer.join(", ")}): hãy khôi phục vào một cơ sở dữ liệu mới, chưa tạo bảng.`,
      );
    }
  } finally {
    await client.end();
  }
}

// The job queue of an app started on the empty database before the restore holds only its own
// schedules (lib/jobs): it belongs to no data being kept, so it is cleared, not a reason to refuse.
const CLEARED_ON_RESTORE = ["Job"];

async function assertEmpty(client: pg.ClientBase, tables: Table[]) {
  const table = await firstNonEmptyTable(
    client,
    tables.filter((t) => !CLEARED_ON_RESTORE.includes(t.name)),
  );
  if (table)
    throw new RestoreError(`Cơ sở dữ liệu không trống (bảng "${table}" đã có dữ liệu): chỉ khôi phục vào cơ sở dữ liệu trống. Không có gì bị thay đổi.`);
}

/** Every row in one transaction, parents before children; then the sequences as they were. */
async function insertRows(url: string, manifest: Manifest, work: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    // Lets the audit chain trigger keep each entry's own id, prevHash and hash.
    await client.query("SET LOCAL app.restore = 'on'");
    const tables = await readTables(client);
    await assertEmpty(client, tables);
    for (const t of tables.filter((t) => CLEARED_ON_RESTORE.includes(t.name))) await client.query(`DELETE FROM ${ident(t.name)}`);
    const byName = new Map(tables.map((t) => [t.name, t]));
    for (const name of Object.keys(manifest.tables)) {
      const table = byName.get(name);
      const missing = table ? manifest.tables[name].columns.filter((c) => !table.columns.some((col) => col.name === c)) : [];
      if (!table || missing.length)
        throw new RestoreError(`Lược đồ cơ sở dữ liệu không khớp bản sao lưu (bảng ${name}${missing.length ? `, cột ${missing.join(", ")}` : ""}).`);
    }
    for (const table of insertOrder(tables)) {
      const archived = manifest.tables[table.name];
      if (!archived) continue;
      const columns = table.columns.filter((c) => archived.columns.includes(c.name));
      const inserted = await insertTable(client, table, columns, path.join(work, tableMember(table.name)));
      if (inserted !== archived.rows) throw new Error(`${table.name}: ${inserted} rows restored, ${archived.rows} expected`);
    }
    for (const [name, seq] of Object.entries(manifest.sequences)) {
      const { rows } = await client.query<{ ok: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS ok`, [`public.${ident(name)}`]);
      if (rows[0].ok) await client.query(`SELECT setval($1::regclass, $2::bigint, $3)`, [`public.${ident(name)}`, seq.lastValue, seq.isCalled]);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * Rows go through a staging copy of the table (no constraints), then into the table in one
 * statement, so a table that references itself needs no particular row order.
 */
async function insertTable(client: pg.ClientBase, table: Table, columns: Column[], file: string): Promise<number> {
  const stage = ident(`restore_${table.name}`);
  const cols = columns.map((c) => ident(c.name)).join(", ");
  const values = columns
    .map((c) =>
      c.json
        ? `CASE WHEN (e -> ${pg.escapeLiteral(JSON_NULL_KEY)})::jsonb ? ${pg.escapeLiteral(c.name)} THEN 'null'::${c.type} ELSE p.${ident(c.name)} END`
        : `p.${ident(c.name)}`,
    )
    .join(", ");
  await client.query(`CREATE TEMP TABLE ${stage} (LIKE ${ident(table.name)}) ON COMMIT DROP`);
  const flush = async (lines: string[]) => {
    await client.query(
      `INSERT INTO ${stage} (${cols}) SELECT ${values} FROM json_array_elements($1::json) e, LATERAL json_populate_record(NULL::${ident(table.name)}, e) p`,
      [`[${lines.join(",")}]`],
    );
  };
  let batch: string[] = [];
  let batchChars = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (!line) continue;
    batch.push(line);
    batchChars += line.length;
    // Rows of file pieces are a megabyte of hex each: a batch is bounded by size as well as count.
    if (batch.length === INSERT_ROWS || batchChars > INSERT_CHARS) {
      await flush(batch);
      batch = [];
      batchChars = 0;
    }
  }
  if (batch.length) await flush(batch);
  const overriding = columns.some((c) => c.identity) ? " OVERRIDING SYSTEM VALUE" : "";
  const result = await client.query(`INSERT INTO ${ident(table.name)} (${cols})${overriding} SELECT ${cols} FROM ${stage}`);
  await client.query(`DROP TABLE ${stage}`);
  return result.rowCount ?? 0;
}
