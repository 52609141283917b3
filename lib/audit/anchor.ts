import { createPublicKey, type KeyObject } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import { anchorPaths, appendCheckpoint, loadSigningKey } from "@/lib/audit/anchor-files";
import { checkpointLine, signCheckpoint, type Checkpoint, type Head } from "@/lib/audit/checkpoint";

// Takes checkpoints of the audit chain's head (lib/audit/checkpoint.ts): every running app at
// start and hourly (instrumentation.ts), `npm run backup` after each archive, and
// `npm run audit:checkpoint` on demand. Reading the head needs only SELECT, so the app's own
// role (docs/SECURITY.md) is enough.

const CHECKPOINT_EVERY_MS = 3_600_000;

/**
 * One statement, one snapshot: entries commit in id order under the chain's lock
 * (audit_hash_chain migration), so what a snapshot sees is a prefix of the chain and
 * its newest entry sits at position count.
 */
export const HEAD_SQL = Prisma.sql`SELECT count(*)::text AS "count", max(a."id")::text AS "id",
  (SELECT b."hash" FROM "AuditLog" b ORDER BY b."id" DESC LIMIT 1) AS "hash" FROM "AuditLog" a`;

type Written = { checkpoint: Checkpoint; publicKey: KeyObject; written: boolean };
type HeadRow = { count: string; id: string | null; hash: string | null };
/** Runs HEAD_SQL: Prisma's $queryRaw, or a pg client's through pgRows (lib/db/pg-sql.ts). */
export type HeadQuery = (sql: Prisma.Sql) => Promise<HeadRow[]>;

export async function readHead(query: HeadQuery): Promise<Head | null> {
  const [row] = await query(HEAD_SQL);
  return row?.id && row.hash ? { count: Number(row.count), id: row.id, hash: row.hash } : null;
}

/** Signs and appends a checkpoint of the current head; null for an empty log, which has nothing to anchor. */
export async function writeCheckpoint(query: HeadQuery, paths = anchorPaths(), now = new Date()): Promise<Written | null> {
  const head = await readHead(query);
  if (!head) return null;
  const key = await loadSigningKey(paths.keyFile);
  const checkpoint = signCheckpoint(head, key, now);
  const publicKey = createPublicKey(key);
  return { checkpoint, publicKey, written: await appendCheckpoint(paths.checkpointDir, checkpoint, publicKey) };
}

/**
 * Writes one now, then every `everyMs`, without holding the process open; returns what stops it.
 * A new line also goes to the log, so a log shipped off the machine (journald to a remote syslog)
 * carries a copy that `npm run audit:verify -- --checkpoints <file>` reads as it is.
 */
export function startCheckpoints(query: HeadQuery, everyMs = CHECKPOINT_EVERY_MS, paths = anchorPaths()) {
  // One at a time: a slow database must not pile runs up, each appending the same head.
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    void writeCheckpoint(query, paths)
      .then(
        (result) => {
          if (result?.written) console.log(`[audit-checkpoint] ${checkpointLine(result.checkpoint)}`);
        },
        (error: Error) => console.error(`[audit-checkpoint] not written: ${error.message}`),
      )
      .finally(() => (running = false));
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
