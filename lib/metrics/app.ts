import { db, poolStats } from "@/lib/db";
import { queueDepth } from "@/lib/jobs/depth";
import { labelText, renderMetrics } from "./registry";

const gauge = (name: string, help: string, rows: [Record<string, string>, number][]) => [
  `# HELP ${name} ${help}`,
  `# TYPE ${name} gauge`,
  ...rows.map(([labels, value]) => `${name}${labelText(labels)} ${value}`),
];

/** What this instance has counted (requests, actions), then what is read at the scrape: its database pool and the job queue (shared by every instance). */
export async function appMetrics(): Promise<string> {
  const pool = poolStats();
  const lines = pool
    ? gauge("db_pool_connections", "This instance's connections to the database, by state; max is the pool's size.", [
        [{ state: "total" }, pool.total],
        [{ state: "idle" }, pool.idle],
        [{ state: "waiting_requests" }, pool.waiting],
        [{ state: "max" }, pool.max],
      ])
    : [];
  const jobs = await queueDepth(db).catch(() => null);
  if (jobs) {
    lines.push(
      ...gauge(
        "jobs",
        "Jobs in the queue (every instance's), by status and kind.",
        jobs.byStatus.map((r) => [{ status: r.status, kind: r.kind }, r.count]),
      ),
    );
    lines.push(...gauge("jobs_due", "Pending jobs whose time has come: a number that keeps growing means no runner keeps up.", [[{}, jobs.due]]));
  }
  return renderMetrics() + (lines.length ? `${lines.join("\n")}\n` : "");
}
