import { createHash } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyAuditChain } from "@/lib/audit/chain";
import { writeAudit } from "@/lib/audit/write";
import { actor } from "../support/actors";

// A plain connection for the superuser's side: tampering happens inside a transaction that
// is checked and then rolled back, so every test starts from an intact chain.
let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});

afterAll(async () => {
  await client.end();
});

async function rolledBack<T>(work: () => Promise<T>): Promise<T> {
  await client.query("BEGIN");
  try {
    return await work();
  } finally {
    await client.query("ROLLBACK");
  }
}

async function asSuperuser(sql: string, params: unknown[]) {
  await client.query(`ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_no_update_delete"`);
  await client.query(sql, params);
  await client.query(`ALTER TABLE "AuditLog" ENABLE TRIGGER "AuditLog_no_update_delete"`);
}

class Rollback extends Error {}

const pause = () => new Promise((resolve) => setTimeout(resolve, Math.random() * 15));

describe("audit hash chain", () => {
  let ids: bigint[];

  beforeAll(async () => {
    // 20 transactions at once, interleaving their other work with the audit write; every
    // fourth one fails after writing its entry and must leave no trace in the chain.
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        db.$transaction(async (tx) => {
          await tx.$queryRaw`SELECT 1`;
          await pause();
          await writeAudit(tx, actor({ name: `Người ${i}` }), {
            action: "test.write",
            entityType: "Test",
            entityId: String(i),
            after: { i, text: "Tiếng Việt ̃" },
          });
          if (i % 5 === 0) await writeAudit(tx, null, { action: "test.second", entityType: "Test", entityId: String(i) });
          await pause();
          if (i % 4 === 3) throw new Rollback();
        }),
      ),
    );
    expect(results.filter((r) => r.status === "rejected").every((r) => r.reason instanceof Rollback)).toBe(true);
    ids = (await db.auditLog.findMany({ where: { entityType: "Test" }, orderBy: { id: "asc" }, select: { id: true } })).map((r) => r.id);
  });

  it("links entries written by concurrent transactions into one unbroken chain", async () => {
    expect(ids).toHaveLength(15 + 3); // 5 of 20 rolled back; 3 of the 15 kept wrote two entries
    const report = await verifyAuditChain(client);
    expect(report.firstBroken).toBeNull();
    expect(report.checked).toBe(await db.auditLog.count());
    const rows = await db.auditLog.findMany({ orderBy: { id: "asc" } });
    rows.forEach((row, i) => expect(row.prevHash).toBe(i === 0 ? null : rows[i - 1].hash));
    expect(report.last).toEqual({ id: rows.at(-1)!.id, hash: rows.at(-1)!.hash });
  });

  it("gives the same answer across page boundaries", async () => {
    expect(await verifyAuditChain(client, 3)).toEqual(await verifyAuditChain(client));
  });

  it("reports an edited entry at its own id, as a hash mismatch", async () => {
    const target = ids[7];
    const report = await rolledBack(async () => {
      await asSuperuser(`UPDATE "AuditLog" SET "after" = '{"i": 999}' WHERE "id" = $1`, [target.toString()]);
      return verifyAuditChain(client, 4);
    });
    expect(report.firstBroken).toEqual({ id: target, reason: "hash" });
    expect(report.last).toBeNull();
  });

  it("reports a deleted entry at the next id, as a broken link", async () => {
    const report = await rolledBack(async () => {
      await asSuperuser(`DELETE FROM "AuditLog" WHERE "id" = $1`, [ids[5].toString()]);
      return verifyAuditChain(client);
    });
    expect(report.firstBroken).toEqual({ id: ids[6], reason: "link" });
  });

  it("ignores a client-supplied id and hash", async () => {
    const last = await db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } });
    await db.$executeRaw`INSERT INTO "AuditLog" ("id", "action", "entityType", "prevHash", "hash") VALUES (1, 'test.forged', 'Test', 'forged', 'forged')`;
    const stored = await db.auditLog.findFirstOrThrow({ where: { action: "test.forged" } });
    expect(stored.id > last.id).toBe(true);
    expect(stored.prevHash).toBe(last.hash);
    expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await verifyAuditChain(client)).firstBroken).toBeNull();
  });

  it("numbers entries written one after another consecutively", async () => {
    for (const i of [1, 2, 3]) await db.$transaction((tx) => writeAudit(tx, null, { action: "test.serial", entityType: "Test", entityId: String(i) }));
    const rows = await db.auditLog.findMany({ where: { action: "test.serial" }, orderBy: { id: "asc" } });
    expect(rows.map((r) => r.id - rows[0].id)).toEqual([0n, 1n, 2n]);
  });

  it("moves a sequence left behind by a restore past the restored entries", async () => {
    const last = await db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } });
    const report = await rolledBack(async () => {
      await client.query(`SELECT setval('"AuditLog_id_seq"', 1)`);
      await client.query(`INSERT INTO "AuditLog" ("action", "entityType") VALUES ('test.behind', 'Test')`);
      return verifyAuditChain(client);
    });
    expect(report.firstBroken).toBeNull();
    expect(report.last!.id).toBe(last.id + 1n);
  });

  it("keeps a restored entry's own id, prevHash and hash when app.restore is on", async () => {
    // What a restore does: re-insert an entry exactly as it was backed up.
    const [{ row }] = await db.$queryRaw<
      { row: { id: number; prevHash: string; hash: string } }[]
    >`SELECT to_jsonb(a) AS row FROM "AuditLog" a ORDER BY "id" DESC LIMIT 1`;
    const report = await rolledBack(async () => {
      await asSuperuser(`DELETE FROM "AuditLog" WHERE "id" = $1`, [row.id]);
      await client.query(`SELECT set_config('app.restore', 'on', true)`);
      await client.query(`INSERT INTO "AuditLog" SELECT * FROM jsonb_populate_record(NULL::"AuditLog", $1)`, [JSON.stringify(row)]);
      const { rows } = await client.query(`SELECT to_jsonb(a) AS row FROM "AuditLog" a WHERE "id" = $1`, [row.id]);
      expect(rows).toEqual([{ row }]);
      return verifyAuditChain(client);
    });
    expect(report.firstBroken).toBeNull();
    expect((await client.query(`SELECT current_setting('app.restore', true) AS v`)).rows[0].v).not.toBe("on");
  });

  it("hashes the same entry the same way on PGlite and PostgreSQL, as plain SHA-256 of the canonical text", async () => {
    // A backup may move between the two engines: this fixed vector must hold on both.
    const row = {
      id: 57,
      at: "2026-01-02T03:04:05.678",
      userId: "u1",
      userName: "Nguyễn Thị Ánh",
      unitId: null,
      action: "score.save",
      entityType: "ScoreSheet",
      entityId: "s1",
      before: null,
      after: { note: 'Tiếng Việt ̃ "quoted" | sep', n: 1.5, z: [1, null] },
    };
    const { rows } = await client.query(
      `SELECT "audit_canonical"('prev', r) AS text, "audit_hash"('prev', r) AS hash FROM jsonb_populate_record(NULL::"AuditLog", $1) r`,
      [JSON.stringify(row)],
    );
    expect(rows[0].text).toBe(
      '["prev", "57", "2026-01-02T03:04:05.678Z", "u1", "Nguyễn Thị Ánh", null, "score.save", "ScoreSheet", "s1", null, {"n": 1.5, "z": [1, null], "note": "Tiếng Việt ̃ \\"quoted\\" | sep"}]',
    );
    expect(rows[0].hash).toBe(createHash("sha256").update(rows[0].text, "utf8").digest("hex"));
    expect(rows[0].hash).toBe("da19de317402b5d0f3e3472110c5eaeab95abad9f67cbeceb53be36d26ee0f44");
  });

  it("refuses an entry written under REPEATABLE READ, whose snapshot could fork the chain", async () => {
    await expect(
      db.$transaction((tx) => writeAudit(tx, null, { action: "test.rr", entityType: "Test" }), { isolationLevel: "RepeatableRead" }),
    ).rejects.toThrow(/READ COMMITTED/);
  });
});
