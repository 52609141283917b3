import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

/**
 * Holds the bloc's row until the transaction ends, so two adoptions in one bloc take turns and
 * each supersedes what the other left in force: one regulation in force per bloc. Prisma's query
 * API has no SELECT … FOR UPDATE, and the rule spans rows of several bloc years, so no one row of
 * Regulation can carry it.
 */
export async function holdBloc(tx: Tx, blocId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`SELECT id FROM "Bloc" WHERE id = ${blocId} FOR UPDATE`);
  if (rows.length === 0) throw new NotFoundError();
}
