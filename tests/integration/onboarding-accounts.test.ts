import { beforeAll, describe, expect, it, vi } from "vitest";
import type { AppSession } from "@/lib/auth/session-types";

// Excel onboarding of accounts and of a year's members through the routes, on the demo data:
// the users service's and the bloc service's rules row by row, passwords never touched, and a
// late bad row leaving nothing written. Units and blocs are in onboarding.test.ts.
const current: { session: AppSession | null } = { session: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.session }));

const { db } = await import("@/lib/db");
const { loadAppSession } = await import("@/lib/auth/session-user");
const { seedDemo } = await import("@/prisma/seed/demo");
const { NO_PASSWORD } = await import("@/lib/auth/password");
const { onboardingWorkbook } = await import("@/lib/onboarding/workbook");
const { accountsSpec, ROLE_LABELS } = await import("@/lib/onboarding/accounts");
const { membersSpec } = await import("@/lib/onboarding/members");
const { postFile, preview, previewAndApply } = await import("../support/onboarding");

const USERS = ["admin", "bantdkt", "bantdkt.khoi"] as const;
type User = (typeof USERS)[number];
const sessions = new Map<User, AppSession>();
const as = (user: User) => (current.session = sessions.get(user)!);

const NC_BLOC = "bloc-noi-chinh-tinh";
const NC_2026 = "year-noi-chinh-tinh-2026";
const account = (username: string, over: Record<string, string> = {}) => ({
  username,
  name: `Người ${username}`,
  email: "",
  unit: "",
  role: ROLE_LABELS.UNIT_OFFICER,
  head: "Không",
  blocs: "",
  ...over,
});

async function tables() {
  const [users, assignments, members, years, slots, audit] = await Promise.all([
    db.user.findMany({ orderBy: { id: "asc" } }),
    db.boardAssignment.findMany({ orderBy: [{ userId: "asc" }, { blocId: "asc" }] }),
    db.blocMember.findMany({ orderBy: [{ blocYearId: "asc" }, { unitId: "asc" }] }),
    db.blocYear.findMany({ orderBy: { id: "asc" } }),
    db.blocRotationSlot.findMany({ orderBy: [{ blocId: "asc" }, { position: "asc" }] }),
    db.auditLog.count(),
  ]);
  return { users, assignments, members, years, slots, audit };
}

beforeAll(async () => {
  await seedDemo(db, { reset: false });
  for (const username of USERS) sessions.set(username, (await loadAppSession(db, (await db.user.findUniqueOrThrow({ where: { username } })).id))!);
  await db.unit.createMany({
    data: [
      { id: "unit-tn-syt", code: "TN-SYT", name: "Sở Y tế tỉnh Thái Nguyên", shortName: "Sở Y tế" },
      { id: "unit-tn-old", code: "TN-OLD", name: "Đơn vị đã giải thể", shortName: "Cũ", archivedAt: new Date() },
    ],
  });
}, 120_000);

