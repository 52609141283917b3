// The one statement the onboarding kinds need beyond Prisma's query API: many rows updated with
// different values each. updateMany sets the same values on every row, and one update per row
// costs a round trip each (2 000 accounts). Identifiers come from the specs, never from a file.
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
