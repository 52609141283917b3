import type { Instrumentation } from "next";

// Once per server start, dev or production: the job runner (lib/jobs: the hourly prunes of sign-in
// attempts, sessions and request counts, and whatever the app enqueues), and the timers that stay
// per instance: stored files left without a row by a crash (each instance's disk), and a checkpoint
// of the audit chain outside the database, hourly.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("@/lib/env");
  if (!env.DATABASE_URL) return;
  const [{ db }, { startJobRunner }, { startOrphanSweep }, { startCheckpoints }] = await Promise.all([
    import("@/lib/db"),
    import("@/lib/worker/start"),
    import("@/lib/attachments/orphans"),
    import("@/lib/audit/anchor"),
  ]);
  startJobRunner();
  startOrphanSweep();
  startCheckpoints((sql) => db.$queryRaw(sql));
}

// Next calls this for every error thrown while handling a request (rendering included): logged
// once, with the request's id (lib/log) and the route's pattern (never its path: a set-password
// link's token is in it).
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log } = await import("@/lib/log/logger");
  log.error({ scope: "render", err: error, method: request.method, route: context.routePath, routeType: context.routeType }, "request failed");
};
