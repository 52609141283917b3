import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { AppSession } from "@/lib/auth/session-types";

// Excel onboarding of units and blocs through its routes, on the demo data: what a good file
// previews and writes, row-numbered errors for a bad one, all or nothing, the export read back
// as "nothing changed" for every kind, and who may use which kind. Accounts and members have
// their own file (onboarding-accounts.test.ts). The session read is the one thing replaced.
const current: { session: AppSession | null } = { session: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.session }));

const { db } = await import("@/lib/db");
const { loadAppSession } = await import("@/lib/auth/session-user");
const { seedDemo } = await import("@/prisma/seed/demo");
const { onboardingWorkbook } = await import("@/lib/onboarding/workbook");
const { unitsSpec } = await import("@/lib/onboarding/units");
const { blocsSpec } = await import("@/lib/onboarding/blocs");
const { download, downloadBytes, postFile, preview, previewAndApply, sheetText } = await import("../support/onboarding");

const USERS = ["admin", "bantdkt", "bantdkt.khoi", "hoidong", "donvi", "truongkhoi"] as const;
type User = (typeof USERS)[number];
const sessions = new Map<User, AppSession>();
const as = (user: User | null) => (current.session = user ? sessions.get(user)! : null);

const unitRow = (code: string, name: string, over: Record<string, string> = {}) => ({
  code,
  name,
  shortName: name.split(" tỉnh")[0],
  parentBody: "UBND tỉnh",
  headName: "",
  headTitle: "Giám đốc",
  phone: "",
  email: "",
  ...over,
});

async function tables() {
  const [units, blocs, audit] = await Promise.all([
    db.unit.findMany({ orderBy: { id: "asc" } }),
    db.bloc.findMany({ orderBy: { id: "asc" } }),
    db.auditLog.count(),
  ]);
  return { units, blocs, audit };
}

beforeAll(async () => {
  await seedDemo(db, { reset: false });
  for (const username of USERS) sessions.set(username, (await loadAppSession(db, (await db.user.findUniqueOrThrow({ where: { username } })).id))!);
}, 120_000);

