// What the bell costs on every page (issue 20: under 1 ms, indexed): PostgreSQL's own execution
// time of the header's unread count, for many users of the rush's seeded inboxes, read from
// EXPLAIN ANALYZE so the client's round trip and the machine's load elsewhere do not count.
import pg from "pg";

export type UnreadCountCost = { users: number; median_ms: number; max_ms: number; index_used: boolean };

export async function unreadCountCost(databaseUrl: string, users = 50): Promise<UnreadCountCost> {
  const sql = new pg.Client({ connectionString: databaseUrl });
  await sql.connect();
  try {
    const { rows: ids } = await sql.query<{ id: string }>(`SELECT id FROM "User" ORDER BY id LIMIT $1`, [users]);
    const times: number[] = [];
    let indexUsed = true;
    for (const { id } of ids) {
      const { rows } = await sql.query<{ "QUERY PLAN": { Plan: unknown; "Execution Time": number }[] }>(
        `EXPLAIN (ANALYZE, FORMAT JSON) SELECT count(*) FROM "Notification" WHERE "userId" = $1 AND "readAt" IS NULL`,
        [id],
      );
      const [plan] = rows[0]["QUERY PLAN"];
      times.push(plan["Execution Time"]);
      indexUsed &&= JSON.stringify(plan.Plan).includes("Notification_userId_readAt_idx");
    }
    times.sort((a, b) => a - b);
    const round = (x: number) => Math.round(x * 1000) / 1000;
    return { users: times.length, median_ms: round(times[Math.floor(times.length / 2)] ?? 0), max_ms: round(times.at(-1) ?? 0), index_used: indexUsed };
  } finally {
    await sql.end();
  }
}
