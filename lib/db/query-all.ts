import type { Db, Tx } from "@/lib/db";

type Thunks = readonly (() => Promise<unknown>)[];
type Results<T extends Thunks> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

/**
 * Runs independent reads: side by side on the pool, one after another inside a transaction.
 * A transaction holds one connection, and node-postgres deprecates queuing a query on a
 * client that is still busy (it will refuse it in pg 9).
 */
export async function queryAll<T extends Thunks>(client: Db | Tx, thunks: T): Promise<Results<T>> {
  // Told apart by $disconnect, which only the pool client has: a transaction client has
  // $transaction too (Prisma 7 nests transactions), and `in` does not see through lib/db's proxy.
  if (typeof (client as { $disconnect?: unknown }).$disconnect === "function") return (await Promise.all(thunks.map((f) => f()))) as Results<T>;
  const out: unknown[] = [];
  for (const f of thunks) out.push(await f());
  return out as Results<T>;
}
