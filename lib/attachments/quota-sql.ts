// Raw SQL because Prisma has no call for an advisory lock.
import type { Tx } from "@/lib/db";

// The two-key form of advisory locks never meets the one-key form (the audit chain's, Prisma
// Migrate's): this class is "QUOT", the key a hash of the holder and the year.
const QUOTA_LOCK_CLASS = 1364545364;

/** Until the transaction ends, one upload at a time per quota holder and year: two parallel ones cannot both fit the last megabytes. */
export async function lockQuota(tx: Tx, holderKey: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${QUOTA_LOCK_CLASS}::int, hashtext(${holderKey}))`;
}
