import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STATEMENT_NAMING } from "@/lib/db/statement-names";
import { usePostgres } from "../support/test-db";

// On PostgreSQL the app keeps the statements it runs most prepared on each connection
// (lib/db/statement-names.ts, DATABASE_PREPARED_STATEMENTS=on as `npm start` sets it there, and
// as this tier runs every file). The embedded database's one session is shared by every
// connection, so there it stays off (scripts/serve.ts).
const { db } = await import("@/lib/db");

// Past the run from which a statement is named, each code asked for more than once.
const RUNS = STATEMENT_NAMING.afterRuns + 3;
const units = ["Sở Tư pháp", "Sở Y tế", "Thanh tra tỉnh"].map((name, i) => ({ id: `ps-${i}`, code: `PS${i}`, name, shortName: name }));

afterAll(async () => {
  await db.$disconnect();
});

describe.skipIf(!usePostgres)("prepared statements on PostgreSQL", () => {
  beforeAll(async () => {
    await db.unit.createMany({ data: units });
  });

  it("prepares a read once it is run often, and each run answers for its own parameters", async () => {
    // One transaction: one connection, whose prepared statements PostgreSQL lists.
    const { answers, prepared } = await db.$transaction(async (tx) => {
      const answers: string[][] = [];
      for (let i = 0; i < RUNS; i++) {
        const rows = await tx.unit.findMany({ where: { code: { startsWith: `PS${i % 3}` } }, select: { name: true } });
        answers.push(rows.map((r) => r.name));
      }
      const prepared = await tx.$queryRaw<{ name: string; statement: string }[]>`SELECT name, statement FROM pg_prepared_statements`;
      return { answers, prepared };
    });
    expect(answers).toEqual(Array.from({ length: RUNS }, (_, i) => [units[i % 3].name]));
    const reads = prepared.filter((p) => p.statement.includes(`FROM "public"."Unit"`));
    expect(reads).toHaveLength(1);
    expect(reads[0].name).toMatch(/^s_/);
  });

  it("leaves a statement run once unnamed", async () => {
    const prepared = await db.$transaction(async (tx) => {
      await tx.unit.count({ where: { shortName: "Sở Y tế" } });
      return tx.$queryRaw<{ statement: string }[]>`SELECT statement FROM pg_prepared_statements`;
    });
    expect(prepared.filter((p) => p.statement.includes("COUNT("))).toEqual([]);
  });
});
