import { db } from "@/lib/db";
import { pendingMigrations } from "@/lib/db/migrate";

const NO_STORE = { "Cache-Control": "no-store" };

// For load balancers: send this instance requests only while its database answers and has every
// migration this code expects. Names no table, user or error text: it is open to anyone.
export async function GET() {
  const started = Date.now();
  try {
    const pending = await pendingMigrations(async () =>
      (
        await db.$queryRaw<{ name: string }[]>`SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`
      ).map((r) => r.name),
    );
    if (pending.length > 0)
      return Response.json({ status: "not-ready", database: "ok", pendingMigrations: pending.length }, { status: 503, headers: NO_STORE });
    return Response.json({ status: "ready", database: "ok", latencyMs: Date.now() - started }, { headers: NO_STORE });
  } catch {
    return Response.json({ status: "not-ready", database: "unreachable" }, { status: 503, headers: NO_STORE });
  }
}
