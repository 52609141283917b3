import { describe, expect, it } from "vitest";

// The operators' routes (docs/SECURITY.md's reliability table): alive, ready, metrics behind a token.
process.env.METRICS_TOKEN = "metrics-token-for-tests-0123456789";
const { db } = await import("@/lib/db");
const { enqueue } = await import("@/lib/jobs/kinds");
const { GET: health } = await import("@/app/api/health/route");
const { GET: ready } = await import("@/app/api/ready/route");
const { GET: metrics } = await import("@/app/api/metrics/route");
const { histogram } = await import("@/lib/metrics/registry");

const scrape = (token?: string) => metrics(new Request("http://localhost/api/metrics", token ? { headers: { authorization: `Bearer ${token}` } } : {}));

describe("/api/health and /api/ready", () => {
  it("are alive and ready on a migrated database", async () => {
    expect(await (await health()).json()).toEqual({ status: "ok" });
    const res = await ready();
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ready", database: "ok" });
  });

  it("is not ready while a migration of this code is missing from the database", async () => {
    const [last] = await db.$queryRaw<{ name: string }[]>`SELECT migration_name AS name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`;
    await db.$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = ${last.name}`;
    try {
      const res = await ready();
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: "not-ready", database: "ok", pendingMigrations: 1 });
      expect((await health()).status).toBe(200);
    } finally {
      await db.$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = NULL WHERE migration_name = ${last.name}`;
    }
    expect((await ready()).status).toBe(200);
  });
});

describe("/api/metrics", () => {
  it("refuses a scraper without the token, or with another", async () => {
    for (const res of [await scrape(), await scrape("metrics-token-for-tests-012345678X"), await scrape("short")]) {
      expect(res.status).toBe(401);
      expect(await res.text()).toBe("Unauthorized");
    }
  });

  it("gives the counted requests, the pool and the job queue in Prometheus's format", async () => {
    histogram("http_request_duration_seconds", "")({ route: "/blocs/[id]", method: "GET", status: "2xx" }, 0.03);
    await db.$transaction((tx) => enqueue(tx, "prune-jobs", { slot: new Date(Date.now() - 60_000).toISOString() }));
    const res = await scrape("metrics-token-for-tests-0123456789");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain; version=0.0.4");
    const text = await res.text();
    expect(text).toContain('http_request_duration_seconds_bucket{route="/blocs/[id]",method="GET",status="2xx",le="0.05"} 1');
    expect(text).toContain('http_request_duration_seconds_bucket{route="/blocs/[id]",method="GET",status="2xx",le="0.025"} 0');
    expect(text).toMatch(/^db_pool_connections\{state="total"\} [1-9]\d*$/m);
    expect(text).toMatch(/^db_pool_connections\{state="max"\} \d+$/m);
    expect(text).toContain('jobs{status="PENDING",kind="prune-jobs"} 1');
    expect(text).toMatch(/^jobs_due 1$/m);
  });
});
