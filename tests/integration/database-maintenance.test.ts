import { describe, expect, it } from "vitest";

const { db } = await import("@/lib/db");
const { autovacuumRuns, maintainDatabase } = await import("@/lib/db/maintenance");
const { JOB_SCHEDULES } = await import("@/lib/worker/handlers");
const { storedActor } = await import("../support/actors");

// reltuples is the planner's count of a table's rows: -1 until the table is first vacuumed or analyzed.
const plannedRows = async () => Number((await db.$queryRaw<{ n: number }[]>`SELECT reltuples AS n FROM pg_class WHERE oid = '"Notification"'::regclass`)[0].n);

describe("the night's database maintenance", () => {
  it("vacuums and analyzes where autovacuum does not run, so the planner counts the rows there are", async () => {
    // The embedded database has no background processes; the CI's PostgreSQL runs with autovacuum off.
    expect(await autovacuumRuns(db)).toBe(false);
    const { userId } = await storedActor();
    await db.notification.createMany({
      data: Array.from({ length: 40 }, (_, i) => ({ userId, kind: "pledge-opened", params: {}, link: "/", dedupeKey: `maintenance-${i}` })),
    });
    const rows = await db.notification.count();
    expect(await plannedRows()).not.toBe(rows);

    expect(await maintainDatabase(db)).toBe("vacuumed");
    expect(await plannedRows()).toBe(rows);
    expect(JOB_SCHEDULES.some((s) => s.kind === "maintain-database")).toBe(true);
  });
});
