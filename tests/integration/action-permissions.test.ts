import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { loadAppSession } from "@/lib/auth/session-user";
import type { AppSession } from "@/lib/auth/session-types";
import type { ActionResult } from "@/lib/actions/result";
import { seedDemo } from "../../prisma/seed/demo";

// The session read is the one thing replaced here: each call runs as a chosen demo user,
// loaded from the database exactly as getSession() loads it. Everything else is real.
const current: { session: AppSession | null } = { session: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.session }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const units = await import("@/lib/units/actions");
const blocs = await import("@/lib/blocs/actions");
const users = await import("@/lib/users/actions");

const NC = "bloc-noi-chinh-tinh"; // assigned to bantdkt.khoi
const QN = "bloc-van-hoa-xa-hoi-quang-ninh"; // not assigned to bantdkt.khoi
const NC_2026 = "year-noi-chinh-tinh-2026";
const NC_2026_MEMBERS = ["unit-nc-thanh-tra-tinh", "unit-nc-quan-su", "unit-nc-cong-an", "unit-nc-so-noi-vu", "unit-nc-so-tu-phap", "unit-nc-vien-kiem-sat", "unit-nc-toa-an", "unit-nc-thi-hanh-an"];

const CALLERS = ["admin", "bantdkt", "bantdkt.khoi", "hoidong", "donvi", "thutruong", "truongkhoi", "phokhoi"] as const;
type Caller = (typeof CALLERS)[number];
const BOARD_ANY: Caller[] = ["admin", "bantdkt", "bantdkt.khoi"];
const BOARD_ALL: Caller[] = ["admin", "bantdkt"];

let n = 0;
const next = () => ++n;

type Row = { name: string; run: (input: never) => Promise<ActionResult<unknown>>; input: () => Record<string, unknown>; allowed: Caller[] };

const ROWS: Row[] = [
  { name: "createUnit", run: units.createUnitAction, input: () => ({ code: `T-${next()}`, name: "Sở Thử nghiệm", shortName: "STN" }), allowed: BOARD_ANY },
  { name: "updateUnit", run: units.updateUnitAction, input: () => ({ id: "unit-nc-so-tu-phap", code: "NC-STP", name: "Sở Tư pháp", shortName: "Sở Tư pháp" }), allowed: BOARD_ANY },
  { name: "archiveUnit", run: units.archiveUnitAction, input: () => ({ id: "unit-hg-ban-noi-chinh", archived: n++ % 2 === 0 }), allowed: BOARD_ANY },
  { name: "createBloc", run: blocs.createBlocAction, input: () => ({ code: `K-${next()}`, name: "Khối thử nghiệm", kind: "KHOI" }), allowed: BOARD_ALL },
  { name: "updateBloc (assigned)", run: blocs.updateBlocAction, input: () => ({ id: NC, code: "NOICHINH", name: "Khối thi đua các cơ quan Nội chính tỉnh", kind: "KHOI" }), allowed: BOARD_ANY },
  { name: "updateBloc (not assigned)", run: blocs.updateBlocAction, input: () => ({ id: QN, code: "QN-VHXH", name: "Khối Văn hóa - Xã hội", kind: "KHOI" }), allowed: BOARD_ALL },
  { name: "archiveBloc", run: blocs.archiveBlocAction, input: () => ({ id: QN, archived: n++ % 2 === 0 }), allowed: BOARD_ALL },
  { name: "setRotationOrder", run: blocs.setRotationOrderAction, input: () => ({ blocId: NC, unitIds: NC_2026_MEMBERS }), allowed: BOARD_ANY },
  { name: "createBlocYear", run: blocs.createBlocYearAction, input: () => ({ blocId: NC, year: 2040 + next(), copyMembers: "" }), allowed: BOARD_ANY },
  { name: "updateBlocYear", run: blocs.updateBlocYearAction, input: () => ({ blocYearId: NC_2026, status: "ACTIVE", theme: "Đoàn kết, sáng tạo" }), allowed: BOARD_ANY },
  { name: "setMembers", run: blocs.setMembersAction, input: () => ({ blocYearId: NC_2026, unitIds: NC_2026_MEMBERS }), allowed: BOARD_ANY },
  { name: "setLeadership", run: blocs.setLeadershipAction, input: () => ({ blocYearId: NC_2026, leaderUnitId: "unit-nc-so-noi-vu", deputyUnitId: "unit-nc-so-tu-phap" }), allowed: BOARD_ANY },
  {
    name: "confirmRotation",
    run: blocs.confirmRotationAction,
    input: () => ({ blocId: NC, fromYear: 2026, leaderUnitId: "unit-nc-so-tu-phap", deputyUnitId: "unit-nc-vien-kiem-sat" }),
    allowed: BOARD_ANY,
  },
  {
    name: "createUser",
    run: users.createUserAction,
    input: () => ({ username: `nguoidung${next()}`, name: "Người dùng mới", role: "COUNCIL", password: "matkhau123", passwordConfirm: "matkhau123" }),
    allowed: ["admin"],
  },
  { name: "updateUser", run: users.updateUserAction, input: () => ({ id: "user-hoidong", username: "hoidong", name: "Lê Quang Huy", role: "COUNCIL" }), allowed: ["admin"] },
  { name: "resetPassword", run: users.resetPasswordAction, input: () => ({ id: "user-phokhoi", password: "Demo@2026", passwordConfirm: "Demo@2026" }), allowed: ["admin"] },
  { name: "setUserActive", run: users.setUserActiveAction, input: () => ({ id: "user-phokhoi", active: n++ % 2 === 1 }), allowed: ["admin"] },
];

