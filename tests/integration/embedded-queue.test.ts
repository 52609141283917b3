import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbedded, type EmbeddedDatabase } from "@/lib/db/embedded";

// The app shares the embedded database's one session between its pool's connections
// (lib/db/embedded-queue.ts). Without the exchange-aware queue this test fails with "unnamed
// prepared statement does not exist" and stalls: connections overwrite each other's statements.
let embedded: EmbeddedDatabase;
let clients: pg.Client[];

beforeAll(async () => {
  embedded = await startEmbedded({ dataDir: null });
  clients = await Promise.all(
    Array.from({ length: 8 }, async () => {
      const c = new pg.Client({ connectionString: embedded.url });
      await c.connect();
      return c;
    }),
  );
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.end()));
  await embedded.stop();
});

describe("the embedded database shared by eight connections", () => {
  it("gives every parameterised query its own answer, inside and outside transactions", async () => {
    await clients[0].query("CREATE TABLE q (client int, n int)");
    const answers = await Promise.all(
      clients.map(async (c, ci) => {
        const wrong: unknown[] = [];
        for (let i = 0; i < 100; i++) {
          const n = ci * 1000 + i;
          if (ci < 3) {
            await c.query("BEGIN");
            const r = await c.query("SELECT $1::int AS n, 'tx' AS kind", [n]);
            await c.query("INSERT INTO q (client, n) VALUES ($1, $2)", [ci, n]);
            const s = await c.query("SELECT $1::text AS s", [`x${n}`]);
            await c.query(i % 10 === 0 ? "ROLLBACK" : "COMMIT");
            if (r.rows[0]?.n !== n || s.rows[0]?.s !== `x${n}`) wrong.push([n, r.rows, s.rows]);
          } else {
            const r = await c.query("SELECT $1::int + 0 AS n", [n]);
            if (r.rows[0]?.n !== n) wrong.push([n, r.rows]);
          }
        }
        return wrong;
      }),
    );
    expect(answers.flat()).toEqual([]);
    // Each transaction's insert stayed with its own connection: 90 committed per client, 10 rolled back.
    const { rows } = await clients[0].query<{ client: number; count: string }>("SELECT client, count(*) FROM q GROUP BY client ORDER BY client");
    expect(rows).toEqual([0, 1, 2].map((client) => ({ client, count: "90" })));
  }, 60_000);

  it("keeps serving the others when a connection drops in the middle of a transaction", async () => {
    const leaving = new pg.Client({ connectionString: embedded.url });
    await leaving.connect();
    await leaving.query("BEGIN");
    await leaving.query("INSERT INTO q (client, n) VALUES (99, 1)");
    leaving.on("error", () => {});
    (leaving as unknown as { connection: { stream: { destroy: () => void } } }).connection.stream.destroy();
    const r = await clients[1].query("SELECT count(*)::int AS n FROM q WHERE client = 99");
    expect(r.rows[0].n).toBe(0);
  });
});
