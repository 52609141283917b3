import { createHash } from "node:crypto";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { AppSession } from "@/lib/auth/session-types";
import { startEmbedded } from "@/lib/db/embedded";
import { adminQuery, databaseUrl, usePostgres } from "../support/test-db";

// Files in PostgreSQL (FILE_STORAGE=database, what `npm start` picks there): read once by lib/env.
const root = await mkdtemp(path.join(os.tmpdir(), "tdk-filestore-"));
process.env.DATA_DIR = path.join(root, "data");
process.env.FILE_STORAGE = "database";

const current: { session: AppSession | null } = { session: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.session }));

const { db } = await import("@/lib/db");
const { seedDemo } = await import("@/prisma/seed/demo");
const service = await import("@/lib/attachments/service");
const storage = await import("@/lib/attachments/storage");
const { CHUNK_BYTES } = await import("@/lib/attachments/database-store");
const { GET: download } = await import("@/app/api/files/[id]/route");
const { createBackup } = await import("@/lib/backup/export");
const { restoreBackup } = await import("@/lib/backup/import");
const { storedActor } = await import("../support/actors");

/** A PDF of `size` bytes whose content differs at every position (a piece out of place shows). */
function pdfOf(size: number) {
  const head = Buffer.from("%PDF-1.4\n");
  const body = Buffer.alloc(size - head.length);
  for (let i = 0; i < body.length; i++) body[i] = (i * 7 + (i >> 9)) & 0xff;
  return Buffer.concat([head, body]);
}
const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

let board: AppSession;
let owner: { type: "activity"; id: string; blocYearId: string };
const folderFiles = async () => (await readdir(path.join(process.env.DATA_DIR!, "files")).catch(() => [] as string[])).sort();

beforeAll(async () => {
  await seedDemo(db, { reset: false });
  board = await storedActor();
  const activity = await db.activity.findFirstOrThrow();
  owner = { type: "activity", id: activity.id, blocYearId: activity.blocYearId };
}, 120_000);
afterAll(() => rm(root, { recursive: true, force: true }));

async function fetchFile(id: string) {
  current.session = board;
  const res = await download(new Request(`http://localhost/api/files/${id}`), { params: Promise.resolve({ id }) });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe(`files in the database (${usePostgres ? "PostgreSQL" : "PGlite"})`, () => {
  it("keeps a file's bytes in pieces beside its row, none in the folder, and serves them back in order", async () => {
    const pdf = pdfOf(2 * CHUNK_BYTES + 12_345);
    const { id } = await service.storeAttachment(board, owner, { name: "Báo cáo 6 tháng.pdf", bytes: pdf });
    const row = await db.attachment.findUniqueOrThrow({ where: { id } });
    const pieces = await db.storedFileChunk.findMany({ where: { storedName: row.storedName }, orderBy: { seq: "asc" }, select: { seq: true, bytes: true } });
    expect(pieces.map((p) => [p.seq, p.bytes.byteLength])).toEqual([
      [0, CHUNK_BYTES],
      [1, CHUNK_BYTES],
      [2, 12_345],
    ]);
    expect(await folderFiles()).toEqual([]);

    const { res, bytes } = await fetchFile(id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-length")).toBe(String(pdf.length));
    expect(sha(bytes)).toBe(sha(pdf));
  });

  it("writes neither row nor bytes when the owner's check refuses, and removes the bytes with the row", async () => {
    const before = await db.storedFileChunk.count();
    await expect(
      service.storeAttachment(board, owner, { name: "x.pdf", bytes: pdfOf(40_000) }, async () => {
        throw new Error("refused by the owner");
      }),
    ).rejects.toThrow("refused by the owner");
    expect(await db.storedFileChunk.count()).toBe(before);

    const { id } = await service.storeAttachment(board, owner, { name: "xoá.pdf", bytes: pdfOf(40_000) });
    const { storedName } = await db.attachment.findUniqueOrThrow({ where: { id } });
    expect(await db.storedFileChunk.count({ where: { storedName } })).toBe(1);
    await service.deleteAttachment(board, id);
    expect(await db.storedFileChunk.count({ where: { storedName } })).toBe(0);
    expect((await fetchFile(id)).res.status).toBe(404);
  });

  it("still serves a file stored in the folder before the switch", async () => {
    const pdf = pdfOf(3_000);
    const storedName = storage.newStoredName("pdf");
    await storage.writeStoredFile(storedName, pdf);
    const { id } = await db.attachment.create({
      data: {
        blocYearId: owner.blocYearId,
        ownerType: "activity",
        ownerId: owner.id,
        fileName: "cũ.pdf",
        storedName,
        mimeType: "application/pdf",
        size: pdf.length,
      },
    });
    const { res, bytes } = await fetchFile(id);
    expect(res.status).toBe(200);
    expect(sha(bytes)).toBe(sha(pdf));
  });

  it("goes into a backup and comes back from it, byte for byte", async () => {
    const archive = path.join(root, "backup.tar.gz");
    const backup = await createBackup({ url: process.env.DATABASE_URL!, filesDir: path.join(process.env.DATA_DIR!, "files"), out: archive });
    expect(backup.missingFiles).toEqual([]);
    const target = usePostgres
      ? await (async () => {
          const name = `tdk_filestore_${Math.random().toString(36).slice(2, 10)}`;
          await adminQuery(`CREATE DATABASE ${name}`);
          return { url: databaseUrl(name), drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
        })()
      : await (async () => {
          const embedded = await startEmbedded({ dataDir: null });
          return { url: embedded.url, drop: embedded.stop };
        })();
    try {
      await restoreBackup({ url: target.url, filesDir: path.join(root, "restored", "files"), archive });
      const digest = async (url: string) => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          const { rows } = await client.query<{ d: string; n: number }>(
            `SELECT md5(string_agg(md5("storedName" || ':' || seq || ':' || encode(bytes, 'hex')), ',' ORDER BY "storedName", seq)) AS d, count(*)::int AS n FROM "StoredFileChunk"`,
          );
          return rows[0];
        } finally {
          await client.end();
        }
      };
      const [source, restored] = [await digest(process.env.DATABASE_URL!), await digest(target.url)];
      expect(source.n).toBeGreaterThanOrEqual(3);
      expect(restored).toEqual(source);
    } finally {
      await target.drop();
    }
  }, 120_000);
});

// A file written outside the app must never be served for a name that is not ours.
describe("names", () => {
  it("refuse anything that is not a generated name", async () => {
    await writeFile(path.join(root, "outside.pdf"), "x");
    await expect(storage.readStoredStream("../outside.pdf")).rejects.toThrow();
  });
});
