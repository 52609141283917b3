// The bell's count on every page must stay cheap as notifications pile up: one range of the
// (userId, readAt) index, whatever the table holds. Checked here on 40 000 rows (200 people, a
// year of a busy bloc each): the plan is asserted, the figures only logged. Its time is the
// benchmark's to check (bench/rush/unread.ts, target under 1 ms): a timed assertion fails on a
// loaded machine without the code having changed.
import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

const USERS = 200;
const EACH = 200;

beforeAll(async () => {
  await db.user.createMany({
    data: Array.from({ length: USERS }, (_, i) => ({ id: `bell-${i}`, username: `bell-${i}`, name: `Người ${i}`, role: "UNIT_OFFICER", passwordHash: "x" })),
  });
  // One statement on the server: 40 000 rows sent through the client took 18 s on PostgreSQL, over
  // a minute when the other test tiers ran beside it. Every tenth of each person's is unread.
  await db.$executeRaw`
    INSERT INTO "Notification" ("id", "userId", "kind", "params", "link", "dedupeKey", "readAt")
    SELECT 'bell-' || u || '-' || j, 'bell-' || u, 'pledge-opened', '{"bloc": "Khối", "year": "2026"}'::jsonb, '/', 'bell:' || u || ':' || j,
           CASE WHEN j % 10 = 0 THEN NULL ELSE now() END
      FROM generate_series(0, ${USERS - 1}) AS u, generate_series(0, ${EACH - 1}) AS j`;
  await db.$executeRaw`ANALYZE "Notification"`;
});

it("counts one person's unread through the (userId, readAt) index, never by reading the table", async () => {
  const plan = await db.$queryRaw<{ "QUERY PLAN": string }[]>(
    Prisma.sql`EXPLAIN ANALYZE SELECT COUNT(*) FROM "Notification" WHERE "userId" = ${"bell-7"} AND "readAt" IS NULL`,
  );
  const text = plan.map((r) => r["QUERY PLAN"]).join("\n");
  // An index scan, or a bitmap scan of the index (Postgres picks by the visibility map): never the table.
  expect(text).toMatch(/(Index|Index Only|Bitmap Index) Scan on "Notification_userId_readAt_idx"|Index (Only )?Scan using "Notification_userId_readAt_idx"/);
  expect(text).not.toMatch(/Seq Scan/);
  const execution = Number(/Execution Time: ([\d.]+) ms/.exec(text)?.[1]);
  const started = performance.now();
  for (let i = 0; i < 50; i++) expect(await db.notification.count({ where: { userId: `bell-${i}`, readAt: null } })).toBe(EACH / 10);
  const roundTrip = (performance.now() - started) / 50;
  console.info(`[bell] ${USERS * EACH} notifications: execution ${execution} ms, round trip through Prisma ${roundTrip.toFixed(2)} ms`);
});
