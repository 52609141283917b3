import { generateKeyPairSync } from "node:crypto";
import { appendFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startCheckpoints, writeCheckpoint, type HeadQuery } from "@/lib/audit/anchor";
import { CHECKPOINT_FILE, readCheckpointSources } from "@/lib/audit/anchor-files";
import { verifyAuditChain } from "@/lib/audit/chain";
import { checkpointLine, signCheckpoint } from "@/lib/audit/checkpoint";
import { describeFinding, verifyAuditLog } from "@/lib/audit/verify";
import { writeAudit } from "@/lib/audit/write";
import { pgRows } from "@/lib/db/pg-sql";

// The superuser's side, as in audit-chain.test.ts: every tampering happens inside a transaction
// that is checked and rolled back, so each test starts from the same intact chain.
let client: pg.Client;
let root: string;
let paths: { checkpointDir: string; keyFile: string };
const query: HeadQuery = (sql) => pgRows(client)(sql);
const file = () => path.join(paths.checkpointDir, CHECKPOINT_FILE);
const sources = () => readCheckpointSources([paths.checkpointDir]);
const noCheckpoints = { lines: [], publicKeys: new Map() };

const write = (i: number) => db.$transaction((tx) => writeAudit(tx, null, { action: "test.anchor", entityType: "Test", entityId: String(i), after: { i } }));

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  root = await mkdtemp(path.join(os.tmpdir(), "tdk-anchor-"));
  paths = { checkpointDir: path.join(root, "audit-checkpoints"), keyFile: path.join(root, "audit-anchor.key") };
  for (let i = 1; i <= 10; i++) await write(i);
  await writeCheckpoint(query, paths); // after 10 entries
  for (let i = 11; i <= 20; i++) await write(i);
  await writeCheckpoint(query, paths); // after 20
});

afterAll(async () => {
  await client.end();
  await rm(root, { recursive: true, force: true });
});

async function rolledBack<T>(work: () => Promise<T>): Promise<T> {
  await client.query("BEGIN");
  try {
    return await work();
  } finally {
    await client.query("ROLLBACK");
  }
}

const ids = async () => (await client.query<{ id: string }>(`SELECT a."id"::text AS id FROM "AuditLog" a ORDER BY a."id"`)).rows.map((r) => r.id);

/** What someone holding the database can do: lift the append-only trigger and change rows. */
async function asOwner(sql: string, params: unknown[] = []) {
  await client.query(`ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_no_update_delete"`);
  await client.query(sql, params);
  await client.query(`ALTER TABLE "AuditLog" ENABLE TRIGGER "AuditLog_no_update_delete"`);
}

/** Edits one entry, then recomputes every hash from it on, so the chain alone looks intact. */
async function rewriteAndRehash(id: string) {
  await asOwner(`UPDATE "AuditLog" SET "after" = '{"i": 999}' WHERE "id" = $1`, [id]);
  await asOwner(`DO $$
    DECLARE r "AuditLog"; prev TEXT := NULL;
    BEGIN
      FOR r IN SELECT * FROM "AuditLog" ORDER BY "id" LOOP
        UPDATE "AuditLog" SET "prevHash" = prev, "hash" = "audit_hash"(prev, r) WHERE "id" = r."id";
        prev := "audit_hash"(prev, r);
      END LOOP;
    END $$`);
}

