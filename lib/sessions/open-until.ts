import type { QueryResult, QueryResultRow } from "pg";
import { sessionEndsAt, sessionOpen, type SessionLimits } from "./rules";

type Queryable = { query<R extends QueryResultRow>(text: string, values?: unknown[]): Promise<QueryResult<R>> };

// Epoch milliseconds straight from the database: node-postgres would read a timestamp without
// time zone (how Prisma stores UTC) in the server's local time zone.
const SQL = `SELECT EXTRACT(EPOCH FROM "lastSeenAt") * 1000 AS seen, EXTRACT(EPOCH FROM "expiresAt") * 1000 AS expires, "endedAt" IS NOT NULL AS ended
  FROM "UserSession" WHERE id = $1`;

/**
 * For the page cache of the production server, which reads through its own pg pool: when the
 * open session `id` stops counting unless used again (epoch ms), or null when it does not count now.
 */
export function sessionOpenUntil(client: Queryable, limits: SessionLimits, now = Date.now) {
  return async (id: string): Promise<number | null> => {
    const row = (await client.query<{ seen: string; expires: string; ended: boolean }>(SQL, [id])).rows[0];
    if (!row) return null;
    const times = { lastSeenAt: new Date(Number(row.seen)), expiresAt: new Date(Number(row.expires)), endedAt: row.ended ? new Date(0) : null };
    return sessionOpen(times, limits, now()) ? sessionEndsAt(times, limits) : null;
  };
}
