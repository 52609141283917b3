import { beforeAll, expect, it, vi } from "vitest";
import type { AppSession } from "@/lib/auth/session-types";

// Two documents at a time, a wait of at most 8 s.
process.env.DOCUMENT_RENDERS = "2";
process.env.DOCUMENT_WAIT_SECONDS = "8";

const current = vi.hoisted(() => ({ session: null as AppSession | null }));
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.session }));

// The render in a worker thread (lib/documents/render-pool.ts), held at a gate the test opens,
// counting the renders under way: how many run at once is counted, not timed. The drawing itself
// (tested through the route in documents.test.ts) is left out.
const renders = vi.hoisted(() => {
  const state = { active: 0, peak: 0, open: null as Promise<void> | null, release: () => {} };
  state.open = new Promise<void>((r) => (state.release = r));
  return state;
});
vi.mock("@/lib/documents/render-pool", () => ({
  renderInWorker: async () => {
    renders.active++;
    renders.peak = Math.max(renders.peak, renders.active);
    try {
      await renders.open;
      return new TextEncoder().encode("%PDF-1.7\n%%EOF\n");
    } finally {
      renders.active--;
    }
  },
}));

const { db } = await import("@/lib/db");
const { GET } = await import("@/app/api/documents/[kind]/[id]/route");
const { documentRenders } = await import("@/lib/documents/render-slots");
const { actor } = await import("../support/actors");

let blocYearId: string;

beforeAll(async () => {
  const tag = `RS${Date.now().toString(36)}`;
  const unit = await db.unit.create({ data: { code: tag, name: `Đơn vị ${tag}`, shortName: tag } });
  const bloc = await db.bloc.create({ data: { code: tag, name: `Khối ${tag}`, kind: "KHOI" } });
  blocYearId = (await db.blocYear.create({ data: { blocId: bloc.id, year: 2026, members: { create: [{ unitId: unit.id }] } } })).id;
});

/** The plan of the year as `userId` asks for it. The session is read before the first await, so each call keeps its own. */
function plan(userId: string) {
  current.session = actor({ userId, username: userId });
  return GET(new Request(`http://localhost/api/documents/plan/${blocYearId}`), { params: Promise.resolve({ kind: "plan", id: blocYearId }) });
}

async function until(condition: () => boolean, what: string) {
  const deadline = Date.now() + 20_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

it("renders two documents at a time; the others wait their turn, then all are served", async () => {
  const answers = ["r1", "r2", "r3", "r4", "r5", "r6"].map(plan);
  // Six renders under way would be the bug; two running and four waiting is the bound.
  await until(() => renders.active > 2 || (renders.active === 2 && documentRenders.load.waiting === 4), "renders to queue up");
  expect(renders.active).toBe(2);
  expect(documentRenders.load).toEqual({ running: 2, waiting: 4 });
  // r1 has one document on the way: a second waits with the rest, a third is refused at once.
  const extra = [plan("r1"), plan("r1")];
  const refused = await Promise.race(extra);
  expect(refused.status).toBe(429);
  expect(refused.headers.get("Retry-After")).toBe("8");
  expect(await refused.text()).toBe("Bạn thao tác quá nhanh, vui lòng thử lại sau 8 giây.");
  renders.release();
  expect((await Promise.all(answers)).map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
  // Which of r1's two extra requests is refused depends on whose data loads first.
  expect((await Promise.all(extra)).map((r) => r.status).sort()).toEqual([200, 429]);
  expect(renders.peak).toBe(2);
  expect(documentRenders.load).toEqual({ running: 0, waiting: 0 });
});

it("answers 503 to a request that could not start within the wait, and renders nothing for it", async () => {
  renders.open = new Promise<void>((r) => (renders.release = r));
  const held = [plan("w1"), plan("w2")];
  await until(() => renders.active === 2, "two renders to start");
  const late = await plan("w3");
  expect(late.status).toBe(503);
  expect(late.headers.get("Retry-After")).toBe("8");
  expect(await late.text()).toBe("Máy chủ đang bận tạo văn bản khác, vui lòng thử lại sau 8 giây.");
  renders.release();
  expect((await Promise.all(held)).map((r) => r.status)).toEqual([200, 200]);
  expect(renders.peak).toBe(2);
});