describe("accounts", () => {
  it("creates accounts without a password and updates known ones, never their password", async () => {
    as("admin");
    const donvi = await db.user.findUniqueOrThrow({ where: { username: "donvi" } });
    const bytes = await onboardingWorkbook(accountsSpec, [
      account("tn.syt", { unit: "tn-syt", head: "Có", email: "syt@thainguyen.gov.vn" }),
      account("tn.ban", { role: ROLE_LABELS.BOARD, blocs: "NOICHINH, hn-nc" }),
      account("tn.ban2", { role: "cán bộ ban thi đua - khen thưởng", blocs: "Tất cả" }),
      account("DONVI", { name: "Tên mới của đơn vị", unit: "NC-TTT", email: donvi.email ?? "" }),
    ]);
    const { preview: p, applied } = await previewAndApply("accounts", bytes);
    expect(p.counts).toEqual({ new: 3, changed: 1, unchanged: 0, removed: 0 });
    expect(p.rows.at(-1)).toMatchObject({ row: 6, status: "changed", changed: ["Họ và tên"] });
    expect(applied.last?.type).toBe("done");
    const syt = await db.user.findUniqueOrThrow({ where: { username: "tn.syt" }, include: { blocAssignments: true } });
    expect(syt).toMatchObject({
      passwordHash: NO_PASSWORD,
      mustChangePassword: true,
      role: "UNIT_OFFICER",
      unitId: "unit-tn-syt",
      isUnitHead: true,
      active: true,
    });
    const ban = await db.user.findUniqueOrThrow({ where: { username: "tn.ban" }, include: { blocAssignments: true } });
    expect(ban.blocAssignments.map((a) => a.blocId).sort()).toEqual(["bloc-noi-chinh-ha-nam", NC_BLOC]);
    expect(await db.user.findUniqueOrThrow({ where: { username: "tn.ban2" } })).toMatchObject({ allBlocs: true, role: "BOARD" });
    expect(await db.user.findUniqueOrThrow({ where: { username: "donvi" } })).toMatchObject({
      name: "Tên mới của đơn vị",
      passwordHash: donvi.passwordHash,
      mustChangePassword: donvi.mustChangePassword,
    });
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "user.import" } });
    expect(JSON.stringify(entry.after)).not.toContain(donvi.passwordHash);
  });

  it("applies the account form's rules row by row and lists every problem", async () => {
    as("admin");
    const before = await tables();
    const bytes = await onboardingWorkbook(accountsSpec, [
      account("a.role", { role: "Quản trị", unit: "TN-SYT" }),
      account("a.nounit"),
      account("a.council", { role: ROLE_LABELS.COUNCIL, unit: "TN-SYT" }),
      account("a.bloc", { role: ROLE_LABELS.BOARD, blocs: "NOICHINH, KHONGCO" }),
      account("a.old", { unit: "TN-OLD" }),
      account("admin", { role: ROLE_LABELS.BOARD }),
      account("a.dup", { unit: "TN-SYT" }),
      account("A.DUP", { unit: "TN-SYT" }),
    ]);
    const res = await postFile("accounts", bytes, { mode: "preview" });
    expect(res.last).toEqual({
      type: "errors",
      count: 7,
      errors: [
        { row: 3, column: "Vai trò", key: "onboarding.problems.choice", params: { value: "Quản trị", choices: Object.values(ROLE_LABELS).join("; ") } },
        { row: 4, column: "Mã đơn vị", key: "validation.required" },
        { row: 5, column: "Mã đơn vị", key: "users.validation.unitOnlyForOfficer" },
        { row: 6, column: "Khối, cụm phụ trách", key: "onboarding.problems.unknownBloc", params: { value: "KHONGCO" } },
        { row: 7, column: "Mã đơn vị", key: "users.errors.unitUnavailable" },
        { row: 8, column: "Vai trò", key: "users.errors.selfDemote" },
        { row: 10, column: "Tên đăng nhập", key: "onboarding.problems.duplicate", params: { value: "a.dup", first: 9 } },
      ],
    });
    expect(await tables()).toEqual(before);
  });

  it("writes none of 500 accounts when the last one's unit is archived between preview and apply", async () => {
    as("admin");
    await db.unit.create({ data: { id: "unit-tn-late", code: "TN-LATE", name: "Đơn vị sắp lưu trữ", shortName: "Muộn" } });
    const rows = Array.from({ length: 500 }, (_, i) => account(`late.${i}`, { unit: i === 499 ? "TN-LATE" : "TN-SYT" }));
    const bytes = await onboardingWorkbook(accountsSpec, rows);
    const p = await preview("accounts", bytes);
    expect(p.counts.new).toBe(500);
    await db.unit.update({ where: { id: "unit-tn-late" }, data: { archivedAt: new Date() } });
    const before = await tables();
    const res = await postFile("accounts", bytes, { mode: "apply", token: p.token });
    expect(res.last).toEqual({ type: "errors", count: 1, errors: [{ row: 502, column: "Mã đơn vị", key: "users.errors.unitUnavailable" }] });
    expect(await tables()).toEqual(before);
  });
});

