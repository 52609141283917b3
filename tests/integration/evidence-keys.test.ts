import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";

// Evidence files name their sheet and leaf with real foreign keys (Attachment.sheetId, nodeId);
// before, the owner was the string "sheetId:nodeId". Stored files go under DATA_DIR, read when
// lib/env is first imported: set it before any app import.
process.env.DATA_DIR = path.join(await mkdtemp(path.join(os.tmpdir(), "tdk-evidence-")), "data");
const { db } = await import("@/lib/db");
const { raceYear } = await import("../support/lock-race-years");

const MIGRATION = "prisma/migrations/20261207000100_evidence_foreign_keys/migration.sql";
let y: Awaited<ReturnType<typeof raceYear>>;

beforeAll(async () => {
  y = await raceYear(2031, "draft");
});

const file = (name: string) => ({
  blocYearId: y.id,
  fileName: name,
  storedName: `${name}-${Math.random().toString(36).slice(2)}.pdf`,
  mimeType: "application/pdf",
  size: 1,
});

describe("evidence foreign keys", () => {
  it("the migration fills them from the old owner strings and drops evidence whose leaf is gone", async () => {
    const sql = await readFile(path.join(process.cwd(), MIGRATION), "utf8");
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query("BEGIN");
      // The table as it was before the migration, holding the year's evidence file, one whose leaf
      // was deleted, and a conference's file.
      await client.query(`ALTER TABLE "Attachment" DROP CONSTRAINT "Attachment_owner", DROP COLUMN "sheetId", DROP COLUMN "nodeId"`);
      await client.query(`UPDATE "Attachment" SET "ownerId" = $1 WHERE id = $2`, [`${y.sheets.u2.id}:${y.nodes.n2}`, y.evidenceId]);
      const insert = `INSERT INTO "Attachment" (id, "blocYearId", "ownerType", "ownerId", "fileName", "storedName", "mimeType", size) VALUES ($1, $2, $3, $4, $5, $6, 'application/pdf', 1)`;
      await client.query(insert, ["gone", y.id, "evidence", `${y.sheets.u2.id}:no-such-node`, "cu.pdf", "cu.pdf"]);
      await client.query(insert, ["photo", y.id, "conference", "some-conference", "anh.pdf", "anh.pdf"]);

      await client.query(sql);
      const { rows } = await client.query(`SELECT id, "ownerType", "ownerId", "sheetId", "nodeId" FROM "Attachment" WHERE "blocYearId" = $1 ORDER BY id`, [
        y.id,
      ]);
      expect(rows).toEqual(
        [
          { id: y.evidenceId, ownerType: "evidence", ownerId: null, sheetId: y.sheets.u2.id, nodeId: y.nodes.n2 },
          { id: "photo", ownerType: "conference", ownerId: "some-conference", sheetId: null, nodeId: null },
        ].sort((a, b) => (a.id! < b.id! ? -1 : 1)),
      );
    } finally {
      await client.query("ROLLBACK");
      await client.end();
    }
  });

  it("refuse evidence without a sheet and a leaf, or another owner with them", async () => {
    const evidence = { ownerType: "evidence", sheetId: y.sheets.u2.id, nodeId: y.nodes.n1 };
    await expect(db.attachment.create({ data: { ...file("a"), ...evidence, nodeId: null } })).rejects.toThrow();
    await expect(db.attachment.create({ data: { ...file("b"), ...evidence, ownerId: "x" } })).rejects.toThrow();
    await expect(db.attachment.create({ data: { ...file("c"), ...evidence, nodeId: "no-such-node" } })).rejects.toThrow();
    await expect(db.attachment.create({ data: { ...file("d"), ownerType: "conference", ownerId: "x", sheetId: y.sheets.u2.id } })).rejects.toThrow();
    await expect(db.attachment.create({ data: { ...file("e"), ownerType: "conference" } })).rejects.toThrow();
    expect(await db.attachment.count({ where: { fileName: { in: ["a", "b", "c", "d", "e"] } } })).toBe(0);
  });

  it("go with their leaf, as its scores do", async () => {
    expect(await db.attachment.count({ where: { id: y.evidenceId! } })).toBe(1);
    await db.criterionNode.delete({ where: { id: y.nodes.n2 } });
    expect(await db.attachment.count({ where: { id: y.evidenceId! } })).toBe(0);
  });
});
