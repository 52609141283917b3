import { noteRenderError } from "@/lib/page-cache/render-errors";

// Once per server start, dev or production: drop the page cache's old records of draft saves, old
// sign-in attempts and old rate-limit windows, and remove stored files left without a row by a
// crash, periodically; sign a checkpoint of the audit chain outside the database, hourly.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("@/lib/env");
  if (!env.DATABASE_URL) return;
  const [{ db }, { startPruning }, { startAttemptPruning }, { startCountPruning }, { startOrphanSweep }, { startCheckpoints }] = await Promise.all([
    import("@/lib/db"),
    import("@/lib/page-cache/prune"),
    import("@/lib/auth/prune-attempts"),
    import("@/lib/limits/prune-counts"),
    import("@/lib/attachments/orphans"),
    import("@/lib/audit/anchor"),
  ]);
  startPruning((cutoff) => db.pageCacheWrite.deleteMany({ where: { at: { lt: cutoff } } }), env.PAGE_CACHE_TTL_SECONDS);
  startAttemptPruning();
  startCountPruning();
  startOrphanSweep();
  startCheckpoints((sql) => db.$queryRaw(sql));
}

// Next calls this for every error thrown while handling a request (rendering included).
export function onRequestError(): void {
  noteRenderError();
}
