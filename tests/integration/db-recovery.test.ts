import net from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { hashPassword } from "@/lib/auth/password";
import { isDatabaseUnavailable } from "@/lib/db/errors";

// A gate between the app and its database (PGlite or PostgreSQL alike): closing it drops every
// open connection and refuses new ones, as a database that crashed or restarted does; opening it
// again on the same port is the database coming back. The app's own client (lib/db) goes through it.
class Gate {
  private server: net.Server | null = null;
  private sockets = new Set<net.Socket>();
  port = 0;
  constructor(private target: { host: string; port: number }) {}

  async open() {
    if (this.server?.listening) return;
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on("close", () => this.sockets.delete(s));
        s.on("error", () => {});
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, "127.0.0.1", resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  async close() {
    for (const s of this.sockets) s.destroy();
    await new Promise((resolve) => this.server!.close(resolve));
  }
}

const real = new URL(process.env.DATABASE_URL!);
const gate = new Gate({ host: real.hostname, port: Number(real.port || 5432) });
await gate.open();
const gated = new URL(real);
gated.hostname = "127.0.0.1";
gated.port = String(gate.port);
process.env.DATABASE_URL = gated.toString(); // lib/db creates its client on first use

const session = { uid: "" };
vi.mock("@/lib/auth/session", async () => {
  const { loadAppSession } = await import("@/lib/auth/session-user");
  const { db } = await import("@/lib/db");
  return { getSession: () => loadAppSession(db, session.uid) };
});
const { db } = await import("@/lib/db");
const { action } = await import("@/lib/actions/action");
const { authOptions } = await import("@/lib/auth/options");
const { GET: health } = await import("@/app/api/health/route");
const { GET: ready } = await import("@/app/api/ready/route");

const countUsers = action(z.object({}), async () => db.user.count());
type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("expected the database call to fail");
}

beforeAll(async () => {
  const user = await db.user.create({
    data: { username: "canbo.db", name: "Cán bộ", role: "BOARD", allBlocs: true, passwordHash: await hashPassword("MatKhau@2026") },
  });
  session.uid = user.id;
});
afterAll(async () => {
  await gate.open(); // db-setup disconnects and drops the database after us
});

describe("a database that goes down and comes back", () => {
  it("is reported clearly while down, then works again without a restart of the app", async () => {
    expect(await db.user.count()).toBe(1);
    expect((await ready()).status).toBe(200);
    expect(await countUsers({})).toEqual({ ok: true, data: 1 });

    await gate.close();
    vi.spyOn(console, "error").mockImplementation(() => {});

    // A query on a connection that was open, then on new ones: every failure is recognised.
    for (let i = 0; i < 3; i++) {
      const error = await failure(() => db.user.count());
      expect(isDatabaseUnavailable(error), String(error)).toBe(true);
    }
    expect(isDatabaseUnavailable(await failure(() => db.$transaction(async (tx) => tx.user.count())))).toBe(true);

    // Not ready for the load balancer, still alive for the supervisor: restarting it would not help.
    const down = await ready();
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: "not-ready", database: "unreachable" });
    expect((await health()).status).toBe(200);
    // Server actions answer with the message key of the Vietnamese page text, not a crash…
    expect(await countUsers({})).toEqual({ ok: false, error: "errors.databaseDown" });
    // …and so does sign-in.
    await expect(authorize({ username: "canbo.db", password: "MatKhau@2026" }, { headers: {} })).rejects.toThrow("DATABASE_DOWN");

    await gate.open(); // same port: the database is back
    vi.restoreAllMocks();

    expect(await db.user.count()).toBe(1);
    const up = await ready();
    expect(up.status).toBe(200);
    expect(await up.json()).toMatchObject({ status: "ready", database: "ok" });
    expect(await countUsers({})).toEqual({ ok: true, data: 1 });
    expect(await authorize({ username: "canbo.db", password: "MatKhau@2026" }, { headers: {} })).toMatchObject({ id: session.uid });
  });

  it("does not mistake an ordinary query error for an outage", async () => {
    const duplicate = await failure(() => db.user.create({ data: { username: "canbo.db", name: "Trùng", role: "BOARD", passwordHash: "x" } }));
    expect(isDatabaseUnavailable(duplicate)).toBe(false);
    expect(isDatabaseUnavailable(await failure(() => db.$queryRaw`SELECT * FROM khong_co_bang`))).toBe(false);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnavailable("Connection terminated")).toBe(false);
  });
});
