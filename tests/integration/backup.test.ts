import { readdir, readFile, mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbedded } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { adminQuery, databaseUrl, usePostgres } from "../support/test-db";

// Storage reads DATA_DIR once, when lib/env is first imported: set it before any app import.
const root = await mkdtemp(path.join(os.tmpdir(), "tdk-backup-test-"));
process.env.DATA_DIR = path.join(root, "data");
const sourceFiles = path.join(root, "data", "files");

const { db } = await import("@/lib/db");
const { seedDemo } = await import("@/prisma/seed/demo");
const { storeAttachment } = await import("@/lib/attachments/service");
const { createBackup } = await import("@/lib/backup/export");
const { restoreBackup, RestoreError } = await import("@/lib/backup/import");
const { extractTarGz, tarGzWriter } = await import("@/lib/backup/tar");
const { isMemberName } = await import("@/lib/backup/manifest");
const { verifyAuditChain } = await import("@/lib/audit/chain");
const { storedActor } = await import("../support/actors");

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");

/** A database with no tables at all: a second embedded instance, or a new PostgreSQL database. */
async function blankDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (usePostgres) {
    const name = `tdk_restore_${Math.random().toString(36).slice(2, 10)}`;
    await adminQuery(`CREATE DATABASE ${name}`);
    return { url: databaseUrl(name), drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
  }
  const embedded = await startEmbedded({ dataDir: null });
  return { url: embedded.url, drop: embedded.stop };
}

async function withClient<T>(url: string, f: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await f(client);
  } finally {
    await client.end();
  }
}

/**
 * Every table's full contents, independent of lib/backup: row_to_json and the composite's
 * own text form (which tells SQL NULL from JSON null), ordered; plus every sequence's state.
 */
async function contents(url: string): Promise<Record<string, string>> {
  return withClient(url, async (c) => {
    const out: Record<string, string> = {};
    const { rows: tables } = await c.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
    );
    for (const { name } of tables) {
      const { rows } = await c.query<{ v: string | null }>(
        `SELECT string_agg(row_to_json(t)::text || ' ' || t::text, E'\\n' ORDER BY t::text) AS v FROM "${name}" t`,
      );
      out[name] = rows[0].v ?? "";
    }
    const { rows: seqs } = await c.query<{ name: string }>(
      `SELECT sequence_name AS name FROM information_schema.sequences WHERE sequence_schema = 'public' ORDER BY 1`,
    );
    for (const { name } of seqs) {
      const { rows } = await c.query<{ v: string }>(`SELECT last_value::text || ' ' || is_called::text AS v FROM "${name}"`);
      out[`sequence ${name}`] = rows[0].v;
    }
    return out;
  });
}

async function filesIn(dir: string): Promise<Record<string, string>> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const out: Record<string, string> = {};
  for (const name of names.sort()) out[name] = (await readFile(path.join(dir, name))).toString("base64");
  return out;
}