describe("audit checkpoints outside the database", () => {
  it("confirm an intact log", async () => {
    const report = await verifyAuditLog(client, await sources());
    expect(report).toMatchObject({ ok: true, checkpoints: 2, confirmed: 2, findings: [] });
    expect(report.newest).toMatchObject({ count: 20, id: (await ids()).at(-1) });
  });

  it("catch a cut tail, which the chain alone does not", async () => {
    const all = await ids();
    const report = await rolledBack(async () => {
      await asOwner(`DELETE FROM "AuditLog" WHERE "id" >= $1`, [all[16]]);
      expect((await verifyAuditChain(client)).firstBroken).toBeNull();
      expect((await verifyAuditLog(client, noCheckpoints)).ok).toBe(true);
      return verifyAuditLog(client, await sources());
    });
    expect(report.ok).toBe(false);
    expect(report.findings).toEqual([{ source: file(), line: 2, checkpoint: expect.objectContaining({ count: 20 }), problem: "short" }]);
    const message = describeFinding(report.findings[0], report.chain.checked);
    expect(message).toContain(`${file()}:2`);
    expect(message).toContain("nhật ký chỉ còn 16 mục, điểm mốc ghi 20 mục");
    expect(message).toContain("entries were cut off the end");
  });

  it("catch an edited entry whose hashes were recomputed, which the chain alone does not", async () => {
    const all = await ids();
    const report = await rolledBack(async () => {
      await rewriteAndRehash(all[4]);
      expect((await verifyAuditChain(client, 7)).firstBroken).toBeNull();
      expect((await verifyAuditLog(client, noCheckpoints)).ok).toBe(true);
      return verifyAuditLog(client, await sources(), 7);
    });
    expect(report.ok).toBe(false);
    expect(report.findings.map((f) => [f.line, f.problem])).toEqual([
      [1, "mismatch"],
      [2, "mismatch"],
    ]);
    expect(report.findings[0].found?.id).toBe(BigInt(all[9]));
    expect(describeFinding(report.findings[0], report.chain.checked)).toContain(`mục thứ 10 (#${all[9]})`);
  });

  it("catch a checkpoint that was altered, or signed by a key the verifier does not hold", async () => {
    const lines = (await readFile(file(), "utf8")).trimEnd().split("\n");
    const altered = { ...JSON.parse(lines[1]), count: 16, id: (await ids())[15] };
    const foreign = checkpointLine(signCheckpoint({ count: 20, id: altered.id, hash: altered.hash }, generateKeyPairSync("ed25519").privateKey));
    await writeFile(path.join(root, "copy.jsonl"), `${JSON.stringify(altered)}\n${foreign}\n`);
    const report = await verifyAuditLog(client, await readCheckpointSources([path.join(root, "copy.jsonl"), paths.checkpointDir]));
    expect(report.findings.map((f) => [path.basename(f.source), f.line, f.problem])).toEqual([
      ["copy.jsonl", 1, "badSignature"],
      ["copy.jsonl", 2, "unknownKey"],
    ]);
    expect(report.ok).toBe(false);
    expect(describeFinding(report.findings[0], 20)).toContain("chữ ký không hợp lệ");
  });

  it("hold when taken while other transactions write, and when written twice", async () => {
    const dir = { ...paths, checkpointDir: path.join(root, "busy") };
    await Promise.all([
      ...Array.from({ length: 12 }, (_, i) => write(100 + i)),
      ...Array.from({ length: 6 }, () => writeCheckpoint(query, dir)),
      ...Array.from({ length: 6 }, () => writeCheckpoint((sql) => db.$queryRaw(sql), dir)),
    ]);
    // The same count twice, as two instances sharing the folder would write it.
    const last = (await readFile(path.join(dir.checkpointDir, CHECKPOINT_FILE), "utf8")).trimEnd().split("\n").at(-1)!;
    await appendFile(path.join(dir.checkpointDir, CHECKPOINT_FILE), `${last}\n`);
    const report = await verifyAuditLog(client, await readCheckpointSources([dir.checkpointDir]));
    expect(report.findings).toEqual([]);
    expect(report.confirmed).toBeGreaterThanOrEqual(2);
  });

  it("are written by every running app at start and then periodically", async () => {
    const dir = { ...paths, checkpointDir: path.join(root, "timer") };
    const stop = startCheckpoints((sql) => db.$queryRaw(sql), 20, dir);
    try {
      await expect.poll(async () => (await readCheckpointSources([dir.checkpointDir])).lines.length, { timeout: 5000 }).toBe(1);
      await write(200);
      await expect.poll(async () => (await readCheckpointSources([dir.checkpointDir])).lines.length, { timeout: 5000 }).toBe(2);
    } finally {
      stop();
    }
    expect((await verifyAuditLog(client, await readCheckpointSources([dir.checkpointDir]))).ok).toBe(true);
  });
});
