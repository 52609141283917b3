import type { Prisma } from "@/lib/generated/prisma/client";

type Queryable = { query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };

/**
 * Runs a `Prisma.sql` statement on a plain pg client, for the few places that connect without
 * Prisma (scripts as the tables' owner, the tests' superuser): one way to write SQL with
 * parameters, whichever client runs it.
 */
export const pgRows =
  (client: Queryable) =>
  async <R>(sql: Prisma.Sql): Promise<R[]> =>
    (await client.query(sql.text, sql.values)).rows as R[];
