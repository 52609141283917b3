import type { QueryResult, QueryResultRow } from "pg";

// Checks the audit hash chain built by the "AuditLog_chain" trigger (see the
// audit_hash_chain migration). Hashes are recomputed by the same SQL function that wrote
// them, so there is one definition of what an entry covers.

/** Anything with pg's query(): a pg.Client, a pool client or a pg.Pool. */
export type SqlClient = {
  query<R extends QueryResultRow>(text: string, values?: unknown[]): Promise<QueryResult<R>>;
};

export type BrokenLink = { id: bigint; reason: "hash" | "link" };
export type ChainReport = {
  /** Entries found intact (before the broken one, if any). */
  checked: number;
  firstBroken: BrokenLink | null;
  /** The newest entry: the chain cannot show entries cut off its end, so keep this elsewhere to compare (lib/audit/anchor.ts). */
  last: { id: bigint; hash: string } | null;
  /** The entry found at each position asked for (1 = the oldest), among the intact ones. */
  atPositions: Map<number, { id: bigint; hash: string }>;
};

const PAGE_SIZE = 5000;

type Row = { id: string; prevHash: string | null; hash: string | null; expected: string };

/**
 * Walks every entry in id order, a page at a time: "hash" when an entry's content no longer
 * matches its hash (edited), "link" when its prevHash is not the previous entry's hash (an
 * entry before it was deleted or inserted). Stops at the first broken entry.
 * No snapshot is needed: an entry's id is settled under the chain lock, so entries commit in id
 * order and one committed while the walk runs is only ever appended after the ones read.
 */
export async function verifyAuditChain(client: SqlClient, pageSize = PAGE_SIZE, positions: ReadonlySet<number> = new Set()): Promise<ChainReport> {
  const atPositions = new Map<number, { id: bigint; hash: string }>();
  let checked = 0;
  let lastId = 0n;
  let lastHash: string | null = null;
  for (;;) {
    const { rows } = await client.query<Row>(
      `SELECT a."id"::text AS "id", a."prevHash", a."hash", "audit_hash"(a."prevHash", a) AS "expected"
         FROM "AuditLog" a WHERE a."id" > $1 ORDER BY a."id" LIMIT $2`,
      [lastId.toString(), pageSize],
    );
    for (const row of rows) {
      const id = BigInt(row.id);
      if (row.prevHash !== lastHash) return { checked, firstBroken: { id, reason: "link" }, last: null, atPositions };
      if (row.hash !== row.expected) return { checked, firstBroken: { id, reason: "hash" }, last: null, atPositions };
      checked += 1;
      if (positions.has(checked)) atPositions.set(checked, { id, hash: row.hash });
      lastId = id;
      lastHash = row.hash;
    }
    if (rows.length < pageSize) break;
  }
  return { checked, firstBroken: null, last: lastHash ? { id: lastId, hash: lastHash } : null, atPositions };
}
