import type { Db } from "@/lib/db";

/** The queue by status and kind, and how many pending jobs are due now: what an operator watches (/api/metrics). */
export async function queueDepth(client: Db, now = new Date()) {
  const [byStatus, due] = await Promise.all([
    client.job.groupBy({ by: ["status", "kind"], _count: { _all: true } }),
    client.job.count({ where: { status: "PENDING", runAt: { lte: now } } }),
  ]);
  return { byStatus: byStatus.map((r) => ({ status: r.status, kind: r.kind, count: r._count._all })), due };
}
