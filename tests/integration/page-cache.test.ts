import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { coalescedReader, GENERATION_SQL } from "@/lib/page-cache/generation";
import { withPageCache } from "@/lib/page-cache/handler";
import { noteRenderError } from "@/lib/page-cache/render-errors";
import { sessionExpiresAt } from "@/lib/page-cache/session";
import { keepMs, startPruning } from "@/lib/page-cache/prune";
import { PageStore } from "@/lib/page-cache/store";
import { recordedScopes, writeChecker } from "@/lib/page-cache/writes";
import { resumeSession, startSession, endSessionsInTx } from "@/lib/sessions/service";
import { sessionOpenUntil } from "@/lib/sessions/open-until";
import { usePostgres } from "../support/test-db";

// The page cache in front of a small "app" that renders from the real database: what it serves
// again, and that any committed write, by whatever path, makes it render afresh.
const SECRET = "page-cache-test-secret-0123456789";
const TTL_MS = 30_000;

let server: Server;
let base: string;
let pool: pg.Pool;
let clock = Date.now();
let store: PageStore;
let renders = 0;
// Lets a test hold a render after it has read its data (a write landing mid-render).
let holdRender: Promise<void> | null = null;

async function app(req: IncomingMessage, res: ServerResponse) {
  renders += 1;
  const url = new URL(req.url ?? "/", "http://x");
  const units = await db.unit.findMany({ where: { code: { startsWith: "pc-" } }, orderBy: { code: "asc" }, select: { name: true } });
  if (holdRender) await holdRender;
  if (url.pathname === "/boom") {
    noteRenderError(); // as instrumentation.ts does when a render throws behind a 200 shell
  }
  const headers: Record<string, string> = { "content-type": "text/html; charset=utf-8" };
  if (url.pathname === "/cookie") headers["set-cookie"] = "flash=1";
  res.writeHead(url.pathname === "/missing" ? 404 : 200, headers);
  res.write("<ul>");
  if (url.pathname === "/big") res.write(`<!--${"x".repeat(150_000)}-->`); // beyond maxEntryBytes
  res.end(`${units.map((u) => `<li>${u.name}</li>`).join("")}</ul>`);
}

const IDLE_MS = 3_600_000;
// A session cookie as next-auth writes it, naming a server-side session that ends with the token:
// the cache keeps pages only for open sign-ins it can read.
async function sessionCookie(uid: string, maxAge = 3600) {
  const sid = await startSession(db, uid, "10.0.0.1", null);
  await db.userSession.update({ where: { id: sid }, data: { expiresAt: new Date(Date.now() + maxAge * 1000) } });
  return `next-auth.session-token=${await encode({ token: { uid, sid }, secret: SECRET, maxAge })}`;
}
let signedIn: string;
const encodeWithoutUser = () => encode({ token: {}, secret: SECRET, maxAge: 3600 });

async function page(path: string, cookie = signedIn) {
  const res = await fetch(`${base}${path}`, { headers: { cookie } });
  return { cache: res.headers.get("x-page-cache"), body: await res.text(), status: res.status };
}

