import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { AppSession } from "@/lib/auth/session-types";

// Limits small enough to reach in a test; addresses from x-peer-address, as behind scripts/app-server.ts.
process.env.RATE_LIMITS = "documents=3/5,exports=2/100,imports=1/100,uploads=1/100,actions=4/1000";
process.env.PEER_HEADER_TRUSTED = "1";

const current = vi.hoisted(() => ({ session: null as AppSession | null }));
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.session }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { db } = await import("@/lib/db");
const documents = await import("@/app/api/documents/[kind]/[id]/route");
const ranking = await import("@/app/api/exports/ranking/[blocYearId]/route");
const scoreImport = await import("@/app/api/imports/scores/route");
const { setDocumentDateAction } = await import("@/lib/documents/actions");
const { uploadAttachmentAction } = await import("@/lib/attachments/actions");
const { pruneRequestCounts } = await import("@/lib/limits/prune-counts");
const { actor } = await import("../support/actors");

// Windows are whole minutes of the clock: every test runs at 10 s into a minute of its own, so none straddles two.
const WINDOW = Math.floor(Date.now() / 60_000) * 60_000;
let minute = 0;
beforeAll(() => vi.useFakeTimers({ toFake: ["Date"] }));
afterAll(() => vi.useRealTimers());
const nextWindow = () => vi.setSystemTime(WINDOW + ++minute * 60_000 + 10_000);

const as = (userId: string) => (current.session = actor({ userId, username: userId }));
const get = (url: string, address: string) => new Request(`http://localhost${url}`, { headers: { "x-peer-address": address } });
const document = (address: string) => documents.GET(get("/api/documents/plan/missing", address), { params: Promise.resolve({ kind: "plan", id: "missing" }) });

describe("documents", () => {
  it("allow a user so many a minute, then answer 429 with Retry-After and the sentence to read", async () => {
    nextWindow();
    as("limit-a");
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await document("10.1.0.1")).status);
    expect(statuses).toEqual([404, 404, 404]);
    const refused = await document("10.1.0.1");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("Retry-After")).toBe("50");
    expect(await refused.text()).toBe("Bạn thao tác quá nhanh, vui lòng thử lại sau 50 giây.");
    // Another user is counted on their own; the next minute starts afresh.
    as("limit-b");
    expect((await document("10.1.0.2")).status).toBe(404);
    nextWindow();
    as("limit-a");
    expect((await document("10.1.0.1")).status).toBe(404);
  });

  it("allow an address so many a minute, whoever is signed in", async () => {
    nextWindow();
    const statuses = [];
    for (const user of ["addr-1", "addr-2", "addr-3", "addr-4", "addr-5", "addr-6"]) {
      as(user);
      statuses.push((await document("10.2.0.1")).status);
    }
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429]);
    as("addr-7");
    expect((await document("10.2.0.2")).status).toBe(404);
  });

  it("are counted in the database, where every app instance sees the same counts", async () => {
    nextWindow();
    as("shared");
    await document("10.3.0.1");
    await document("10.3.0.1");
    const rows = await db.requestCount.findMany({ where: { key: { in: ["documents:u:shared", "documents:a:10.3.0.1"] } }, orderBy: { key: "asc" } });
    expect(rows.map((r) => [r.key, r.count, r.windowStart.getTime()])).toEqual([
      ["documents:a:10.3.0.1", 2, WINDOW + minute * 60_000],
      ["documents:u:shared", 2, WINDOW + minute * 60_000],
    ]);
  });
});

it("exports answer 429 past their limit", async () => {
  nextWindow();
  as("exporter");
  const exportYear = () => ranking.GET(get("/api/exports/ranking/missing", "10.4.0.1"), { params: Promise.resolve({ blocYearId: "missing" }) });
  expect([(await exportYear()).status, (await exportYear()).status, (await exportYear()).status]).toEqual([404, 404, 429]);
});

it("an import past its limit answers 429 with the event the page words", async () => {
  nextWindow();
  current.session = actor({ userId: "importer" });
  const post = () =>
    scoreImport.POST(new Request("http://localhost/api/imports/scores", { method: "POST", headers: { "x-peer-address": "10.5.0.1" }, body: new FormData() }));
  expect((await post()).status).toBe(400);
  const refused = await post();
  expect(refused.status).toBe(429);
  expect(refused.headers.get("Retry-After")).toBe("50");
  expect(JSON.parse(await refused.text())).toEqual({ type: "failed", reason: "tooFast", seconds: 50 });
});

it("an upload past its limit is refused with the message, before anything is read", async () => {
  nextWindow();
  as("uploader");
  const form = () => {
    const f = new FormData();
    f.set("ownerType", "conference");
    f.set("ownerId", "no-such-conference");
    f.set("file", new File([new Uint8Array(10)], "a.png"));
    return f;
  };
  expect(await uploadAttachmentAction(form())).toMatchObject({ ok: false, error: "errors.notFound" });
  expect(await uploadAttachmentAction(form())).toEqual({ ok: false, error: "errors.tooFast", params: { seconds: 50 } });
});

it("every action counts against its user's limit, in this instance", async () => {
  nextWindow();
  as("hasty");
  const results = [];
  for (let i = 0; i < 5; i++) results.push(await setDocumentDateAction({ kind: "plan", subjectId: "", date: "" }));
  expect(results.map((r) => (r.ok ? "ok" : r.error))).toEqual([
    "errors.validation",
    "errors.validation",
    "errors.validation",
    "errors.validation",
    "errors.tooFast",
  ]);
  expect(results[4]).toMatchObject({ params: { seconds: 50 } });
  as("patient");
  expect(await setDocumentDateAction({ kind: "plan", subjectId: "", date: "" })).toMatchObject({ error: "errors.validation" });
});

it("old windows are pruned, the current one kept", async () => {
  nextWindow();
  as("pruned");
  await document("10.6.0.1");
  const before = await db.requestCount.count();
  const removed = await pruneRequestCounts();
  expect(removed).toBeGreaterThan(0);
  expect(await db.requestCount.count()).toBe(before - removed);
  expect(await db.requestCount.findMany({ select: { key: true } })).toEqual(
    expect.arrayContaining([{ key: "documents:u:pruned" }, { key: "documents:a:10.6.0.1" }]),
  );
  expect(await db.requestCount.count({ where: { windowStart: { lt: new Date(WINDOW + minute * 60_000) } } })).toBe(0);
});
