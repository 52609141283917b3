import "server-only";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import type { JobStatus } from "@/lib/generated/prisma/enums";
import { authorize } from "@/lib/errors";
import { canSeeJobs } from "./policy";

export type JobFilter = { status?: JobStatus; kind?: string; take?: number };

/** The newest jobs, for the administrator's list (its page comes with the notifications), and how many there are in each state. */
export async function listJobs(viewer: AppSession, { status, kind, take = 100 }: JobFilter = {}) {
  authorize(canSeeJobs(viewer));
  const where = { ...(status && { status }), ...(kind && { kind }) };
  const [rows, counts] = await Promise.all([
    db.job.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: Math.min(take, 500),
      select: { id: true, kind: true, status: true, runAt: true, attempts: true, maxAttempts: true, lastError: true, createdAt: true, finishedAt: true },
    }),
    db.job.groupBy({ by: ["status"], where: kind ? { kind } : {}, _count: { _all: true } }),
  ]);
  return {
    jobs: rows.map((r) => ({ ...r, id: String(r.id) })),
    counts: Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<Record<JobStatus, number>>,
  };
}