describe("units", () => {
  it("previews new, changed and unchanged rows, then writes them in one go with one audit entry", async () => {
    as("bantdkt");
    const stp = await db.unit.findUniqueOrThrow({ where: { code: "HN-STP" } });
    const bytes = await onboardingWorkbook(unitsSpec, [
      unitRow("TN-SYT", "Sở Y tế tỉnh Thái Nguyên", { phone: "02083855123", email: "syt@thainguyen.gov.vn", headName: "Trần Văn C" }),
      // Known code, lower case: the unit gets a parent body and a new head's name.
      { ...unitRow("hn-stp", stp.name), shortName: stp.shortName, headTitle: stp.headTitle ?? "", headName: "Lê Thị D" },
      unitRow("TN-STC", "Sở Tài chính tỉnh Thái Nguyên"),
    ]);
    const auditBefore = await db.auditLog.count();
    const { preview: p, applied } = await previewAndApply("units", bytes);
    expect(p.counts).toEqual({ new: 2, changed: 1, unchanged: 0, removed: 0 });
    expect(p.rows.find((r) => r.row === 4)).toEqual({
      row: 4,
      label: `HN-STP — ${stp.name}`,
      status: "changed",
      changed: ["Cơ quan chủ quản", "Họ tên thủ trưởng"],
    });
    expect(applied.last).toEqual({ type: "done", counts: p.counts });
    expect(applied.events.map((e) => (e.type === "progress" ? e.stage : e.type))).toEqual(["reading", "checking", "checking", "saving", "saving", "done"]);

    const syt = await db.unit.findUniqueOrThrow({ where: { code: "TN-SYT" } });
    expect(syt).toMatchObject({ name: "Sở Y tế tỉnh Thái Nguyên", shortName: "Sở Y tế", parentBody: "UBND tỉnh", phone: "02083855123", address: null });
    expect(await db.unit.findUniqueOrThrow({ where: { code: "HN-STP" } })).toMatchObject({
      headName: "Lê Thị D",
      parentBody: "UBND tỉnh",
      address: stp.address,
    });
    const entries = await db.auditLog.findMany({ where: { id: { gt: BigInt(0) } }, orderBy: { id: "desc" }, take: 2 });
    expect(await db.auditLog.count()).toBe(auditBefore + 1);
    expect(entries[0]).toMatchObject({ action: "unit.import", entityType: "Import", userId: "user-bantdkt" });
    const after = entries[0].after as {
      counts: unknown;
      created: { code: string }[];
      updated: { before: { headName: string | null }; after: { headName: string } }[];
    };
    expect(after.created.map((u) => u.code).sort()).toEqual(["TN-STC", "TN-SYT"]);
    expect(after.updated[0]).toMatchObject({ before: { headName: stp.headName }, after: { headName: "Lê Thị D" } });
  });

  it("lists every bad row with its number and column, all at once, and writes nothing", async () => {
    as("admin");
    const before = await tables();
    const bytes = await onboardingWorkbook(unitsSpec, [
      unitRow("TN-A", "Đơn vị A tỉnh Thái Nguyên"),
      unitRow("TN-B", "", { shortName: "B", email: "không-phải-thư" }),
      unitRow("TN-A", "Đơn vị A lần hai"),
      unitRow("TN C", "Đơn vị C"),
    ]);
    const res = await postFile("units", bytes, { mode: "preview" });
    expect(res.last).toEqual({
      type: "errors",
      count: 4,
      errors: [
        { row: 4, column: "Tên đơn vị", key: "validation.required" },
        { row: 4, column: "Thư điện tử", key: "validation.email" },
        { row: 5, column: "Mã đơn vị", key: "onboarding.problems.duplicate", params: { value: "TN-A", first: 3 } },
        { row: 6, column: "Mã đơn vị", key: "validation.code" },
      ],
    });
    expect(await tables()).toEqual(before);
  });

  it("writes nothing when a late row fails at apply time, and refuses a token from another file or state", async () => {
    as("admin");
    const rows = Array.from({ length: 300 }, (_, i) => unitRow(`LATE-${i}`, `Đơn vị muộn ${i}`));
    const bytes = await onboardingWorkbook(unitsSpec, rows);
    const p = await preview("units", bytes);
    expect(p.counts.new).toBe(300);
    // Meanwhile someone gives the last row's code a different unit: the apply re-checks and stops.
    const late = await db.unit.create({ data: { code: "LATE-299", name: "Đơn vị muộn 299", shortName: "X" } });
    const before = await tables();
    const res = await postFile("units", bytes, { mode: "apply", token: p.token });
    expect(res.last).toEqual({ type: "failed", reason: "changed" });
    expect(await tables()).toEqual(before);
    await db.unit.delete({ where: { id: late.id } });
    // The right token for another file is refused too.
    const other = await onboardingWorkbook(unitsSpec, rows.slice(0, 299));
    expect((await postFile("units", other, { mode: "apply", token: p.token })).last).toEqual({ type: "failed", reason: "changed" });
    expect(await db.unit.count({ where: { code: { startsWith: "LATE-" } } })).toBe(0);
  });

  it("refuses a file that is not a workbook, or has lost a column, in Vietnamese keys and never a stack trace", async () => {
    as("admin");
    expect((await postFile("units", Buffer.from("PK\u0003\u0004 not really a zip"), { mode: "preview" })).last).toEqual({
      type: "errors",
      count: 1,
      errors: [{ row: 0, column: null, key: "onboarding.problems.unreadable" }],
    });
    const blocsFile = await onboardingWorkbook(blocsSpec, [{ code: "X", name: "X", kind: "Khối" }]);
    const wrong = await postFile("units", blocsFile, { mode: "preview" });
    expect(wrong.last?.type === "errors" && wrong.last.errors.map((e) => e.params?.column)).toContain("Tên viết tắt");
    expect((await postFile("units", blocsFile, { mode: "preview" }, "khoi.csv")).last).toEqual({ type: "failed", reason: "file" });
    expect((await postFile("units", null, { mode: "preview" })).status).toBe(400);
    expect((await postFile("units", blocsFile, { mode: "apply", token: "x" })).status).toBe(400);
  });
});

describe("blocs", () => {
  it("reads dd/MM/yyyy days and Khối/Cụm, and names a bad day and a bad kind by row", async () => {
    as("bantdkt");
    const good = await onboardingWorkbook(blocsSpec, [
      {
        code: "TN-KT",
        name: "Khối thi đua Kinh tế tỉnh Thái Nguyên",
        kind: "khối",
        decisionNo: "12/QĐ-UBND",
        decisionDate: "5/1/2026",
        decisionIssuer: "UBND tỉnh",
      },
      { code: "TN-HUYEN", name: "Cụm thi đua các xã", kind: "Cụm", decisionDate: "" },
    ]);
    const { preview: p, applied } = await previewAndApply("blocs", good);
    expect(p.counts).toMatchObject({ new: 2 });
    expect(applied.last?.type).toBe("done");
    expect(await db.bloc.findUniqueOrThrow({ where: { code: "TN-KT" } })).toMatchObject({ kind: "KHOI", decisionDate: new Date("2026-01-05T00:00:00Z") });
    expect(await db.bloc.findUniqueOrThrow({ where: { code: "TN-HUYEN" } })).toMatchObject({ kind: "CUM", decisionDate: null });

    const bad = await onboardingWorkbook(blocsSpec, [{ code: "TN-X", name: "Khối X", kind: "Ban", decisionDate: "31/02/2026" }]);
    expect((await postFile("blocs", bad, { mode: "preview" })).last).toEqual({
      type: "errors",
      count: 2,
      errors: [
        { row: 3, column: "Loại", key: "onboarding.problems.choice", params: { value: "Ban", choices: "Khối, Cụm" } },
        { row: 3, column: "Ngày quyết định", key: "validation.date" },
      ],
    });
  });
});