async function tableCount(url: string) {
  return withClient(
    url,
    async (c) => (await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`)).rows[0].n,
  );
}

/** Rewrites an archive, letting `edit` change the extracted members first. */
async function tamper(archive: string, edit: (dir: string) => Promise<void>): Promise<string> {
  const dir = await mkdtemp(path.join(root, "tamper-"));
  await mkdir(path.join(dir, "tables"));
  await mkdir(path.join(dir, "files"));
  const names = await extractTarGz(archive, dir, isMemberName);
  await edit(dir);
  const out = `${dir}.tar.gz`;
  const tar = tarGzWriter(out);
  for (const name of names) await tar.addBuffer(name, await readFile(path.join(dir, name)));
  await tar.close();
  return out;
}

const url = process.env.DATABASE_URL!;
const archive = path.join(root, "backup.tar.gz");

beforeAll(async () => {
  await seedDemo(db, { reset: false });
  const actor = await storedActor();
  const activity = await db.activity.findFirstOrThrow();
  const owner = { type: "activity" as const, id: activity.id, blocYearId: activity.blocYearId };
  await storeAttachment(actor, owner, { name: "Biên bản họp khối.pdf", bytes: PDF });
  await storeAttachment(actor, owner, { name: "Ảnh hoạt động.png", bytes: PNG });
  // A JSON null is not SQL NULL, and row_to_json prints both as null.
  await db.$executeRaw`INSERT INTO "AuditLog" ("action", "entityType", "before", "after") VALUES ('test.jsonNull', 'Test', 'null'::jsonb, NULL)`;
}, 120_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe(`backup and restore (${usePostgres ? "PostgreSQL" : "PGlite"})`, () => {
  it("restores into an empty database with identical rows, sequences and files", async () => {
    const backup = await createBackup({ url, filesDir: sourceFiles, out: archive });
    expect(backup.files).toBe(2);
    expect(backup.missingFiles).toEqual([]);
    expect((await stat(archive)).size).toBe(backup.bytes);

    const target = await blankDatabase();
    const targetFiles = path.join(root, "restored", "files");
    try {
      const restore = await restoreBackup({ url: target.url, filesDir: targetFiles, archive });
      expect(restore).toMatchObject({ tables: backup.tables, rows: backup.rows, files: 2, migrationsAfter: [] });
      const [before, after] = [await contents(url), await contents(target.url)];
      expect(Object.keys(after)).toEqual(Object.keys(before));
      for (const key of Object.keys(before)) expect(after[key], key).toBe(before[key]);
      expect(await filesIn(targetFiles)).toEqual(await filesIn(sourceFiles));
      expect(Object.keys(await filesIn(targetFiles))).toHaveLength(2);

      // The audit chain came across intact and keeps growing from where it was.
      const [sourceChain, targetChain] = [await withClient(url, verifyAuditChain), await withClient(target.url, verifyAuditChain)];
      expect(targetChain).toEqual(sourceChain);
      expect(targetChain.firstBroken).toBeNull();
      await withClient(target.url, (c) => c.query(`INSERT INTO "AuditLog" ("action", "entityType") VALUES ('after.restore', 'Test')`));
      const grown = await withClient(target.url, verifyAuditChain);
      expect(grown.firstBroken).toBeNull();
      expect(grown.checked).toBe(sourceChain.checked + 1);

      console.log(
        `[backup figures ${usePostgres ? "PostgreSQL" : "PGlite"}] archive ${backup.bytes} B, ${backup.tables} tables, ${backup.rows} rows, ` +
          `${backup.files} files; backup ${backup.seconds.toFixed(2)} s, restore ${restore.seconds.toFixed(2)} s`,
      );
    } finally {
      await target.drop();
    }
  }, 120_000);

  it("restores into a database the app has already started on, which holds only its scheduled jobs", async () => {
    const target = await blankDatabase();
    try {
      await applyMigrations(target.url);
      await withClient(target.url, (c) =>
        c.query(`INSERT INTO "Job" (kind, payload, "runAt", "maxAttempts", "dedupeKey") VALUES ('prune-jobs', '{}', now(), 3, 'schedule:prune-jobs@x')`),
      );
      await restoreBackup({ url: target.url, filesDir: path.join(root, "started", "files"), archive });
      expect(await contents(target.url)).toEqual(await contents(url));
    } finally {
      await target.drop();
    }
  }, 120_000);

  it("refuses a database that holds rows and changes nothing", async () => {
    const before = await contents(url);
    const elsewhere = path.join(root, "refused", "files");
    const error = await restoreBackup({ url, filesDir: elsewhere, archive }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RestoreError);
    expect((error as Error).message).toMatch(/^Cơ sở dữ liệu không trống/);
    expect(await contents(url)).toEqual(before);
    expect(await filesIn(elsewhere)).toEqual({});
  }, 60_000);

  it("refuses a damaged archive before writing anything", async () => {
    const damaged = await tamper(archive, async (dir) => {
      const file = path.join(dir, "tables", "Unit.ndjson");
      const text = await readFile(file, "utf8");
      const edited = text.replace(/"name":"[^"]/, '"name":"#');
      expect(edited).not.toBe(text);
      await writeFile(file, edited);
    });
    const target = await blankDatabase();
    const targetFiles = path.join(root, "damaged", "files");
    try {
      await expect(restoreBackup({ url: target.url, filesDir: targetFiles, archive: damaged })).rejects.toThrow(/tables\/Unit\.ndjson sai mã kiểm tra sha256/);
      expect(await tableCount(target.url)).toBe(0);
      expect(await filesIn(targetFiles)).toEqual({});
      // A truncated archive is refused as well.
      const truncated = `${damaged}.cut`;
      const bytes = await readFile(archive);
      await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
      await expect(restoreBackup({ url: target.url, filesDir: targetFiles, archive: truncated })).rejects.toBeInstanceOf(RestoreError);
      expect(await tableCount(target.url)).toBe(0);
    } finally {
      await target.drop();
    }
  }, 60_000);

  it("refuses an archive made by newer code (an unknown migration)", async () => {
    const newer = await tamper(archive, async (dir) => {
      const file = path.join(dir, "manifest.json");
      const manifest = JSON.parse(await readFile(file, "utf8")) as { migrations: string[] };
      manifest.migrations.push("29991231000000_from_the_future");
      await writeFile(file, JSON.stringify(manifest));
    });
    const target = await blankDatabase();
    try {
      await expect(restoreBackup({ url: target.url, filesDir: path.join(root, "newer", "files"), archive: newer })).rejects.toThrow(/phiên bản mới hơn/);
      expect(await tableCount(target.url)).toBe(0);
    } finally {
      await target.drop();
    }
  }, 60_000);
});
