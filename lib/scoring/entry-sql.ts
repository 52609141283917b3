// Score entries written in SQL, one statement for many rows: the Excel import's batches and a
// unit's save. Rows travel as parallel arrays through unnest.
import type { Db, Tx } from "@/lib/db";

export const ENTRY_COLUMNS = `id, "sheetId", "nodeId", layer, hundredths, passed, note, "byUserId", "byName", "byUnitId", at`;

/** A second write of the same (sheet, leaf, layer) replaces the value, the note and who wrote it when. */
export const ON_ENTRY_CONFLICT = `ON CONFLICT ("sheetId", "nodeId", layer) DO UPDATE
    SET hundredths = EXCLUDED.hundredths, passed = EXCLUDED.passed, note = EXCLUDED.note,
        "byUserId" = EXCLUDED."byUserId", "byName" = EXCLUDED."byName", "byUnitId" = EXCLUDED."byUnitId", at = EXCLUDED.at`;

// Takes the sheet at the version the officer saw, only while it is an unlocked draft or returned
// sheet; writes the values, clears the emptied leaves and puts the save on record, all or
// nothing in one statement
// (data-modifying CTEs share one snapshot and commit together). When the sheet is not taken, no
// row comes back and nothing is written. A concurrent save of the same sheet waits for the row,
// then finds the version moved on. Like every score write, it first holds the year's row for a
// write (lib/blocs/year-lock.ts): the sub-select runs once, before any sheet row is taken, so a
// sign-off in progress is waited for and its lock seen.
const SAVE_SELF = `
  WITH sheet AS (
    UPDATE "ScoreSheet" SET version = version + 1, "updatedAt" = $3::timestamp(3)
     WHERE EXISTS (SELECT 1 FROM "BlocYear" WHERE id = $1 FOR KEY SHARE)
       AND "blocYearId" = $1 AND "unitId" = $2 AND version = $4 AND "lockedAt" IS NULL AND status <> 'SUBMITTED'
     RETURNING id, version),
  cleared AS (
    DELETE FROM "ScoreEntry" e USING sheet WHERE e."sheetId" = sheet.id AND e.layer = 'SELF' AND e."nodeId" = ANY($5::text[])),
  written AS (
    INSERT INTO "ScoreEntry" (${ENTRY_COLUMNS})
    SELECT gen_random_uuid()::text, sheet.id, e.node, 'SELF', e.h, e.p, e.note, $10, $11, $12, $3::timestamp(3)
      FROM sheet, unnest($6::text[], $7::int[], $8::boolean[], $9::text[]) AS e(node, h, p, note)
    ${ON_ENTRY_CONFLICT}),
  -- The entry's bloc is the sheet's year's, as lib/audit/scope.ts derives it for writeAudit.
  audit AS (
    INSERT INTO "AuditLog" (at, "userId", "userName", "unitId", action, "entityType", "entityId", after, "blocId")
    SELECT $3::timestamp(3), $10, $11, $12, 'score.self.save', 'ScoreSheet', sheet.id, $13::jsonb,
           (SELECT y."blocId" FROM "BlocYear" y WHERE y.id = $1)
      FROM sheet)
  SELECT id, version FROM sheet`;

export type StoredEntry = { nodeId: string; hundredths: number | null; passed: boolean | null; note: string | null };

export type SelfSave = {
  blocYearId: string;
  unitId: string;
  version: number;
  write: readonly StoredEntry[];
  clear: readonly string[];
  actor: { userId: string; name: string; unitId: string | null };
  /** The audit entry's `after`. */
  after: unknown;
  at: Date;
};

/** The sheet's id and new version, or null when the sheet was not taken (stale, locked, submitted or missing). */
export async function saveSelfScores(client: Db | Tx, s: SelfSave): Promise<{ id: string; version: number } | null> {
  const rows = await client.$queryRawUnsafe<{ id: string; version: number }[]>(
    SAVE_SELF,
    s.blocYearId,
    s.unitId,
    s.at.toISOString(),
    s.version,
    [...s.clear],
    s.write.map((e) => e.nodeId),
    s.write.map((e) => e.hundredths),
    s.write.map((e) => e.passed),
    s.write.map((e) => e.note),
    s.actor.userId,
    s.actor.name,
    s.actor.unitId,
    JSON.stringify(s.after),
  );
  return rows[0] ?? null;
}