describe("a year's members", () => {
  it("creates next year with its leader and deputy, adds a newcomer at the end of the rotation, and reports removals", async () => {
    as("bantdkt");
    const members2026 = await db.blocMember.findMany({ where: { blocYearId: NC_2026 }, include: { unit: true }, orderBy: { unitId: "asc" } });
    const slotsBefore = await db.blocRotationSlot.findMany({ where: { blocId: NC_BLOC }, orderBy: { position: "asc" } });
    const [lead, dep, ...rest] = members2026.map((m) => m.unit.code);
    const rows = [
      { year: "2027", bloc: "noichinh", unit: lead, role: "Trưởng khối" },
      { year: "2027", bloc: "NOICHINH", unit: dep, role: "phó khối" },
      ...rest.slice(1).map((unit) => ({ year: "2027", bloc: "NOICHINH", unit, role: "Thành viên" })),
      { year: "2027", bloc: "NOICHINH", unit: "TN-SYT", role: "" },
    ];
    const { preview: p, applied } = await previewAndApply("members", await onboardingWorkbook(membersSpec, rows));
    expect(p.counts).toEqual({ new: rows.length, changed: 0, unchanged: 0, removed: 0 });
    expect(applied.last?.type).toBe("done");
    const by = await db.blocYear.findUniqueOrThrow({ where: { blocId_year: { blocId: NC_BLOC, year: 2027 } }, include: { members: true } });
    expect(by.members).toHaveLength(rows.length);
    expect([by.leaderUnitId, by.deputyUnitId]).toEqual([members2026[0].unitId, members2026[1].unitId]);
    const slots = await db.blocRotationSlot.findMany({ where: { blocId: NC_BLOC }, orderBy: { position: "asc" } });
    expect(slots.at(-1)).toMatchObject({ unitId: "unit-tn-syt", position: Math.max(...slotsBefore.map((s) => s.position)) + 1 });

    // The same year again without the newcomer, leader and deputy swapped: two changes, one removal.
    const again = [{ ...rows[0], role: "Phó khối" }, { ...rows[1], role: "Trưởng khối" }, ...rows.slice(2, -1)];
    const second = await previewAndApply("members", await onboardingWorkbook(membersSpec, again));
    expect(second.preview.counts).toEqual({ new: 0, changed: 2, unchanged: again.length - 2, removed: 1 });
    expect(second.preview.removed).toEqual(["2027 · NOICHINH · TN-SYT — Sở Y tế tỉnh Thái Nguyên"]);
    expect(second.applied.last?.type).toBe("done");
    expect(await db.blocYear.findUniqueOrThrow({ where: { id: by.id } })).toMatchObject({
      leaderUnitId: members2026[1].unitId,
      deputyUnitId: members2026[0].unitId,
    });
    expect(await db.blocMember.count({ where: { blocYearId: by.id } })).toBe(again.length);
  });

  it("refuses a unit in another bloc that year, a second leader, an archived newcomer and a bloc the caller does not manage", async () => {
    const other = await db.blocMember.findFirstOrThrow({
      where: { year: 2026, blocYearId: { not: NC_2026 } },
      include: { unit: true, blocYear: { include: { bloc: true } } },
    });
    const nc = await db.blocMember.findMany({ where: { blocYearId: NC_2026 }, include: { unit: true }, orderBy: { unitId: "asc" } });
    const before = await tables();
    as("bantdkt");
    const bytes = await onboardingWorkbook(membersSpec, [
      ...nc.map((m, i) => ({ year: "2026", bloc: "NOICHINH", unit: m.unit.code, role: i < 2 ? "Trưởng khối" : "Thành viên" })),
      { year: "2026", bloc: "NOICHINH", unit: other.unit.code, role: "Thành viên" },
      { year: "2026", bloc: "NOICHINH", unit: "TN-OLD", role: "Thành viên" },
      { year: "năm sau", bloc: "NOICHINH", unit: "TN-SYT", role: "Thành viên" },
    ]);
    const res = await postFile("members", bytes, { mode: "preview" });
    const n = nc.length;
    expect(res.last).toEqual({
      type: "errors",
      count: 4,
      errors: [
        { row: 4, column: "Vai trò trong khối", key: "onboarding.problems.second.leader", params: { first: 3 } },
        { row: n + 3, column: "Mã đơn vị", key: "blocs.errors.unitInOtherBloc", params: { unit: other.unit.name, bloc: other.blocYear.bloc.name, year: 2026 } },
        { row: n + 4, column: "Mã đơn vị", key: "blocs.errors.unitArchived" },
        { row: n + 5, column: "Năm", key: "validation.year" },
      ],
    });
    // Board staff of two blocs: another bloc reads as unknown.
    as("bantdkt.khoi");
    const td = await db.bloc.findFirstOrThrow({ where: { id: { notIn: sessions.get("bantdkt.khoi")!.assignedBlocIds } } });
    const outside = await postFile("members", await onboardingWorkbook(membersSpec, [{ year: "2026", bloc: td.code, unit: "TN-SYT", role: "Thành viên" }]), {
      mode: "preview",
    });
    expect(outside.last).toMatchObject({ type: "errors", errors: [{ row: 3, column: "Mã khối", key: "onboarding.problems.unknownBloc" }] });
    expect(await tables()).toEqual(before);
  });
});
