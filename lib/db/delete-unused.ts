import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/errors";

/*
 * "Nothing depends on it" is decided by the database's own foreign keys, not by a list of tables
 * kept here: every key pointing at a unit, a bloc or an account refuses the delete (ON DELETE
 * RESTRICT) unless it is part of the thing itself (a bloc's rotation order, an account's bloc
 * assignments and links), so a table added later is covered without touching this code.
 * tests/integration/deletion.test.ts checks every such key's rule.
 */

const isForeignKeyViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003";

/**
 * Deletes inside the caller's transaction; a row still referenced comes back as `inUseKey` (the
 * transaction is rolled back by the throw, nothing else was written).
 */
export async function deleteUnlessReferenced(remove: () => Promise<unknown>, inUseKey: string): Promise<void> {
  try {
    await remove();
  } catch (error) {
    if (isForeignKeyViolation(error)) throw new DomainError(inUseKey);
    throw error;
  }
}

class DryRun extends Error {}

/**
 * Whether `remove` would succeed now: it runs in a transaction that is always rolled back. Pages
 * use it to offer the delete button only where the delete will work, with the very same rule.
 */
export async function wouldDelete(remove: (tx: Tx) => Promise<unknown>): Promise<boolean> {
  const outcome: unknown = await db
    .$transaction(async (tx) => {
      await remove(tx);
      throw new DryRun();
    })
    .catch((error: unknown) => error);
  if (outcome instanceof DryRun) return true;
  if (outcome instanceof DomainError) return false;
  throw outcome;
}
