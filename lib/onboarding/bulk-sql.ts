// The two statements the onboarding kinds write in bulk beyond Prisma's query API. Many rows
// updated with different values each: updateMany sets the same values on every row, and one update
// per row costs a round trip each (2 000 accounts). Many rows inserted: createManyAndReturn took
// 3 s for 500 units and 2 s for 2 000 accounts on PostgreSQL (bench/onboarding.ts), an INSERT from
// arrays takes tens of milliseconds. Identifiers come from the specs, never from a file.
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export type SqlColumn = { name: string; type: "text" | "boolean" | "date" | "Role" | "BlocKind" };

const BATCH = 1000;
const ident = (name: string) => Prisma.raw(`"${name}"`);
const cast = (type: SqlColumn["type"]) => Prisma.raw(type === "Role" || type === "BlocKind" ? `"${type}"` : type);

/**
 * UPDATE "table" SET each column (and updatedAt) FROM (VALUES (id, v1, v2…), …) WHERE id matches:
 * one statement per thousand rows. `rows` are [id, ...values] in `columns` order.
 */
export async function updateFromValues(tx: Tx, table: string, columns: readonly SqlColumn[], rows: readonly unknown[][]) {
  const at = new Date().toISOString();
  for (let i = 0; i < rows.length; i += BATCH) {
    const values = rows
      .slice(i, i + BATCH)
      .map((r) => Prisma.sql`(${Prisma.join([Prisma.sql`${r[0]}::text`, ...columns.map((c, k) => Prisma.sql`${r[k + 1]}::${cast(c.type)}`)])})`);
    const names = Prisma.join([ident("id"), ...columns.map((c) => ident(c.name))]);
    const sets = Prisma.join(columns.map((c) => Prisma.sql`${ident(c.name)} = v.${ident(c.name)}`));
    await tx.$executeRaw`UPDATE ${ident(table)} AS t SET ${sets}, "updatedAt" = ${at}::timestamp(3)
      FROM (VALUES ${Prisma.join(values)}) AS v(${names}) WHERE t.id = v.id`;
  }
}

/**
 * INSERT INTO "table" (id, columns…, updatedAt) SELECT FROM unnest(one array per column): one
 * statement per thousand rows. `rows` hold the values in `columns` order; returns the new ids in
 * row order (random UUIDs, as the score import's entries have).
 */
export async function insertRows(tx: Tx, table: string, columns: readonly SqlColumn[], rows: readonly unknown[][]): Promise<string[]> {
  const at = new Date().toISOString();
  const ids = rows.map(() => randomUUID());
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const names = Prisma.join([ident("id"), ...columns.map((c) => ident(c.name)), ident("updatedAt")]);
    // Enum arrays travel as text and are cast on the way in.
    const arrays = columns.map((c, k) => Prisma.sql`${batch.map((r) => r[k])}::${Prisma.raw(c.type === "Role" || c.type === "BlocKind" ? "text" : c.type)}[]`);
    const selects = columns.map((c, k) => Prisma.sql`v.${ident(`c${k}`)}::${cast(c.type)}`);
    const aliases = Prisma.join(columns.map((_, k) => ident(`c${k}`)));
    await tx.$executeRaw`INSERT INTO ${ident(table)} (${names})
      SELECT v.id, ${Prisma.join(selects)}, ${at}::timestamp(3)
      FROM unnest(${ids.slice(i, i + BATCH)}::text[], ${Prisma.join(arrays)}) AS v(id, ${aliases})`;
  }
  return ids;
}
