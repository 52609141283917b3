import { beforeAll, describe, expect, it, vi } from "vitest";
import type { AppSession } from "@/lib/auth/session-types";
import { hugeCell, manyRows, zipBomb } from "../support/xlsx-files";

// Each of the three .xlsx imports (criteria, scores, onboarding) refuses, through its own error
// path and before anything is written, a file the guard (lib/xlsx/guard.ts) finds too big: a zip
// bomb, 300 000 rows written straight as XML, a 20 000-character cell. How fast, and with how
// much memory, is measured by hand (docs/SECURITY.md), not asserted here.
const current: { session: AppSession | null } = { session: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.session }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { db } = await import("@/lib/db");
const { loadAppSession } = await import("@/lib/auth/session-user");
const { seedDemo } = await import("@/prisma/seed/demo");
const { createBloc, createBlocYear } = await import("@/lib/blocs/service");
const { createBlocSchema } = await import("@/lib/blocs/schemas");
const criteria = await import("@/lib/criteria/service");
const { importCriteriaAction } = await import("@/lib/criteria/actions");
const { POST: postScores } = await import("@/app/api/imports/scores/route");
const { postFile } = await import("../support/onboarding");

let board: AppSession;

const FILES = () => ({ bomb: zipBomb(200), rows: manyRows(300_000), cell: hugeCell(20_000) });
const TOO_BIG = {
  bomb: { what: "ratio", limit: 100 },
  rows: { what: "rows", actual: 300_000 },
  cell: { what: "cellLength", actual: 20_000, limit: 10_000 },
};
let files: ReturnType<typeof FILES>;

/** Everything the three imports could write, and the audit log. */
async function tables() {
  const [units, blocs, nodes, sheets, entries, audit] = await Promise.all([
    db.unit.count(),
    db.bloc.count(),
    db.criterionNode.count(),
    db.scoreSheet.count(),
    db.scoreEntry.count(),
    db.auditLog.count(),
  ]);
  return { units, blocs, nodes, sheets, entries, audit };
}

beforeAll(async () => {
  await seedDemo(db, { reset: false });
  board = (await loadAppSession(db, (await db.user.findUniqueOrThrow({ where: { username: "bantdkt" } })).id))!;
  files = FILES();
}, 120_000);

describe("a file too big for its import is refused with what is too big, and nothing is written", () => {
  it("criteria", async () => {
    const blocId = (await createBloc(board, createBlocSchema.parse({ code: "XGUARD", name: "Khối thử tệp lớn", kind: "KHOI" }))).id;
    const { id } = await criteria.createSet(board, (await createBlocYear(board, blocId, 2026, false)).id);
    current.session = board;
    const before = await tables();
    for (const [kind, bytes] of Object.entries(files)) {
      const set = await db.criteriaSet.findUniqueOrThrow({ where: { id }, select: { version: true } });
      const form = new FormData();
      form.set("setId", id);
      form.set("version", String(set.version));
      form.set("file", new File([new Uint8Array(bytes)], "tieu-chi.xlsx"));
      const limits = { ...TOO_BIG, rows: { what: "rows", actual: 300_000, limit: 2_000 } };
      expect(await importCriteriaAction(form)).toEqual({
        ok: false,
        error: "criteria.errors.tooBig",
        params: expect.objectContaining(limits[kind as keyof typeof TOO_BIG]),
      });
    }
    expect(await tables()).toEqual(before);
  });

  it("scores", async () => {
    current.session = board;
    const before = await tables();
    for (const [kind, bytes] of Object.entries(files)) {
      const form = new FormData();
      form.set("year", "2026");
      form.set("file", new File([new Uint8Array(bytes)], "diem.xlsx"));
      const res = await postScores(new Request("http://localhost/api/imports/scores", { method: "POST", body: form }));
      const last = JSON.parse((await res.text()).trim().split("\n").at(-1)!);
      const { what, ...sizes } = { ...TOO_BIG[kind as keyof typeof TOO_BIG], ...(kind === "rows" && { limit: 50_000 }) };
      const wanted = { code: "too_big", value: what, ...("limit" in sizes && { max: sizes.limit }), ...("actual" in sizes && { actual: sizes.actual }) };
      expect(last).toMatchObject({ type: "errors", errors: [{ row: 0, column: null, ...wanted }] });
    }
    expect(await tables()).toEqual(before);
  });

  it("onboarding", async () => {
    current.session = board;
    const before = await tables();
    for (const [kind, bytes] of Object.entries(files)) {
      const res = await postFile("units", bytes, { mode: "preview" });
      const params = { ...TOO_BIG[kind as keyof typeof TOO_BIG], ...(kind === "rows" && { limit: 10_001 }) };
      expect(res.last).toMatchObject({ type: "errors", errors: [{ row: 0, column: null, key: "onboarding.problems.tooBig", params }] });
    }
    expect(await tables()).toEqual(before);
  });
});