describe("round trip", () => {
  it.each(["units", "blocs", "accounts", "members"])("%s: the export read back changes nothing", async (kind) => {
    as("admin");
    const bytes = await downloadBytes(kind, "export");
    const p = await preview(kind, bytes);
    expect(p.counts).toMatchObject({ new: 0, changed: 0, removed: 0 });
    expect(p.counts.unchanged).toBeGreaterThan(0);
    const applied = await postFile(kind, bytes, { mode: "apply", token: p.token });
    expect(applied.last).toEqual({ type: "done", counts: p.counts });
  });

  it("a unit named like a formula is exported as a Text cell and read back unchanged", async () => {
    as("admin");
    const name = '=HYPERLINK("http://evil.example","Bấm vào đây")';
    const unit = await db.unit.findFirstOrThrow({ where: { archivedAt: null }, orderBy: { code: "asc" } });
    await db.unit.update({ where: { id: unit.id }, data: { name, shortName: "-1", phone: "+84 912 345 678", headName: "@cán bộ" } });
    try {
      const bytes = await downloadBytes("units", "export");
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(bytes as unknown as ArrayBuffer);
      const cell = book.worksheets[0].getColumn(2).values.indexOf(name);
      const row = book.worksheets[0].getRow(cell);
      expect(row.getCell(2)).toMatchObject({ value: name, type: ExcelJS.ValueType.String, numFmt: "@" });
      expect(row.getCell(3)).toMatchObject({ value: "-1", type: ExcelJS.ValueType.String, numFmt: "@" });
      const p = await preview("units", bytes);
      expect(p.counts).toMatchObject({ new: 0, changed: 0, removed: 0 });
    } finally {
      await db.unit.update({ where: { id: unit.id }, data: unit });
    }
  });

  it("the template has the headers, the example row, and nothing else; the example row is skipped", async () => {
    as("admin");
    const sheet = await sheetText(await downloadBytes("units", "template"));
    expect(sheet).toEqual([Object.values(unitsSpec.columns).map((c) => c.header), Object.values(unitsSpec.example)]);
    expect((await postFile("units", await downloadBytes("units", "template"), { mode: "preview" })).last).toMatchObject({
      type: "errors",
      errors: [{ key: "onboarding.problems.noRows" }],
    });
  });
});

describe("who may onboard what", () => {
  const KINDS = ["units", "blocs", "accounts", "members"] as const;
  const ALLOWED: Record<User, readonly string[]> = {
    admin: KINDS,
    bantdkt: ["units", "blocs", "members"],
    "bantdkt.khoi": ["units", "members"],
    hoidong: [],
    donvi: [],
    truongkhoi: [],
  };
  it.each(USERS)("%s", async (user) => {
    as(user);
    const before = await tables();
    for (const kind of KINDS) {
      const allowed = ALLOWED[user].includes(kind);
      expect((await download(kind, "template")).status, `${kind} template`).toBe(allowed ? 200 : 404);
      expect((await download(kind, "export")).status, `${kind} export`).toBe(allowed ? 200 : 404);
      const res = await postFile(kind, await onboardingWorkbook(unitsSpec, [unitRow("REFUSED-1", "Đơn vị bị từ chối")]), { mode: "preview" });
      expect(res.status, `${kind} upload`).toBe(allowed ? 200 : 404);
    }
    expect(await tables()).toEqual(before);
  });

  it("signed out: 401 everywhere", async () => {
    as(null);
    for (const kind of KINDS) {
      expect((await download(kind, "template")).status).toBe(401);
      expect((await postFile(kind, Buffer.from("x"), { mode: "preview" })).status).toBe(401);
    }
    expect((await download("nothing", "export")).status).toBe(401);
  });
});
