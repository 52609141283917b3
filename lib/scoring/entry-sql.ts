// The one writer of score entries ("ScoreEntry"): a unit's first save and its draft saves, a
// review or an appraisal, the Excel import and a sheet's move to another bloc all write through
// here, so this is the one place that knows the table's columns and what a second write of the
// same (sheet, leaf, layer) does (tests/unit/architecture.test.ts keeps it so).
// SQL rather than Prisma's query API: many rows travel as parallel arrays through unnest in one
// statement (an import writes thousands), and a draft save claims its sheet, writes and audits in
// one statement (saveSelfScores below).
import type { Db, Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ScoreLayer } from "@/lib/generated/prisma/enums";

export type StoredEntry = { nodeId: string; hundredths: number | null; passed: boolean | null; note: string | null };
export type EntryAuthor = { userId: string; name: string; unitId: string | null };

/**
 * Inserts the rows that `from` yields as e(sheet, node, h, p, note). A second write of the same
 * (sheet, leaf, layer) replaces the value, the note and who wrote it when.
 */
const insertSql = (from: Prisma.Sql, layer: ScoreLayer, by: EntryAuthor, at: Date) => Prisma.sql`
  INSERT INTO "ScoreEntry" (id, "sheetId", "nodeId", layer, hundredths, passed, note, "byUserId", "byName", "byUnitId", at)
  SELECT gen_random_uuid()::text, e.sheet, e.node, ${layer}::"ScoreLayer", e.h, e.p, e.note, ${by.userId}, ${by.name}, ${by.unitId}, ${at.toISOString()}::timestamp(3)
    FROM ${from}
  ON CONFLICT ("sheetId", "nodeId", layer) DO UPDATE
    SET hundredths = EXCLUDED.hundredths, passed = EXCLUDED.passed, note = EXCLUDED.note,
        "byUserId" = EXCLUDED."byUserId", "byName" = EXCLUDED."byName", "byUnitId" = EXCLUDED."byUnitId", at = EXCLUDED.at`;

/** The values as arrays, each row's node, hundredths, passed and note. */
const columns = (entries: readonly StoredEntry[]) =>
  Prisma.sql`${entries.map((e) => e.nodeId)}::text[], ${entries.map((e) => e.hundredths)}::int[], ${entries.map((e) => e.passed)}::boolean[], ${entries.map((e) => e.note)}::text[]`;

/** Rows on many sheets (the import's batches), in one statement. */
export const writeEntriesSql = (layer: ScoreLayer, entries: readonly (StoredEntry & { sheetId: string })[], by: EntryAuthor, at: Date) =>
  insertSql(Prisma.sql`unnest(${entries.map((e) => e.sheetId)}::text[], ${columns(entries)}) AS e(sheet, node, h, p, note)`, layer, by, at);

/** A sheet for the statements below: a known id, or the `id` of a CTE that took the sheet in the same statement (no row: nothing is written). */
export const sheetById = (id: string) => Prisma.sql`(SELECT ${id}::text AS id)`;

/**
 * The two statements of one sheet's save of `layer`: `write` upserts the values, `clear` removes
 * the layer from the leaves listed (a blank value without a note leaves the layer below standing).
 * A draft save runs them as CTEs of its one statement; saveSheetEntries one after the other.
 */
export const saveSheetEntriesSql = (
  sheet: Prisma.Sql,
  layer: ScoreLayer,
  write: readonly StoredEntry[],
  clear: readonly string[],
  by: EntryAuthor,
  at: Date,
) => ({
  clear: Prisma.sql`DELETE FROM "ScoreEntry" e USING ${sheet} s WHERE e."sheetId" = s.id AND e.layer = ${layer}::"ScoreLayer" AND e."nodeId" = ANY(${[...clear]}::text[])`,
  write: insertSql(Prisma.sql`(SELECT s.id AS sheet, v.* FROM ${sheet} s, unnest(${columns(write)}) AS v(node, h, p, note)) e`, layer, by, at),
});

/** The same, run inside the caller's transaction. */
export async function saveSheetEntries(tx: Tx, sheetId: string, layer: ScoreLayer, write: readonly StoredEntry[], clear: readonly string[], by: EntryAuthor) {
  const sql = saveSheetEntriesSql(sheetById(sheetId), layer, write, clear, by, new Date());
  if (clear.length > 0) await tx.$executeRaw(sql.clear);
  if (write.length > 0) await tx.$executeRaw(sql.write);
}

/** A sheet moved to another bloc year: its entries onto the leaves `nodeMap` gives (old node id → new; lib/reorg/sheet-move.ts). */
export async function moveEntries(tx: Tx, sheetId: string, nodeMap: ReadonlyMap<string, string>) {
  await tx.$executeRaw`
    UPDATE "ScoreEntry" e SET "nodeId" = m.to_node
      FROM unnest(${[...nodeMap.keys()]}::text[], ${[...nodeMap.values()]}::text[]) AS m(from_node, to_node)
     WHERE e."sheetId" = ${sheetId} AND e."nodeId" = m.from_node`;
}

export type SelfSave = {
  blocYearId: string;
  unitId: string;
  version: number;
  write: readonly StoredEntry[];
  clear: readonly string[];
  actor: EntryAuthor;
  /** The audit entry's `after`. */
  after: unknown;
  at: Date;
};

/**
 * A unit's draft save. Takes the sheet at the version the officer saw, only while it is an
 * unlocked draft or returned sheet; writes the values, clears the emptied leaves, and puts the save on
 * record, all or nothing in one statement (data-modifying CTEs share one snapshot and commit together). When the sheet is not
 * taken, no row comes back and nothing is written. A concurrent save of the same sheet waits for
 * the row, then finds the version moved on. Like every score write, it first holds the year's row
 * for a write (lib/blocs/year-lock.ts): the sub-select runs once, before any sheet row is taken, so
 * a sign-off in progress is waited for and its lock seen.
 * The sheet's id and new version, or null when the sheet was not taken (stale, locked, submitted or missing).
 */
export async function saveSelfScores(client: Db | Tx, s: SelfSave): Promise<{ id: string; version: number } | null> {
  const at = Prisma.sql`${s.at.toISOString()}::timestamp(3)`;
  const entries = saveSheetEntriesSql(Prisma.sql`sheet`, "SELF", s.write, s.clear, s.actor, s.at);
  const rows = await client.$queryRaw<{ id: string; version: number }[]>`
    WITH sheet AS (
      UPDATE "ScoreSheet" SET version = version + 1, "updatedAt" = ${at}
       WHERE EXISTS (SELECT 1 FROM "BlocYear" WHERE id = ${s.blocYearId} FOR KEY SHARE)
         AND "blocYearId" = ${s.blocYearId} AND "unitId" = ${s.unitId} AND version = ${s.version} AND "lockedAt" IS NULL AND status <> 'SUBMITTED'
       RETURNING id, version),
    cleared AS (${entries.clear}),
    written AS (${entries.write}),
    -- The entry's bloc is the sheet's year's, as lib/audit/scope.ts derives it for writeAudit.
    audit AS (
      INSERT INTO "AuditLog" (at, "userId", "userName", "unitId", action, "entityType", "entityId", after, "blocId")
      SELECT ${at}, ${s.actor.userId}, ${s.actor.name}, ${s.actor.unitId}, 'score.self.save', 'ScoreSheet', sheet.id, ${JSON.stringify(s.after)}::jsonb,
             (SELECT y."blocId" FROM "BlocYear" y WHERE y.id = ${s.blocYearId})
        FROM sheet)
    SELECT id, version FROM sheet`;
  return rows[0] ?? null;
}