const sessions = new Map<Caller, AppSession>();

beforeAll(async () => {
  await seedDemo(db, { reset: false });
  for (const username of CALLERS) {
    const user = await db.user.findUniqueOrThrow({ where: { username } });
    sessions.set(username, (await loadAppSession(db, user.id))!);
  }
});

async function call(row: Row, caller: Caller | null) {
  current.session = caller ? sessions.get(caller)! : null;
  const before = await db.auditLog.count();
  const result = await row.run(row.input() as never);
  return { result, audited: (await db.auditLog.count()) - before };
}

describe.each(ROWS)("$name", (row) => {
  it.each(CALLERS)("as %s", async (caller) => {
    const { result, audited } = await call(row, caller);
    if (row.allowed.includes(caller)) {
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      expect(audited).toBeGreaterThan(0);
    } else {
      expect(result).toEqual({ ok: false, error: "errors.forbidden" });
      expect(audited).toBe(0);
    }
  });

  it("refuses a signed-out caller", async () => {
    const { result, audited } = await call(row, null);
    expect(result).toEqual({ ok: false, error: "errors.unauthenticated" });
    expect(audited).toBe(0);
  });

  it("refuses malformed input with field errors and changes nothing", async () => {
    current.session = sessions.get("admin")!;
    const before = await db.auditLog.count();
    const result = await row.run({ id: 42, year: "năm nay", code: "", unitIds: "x".repeat(5000) } as never);
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ error: "errors.validation" });
    expect(Object.keys((result as { fieldErrors: object }).fieldErrors).length).toBeGreaterThan(0);
    expect(await db.auditLog.count()).toBe(before);
  });
});

it("refuses ids that do not exist without a server error", async () => {
  current.session = sessions.get("admin")!;
  expect(await blocs.setMembersAction({ blocYearId: "khong-ton-tai", unitIds: [] } as never)).toEqual({ ok: false, error: "errors.notFound" });
  expect(await units.updateUnitAction({ id: "khong-ton-tai", code: "X", name: "X", shortName: "X" } as never)).toEqual({ ok: false, error: "errors.notFound" });
});