beforeAll(async () => {
  pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
  await db.user.createMany({ data: ["u1", "u2", "u3"].map((id) => ({ id, username: id, name: id, role: "COUNCIL" as const, passwordHash: "-" })) });
  signedIn = await sessionCookie("u1");
  await db.unit.createMany({ data: [{ code: "pc-1", name: "Sở Tư pháp", shortName: "STP" }] });
  server = createServer((req, res) =>
    withPageCache(app, {
      store,
      generation: coalescedReader(async () => (await pool.query<{ generation: string }>(GENERATION_SQL)).rows[0].generation),
      ttlMs: TTL_MS,
      maxEntryBytes: 100_000,
      stillValid: writeChecker(recordedScopes(pool)),
      sessionExpiresAt: (cookie) =>
        sessionExpiresAt(
          cookie,
          SECRET,
          sessionOpenUntil(pool, { idleMs: IDLE_MS }, () => clock),
        ),
      now: () => clock,
    })(req, res),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await pool.end();
});

beforeEach(() => {
  store = new PageStore(1_000_000);
  clock = Date.now();
  holdRender = null;
});

// The entry is written once the response has finished; give the event loop a turn.
const settle = () => new Promise((r) => setTimeout(r, 20));

describe("page cache", () => {
  it("serves a page again without rendering it while nothing was written", async () => {
    const first = await page("/");
    expect(first).toMatchObject({ cache: "miss", status: 200 });
    expect(first.body).toContain("Sở Tư pháp");
    await settle();
    const before = renders;
    const second = await page("/");
    expect(second).toEqual({ ...first, cache: "hit" });
    expect(renders).toBe(before);
  });

  it("renders afresh after a write through Prisma, then serves the new page", async () => {
    await page("/");
    await settle();
    await db.unit.update({ where: { code: "pc-1" }, data: { name: "Sở Tư pháp tỉnh" } });
    const after = await page("/");
    expect(after.cache).toBe("miss");
    expect(after.body).toContain("Sở Tư pháp tỉnh");
    await settle();
    expect((await page("/")).cache).toBe("hit");
  });

  it("renders afresh after a write by plain SQL from another connection", async () => {
    await page("/");
    await settle();
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    await other.query(`UPDATE "Unit" SET "name" = 'Sở Tư pháp (SQL)' WHERE "code" = 'pc-1'`);
    await other.end();
    expect(await page("/")).toMatchObject({ cache: "miss", body: expect.stringContaining("Sở Tư pháp (SQL)") });
  });

  it("does not keep a page whose data changed while it was rendering", async () => {
    let release!: () => void;
    holdRender = new Promise((r) => (release = r));
    const pending = page("/");
    await new Promise((r) => setTimeout(r, 50)); // the render has read its units and waits
    await db.unit.update({ where: { code: "pc-1" }, data: { name: "Sở Tư pháp mới" } });
    release();
    const stale = await pending;
    expect(stale.body).not.toContain("Sở Tư pháp mới");
    holdRender = null;
    await settle();
    expect(await page("/")).toMatchObject({ cache: "miss", body: expect.stringContaining("Sở Tư pháp mới") });
  });

  it("never shares a page between sessions or URLs", async () => {
    const other = await sessionCookie("u2");
    await page("/");
    await settle();
    expect((await page("/", other)).cache).toBe("miss");
    expect((await page("/?x=1")).cache).toBe("miss");
    expect((await page("/", "")).cache).toBe("miss");
    expect((await page("/")).cache).toBe("hit");
  });

  it("never keeps errors, pages that set cookies, oversize pages, or pages rendered beside a render error", async () => {
    for (const path of ["/missing", "/cookie", "/big", "/boom"]) {
      await page(path);
      await settle();
      expect((await page(path)).cache).toBe("miss");
    }
    expect(store.size).toBe(0);
  });

  it("stops serving a page when its time is up or its sign-in has ended", async () => {
    await page("/");
    await settle();
    clock += TTL_MS;
    expect((await page("/")).cache).toBe("miss");

    const cookie = await sessionCookie("u3", 60);
    await page("/", cookie);
    await settle();
    expect((await page("/", cookie)).cache).toBe("hit");
    clock += 61_000;
    expect((await page("/", cookie)).cache).toBe("miss");
    await page("/", "next-auth.session-token=forged");
    await settle();
    expect((await page("/", "next-auth.session-token=forged")).cache).toBe("miss");
  });

  it("stops serving a page the moment its session is ended, and keeps none for the ended session", async () => {
    const cookie = await sessionCookie("u2");
    await page("/", cookie);
    await settle();
    expect((await page("/", cookie)).cache).toBe("hit");
    await endSessionsInTx(db, ["u2"], "signOut");
    expect((await page("/", cookie)).cache).toBe("miss");
    await settle();
    expect((await page("/", cookie)).cache).toBe("miss");
  });

  it("keeps pages through a session's activity, which it records as a write no page shows", async () => {
    const cookie = await sessionCookie("u3");
    const sid = (await db.userSession.findFirstOrThrow({ where: { userId: "u3", endedAt: null }, orderBy: { createdAt: "desc" } })).id;
    await page("/", cookie);
    await settle();
    expect(await resumeSession(db, sid, new Date(Date.now() + 5 * 60_000))).toEqual({ userId: "u3" }); // moves lastSeenAt on
    expect((await db.userSession.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt.getTime()).toBeGreaterThan(Date.now());
    expect((await page("/", cookie)).cache).toBe("hit");
    // The same write unrecorded would be taken for any change, and render every page afresh.
    await db.userSession.update({ where: { id: sid }, data: { lastSeenAt: new Date() } });
    expect((await page("/", cookie)).cache).toBe("miss");
  });

  it("never keeps a page for a request without a sign-in, so such requests cannot push signed-in pages out", async () => {
    store = new PageStore(1_000); // room for a few small pages
    await page("/");
    await settle();
    const anonymous = ["", "lang=vi", "next-auth.session-token=forged", `next-auth.session-token=${await encodeWithoutUser()}`];
    for (const [i, cookie] of anonymous.entries()) {
      for (let n = 0; n < 20; n++) await page(`/?n=${i}-${n}`, cookie);
      await settle();
      expect((await page("/?n=0-0", cookie)).cache).toBe("miss");
    }
    expect(store.size).toBe(1);
    expect((await page("/")).cache).toBe("hit");
  });

  it("lets POSTs and the API through untouched", async () => {
    const res = await fetch(`${base}/`, { method: "POST" });
    await res.text();
    expect(res.headers.get("x-page-cache")).toBeNull();
    const api = await fetch(`${base}/api/health`);
    await api.text();
    expect(api.headers.get("x-page-cache")).toBeNull();
  });

  it("keeps other bloc years' pages, the saved year's sheetless pages and the dashboard through a recorded draft save, not the saved year's sheets nor the rest", async () => {
    const paths = ["/", "/blocs/bb-1/years/2026/scoring", "/blocs/bb-2/years/2026", "/blocs/bb-2/years/2026/scoring", "/units/u1"];
    for (const path of paths) await page(path);
    await settle();
    // A transaction recorded as bb-2's draft save, as lib/scoring/entry-sql.ts records one. The
    // cache trusts the record: this one changes a unit's name to show which pages were kept.
    const writer = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await writer.connect();
    try {
      await writer.query("BEGIN");
      await writer.query(`UPDATE "Unit" SET "name" = 'Sở Tư pháp (bb-2)' WHERE "code" = 'pc-1'`);
      await writer.query(`INSERT INTO "PageCacheWrite" (xid, scope) VALUES (pg_current_xact_id()::text::bigint, 'bb-2/2026')`);
      await writer.query("COMMIT");
    } finally {
      await writer.end();
    }
    const after = Object.fromEntries(await Promise.all(paths.map(async (path) => [path, (await page(path)).cache] as const)));
    expect(after).toEqual({
      "/": "hit",
      "/blocs/bb-1/years/2026/scoring": "hit",
      "/blocs/bb-2/years/2026": "hit",
      "/blocs/bb-2/years/2026/scoring": "miss",
      "/units/u1": "miss",
    });
    // An unrecorded write after it still renders every page again.
    await settle();
    await db.unit.update({ where: { code: "pc-1" }, data: { name: "Sở Tư pháp" } });
    expect((await page("/blocs/bb-1/years/2026/scoring")).cache).toBe("miss");
    expect((await page("/blocs/bb-2/years/2026")).cache).toBe("miss");
  });

  // PGlite has one session, so a second connection waits for an open transaction to end (see
  // lib/db/embedded-queue.ts); only the server can hold one open while pages are served.
  it.runIf(usePostgres)("keeps serving while a write is in progress and renders afresh once it commits", async () => {
    const writer = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await writer.connect();
    try {
      await writer.query("BEGIN");
      await writer.query(`UPDATE "Unit" SET "name" = 'Sở Tư pháp (chưa lưu)' WHERE "code" = 'pc-1'`);
      const during = await page("/");
      expect(during.body).not.toContain("chưa lưu");
      await settle();
      expect((await page("/")).cache).toBe("hit");
      await writer.query("COMMIT");
      expect(await page("/")).toMatchObject({ cache: "miss", body: expect.stringContaining("chưa lưu") });
    } finally {
      await writer.end();
    }
  });

  it("drops records of draft saves older than twice a page's life, and keeps the recent ones", async () => {
    const now = Date.parse("2026-11-22T06:00:00Z");
    const ttl = 900; // 15 minutes: records are kept 30
    const at = (minutesAgo: number) => new Date(now - minutesAgo * 60_000);
    await db.pageCacheWrite.createMany({
      data: [
        { xid: 9_000_000_001n, scope: "bb-1/2026", at: at(31) },
        { xid: 9_000_000_002n, scope: "bb-1/2026", at: at(29) },
      ],
    });
    let runs = 0;
    const stop = startPruning(
      (cutoff) => db.pageCacheWrite.deleteMany({ where: { at: { lt: cutoff } } }).then(() => runs++),
      ttl,
      20,
      () => now,
    );
    try {
      await expect.poll(() => runs, { timeout: 5000 }).toBeGreaterThan(0);
    } finally {
      stop();
    }
    const left = await db.pageCacheWrite.findMany({ where: { xid: { gte: 9_000_000_001n } }, select: { xid: true } });
    expect(left.map((r) => r.xid)).toEqual([9_000_000_002n]);
    expect(keepMs(30)).toBe(10 * 60_000); // a short page life still keeps 10 minutes
  });
});
