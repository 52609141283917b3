import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

// Prisma's query API has no row locks: a unit's write holds its round FOR SHARE, so the summary
// cannot be passed (FOR UPDATE) between the check that it is still open and the write.
const MODES = { write: Prisma.sql`FOR SHARE`, pass: Prisma.sql`FOR UPDATE` } as const;

/** Holds the round for a unit's write or for the summary's passing. */
export async function holdRound(tx: Tx, roundId: string, mode: keyof typeof MODES) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ReportRound" WHERE id = ${roundId} ${MODES[mode]}`;
  if (rows.length === 0) throw new NotFoundError();
}
