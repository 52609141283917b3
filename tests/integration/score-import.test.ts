import { beforeAll, describe, expect, it, vi } from "vitest";
import ExcelJS from "exceljs";
import type { AppSession } from "@/lib/auth/session-types";
import type { ScoreSheetRow } from "@/lib/imports/score-import-workbook";

// The score import through its route handlers, on the demo data: what a good workbook writes
// (row for row, compared with the database), that a bad one writes nothing, and who may import.
// The session read is the one thing replaced, as in route-permissions.test.ts.
const current: { session: AppSession | null } = { session: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.session }));

const { db } = await import("@/lib/db");
const { loadAppSession } = await import("@/lib/auth/session-user");
const { seedDemo } = await import("@/prisma/seed/demo");
const { scoreWorkbook } = await import("@/lib/imports/score-import-workbook");
const { POST } = await import("@/app/api/imports/scores/route");
const { GET: template } = await import("@/app/api/imports/scores/template/route");
type ImportEvent = import("@/lib/imports/score-import-stream").ImportEvent;

const USERS = ["admin", "bantdkt", "bantdkt.khoi", "hoidong", "donvi", "thutruong", "truongkhoi", "phokhoi", "cumtruong", "cumvien"] as const;
type User = (typeof USERS)[number];
const sessions = new Map<User, AppSession>();
const as = (user: User | null) => (current.session = user ? sessions.get(user)! : null);

const NC = "NOICHINH";
const NC_2026 = "year-noi-chinh-tinh-2026";
const nodeOf = (code: string) => `criteria-noi-chinh-tinh-2026-${code}`;
const LEAVES = ["1", "2", "3", "6", "4", "5", "7", "8", "B1", "B2", "D1", "G1"];

async function post(user: User | null, year: number | string, bytes: Buffer | null, name = "diem.xlsx") {
  as(user);
  const form = new FormData();
  form.set("year", String(year));
  if (bytes) form.set("file", new File([new Uint8Array(bytes)], name));
  const res = await POST(new Request("http://localhost/api/imports/scores", { method: "POST", body: form }));
  const text = await res.text();
  const events = res.headers.get("Content-Type")?.startsWith("application/x-ndjson")
    ? text
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as ImportEvent)
    : [];
  return { status: res.status, text, events, last: events.at(-1) };
}

/** Every row the import could touch, and the audit log: compared before and after a refused import. */
async function tables() {
  const [sheets, entries, audit] = await Promise.all([
    db.scoreSheet.findMany({ orderBy: { id: "asc" } }),
    db.scoreEntry.findMany({ orderBy: { id: "asc" } }),
    db.auditLog.count(),
  ]);
  return { sheets, entries, audit };
}

async function selfEntriesOf(unitId: string) {
  const sheet = await db.scoreSheet.findUnique({ where: { blocYearId_unitId: { blocYearId: NC_2026, unitId } }, select: { id: true } });
  if (!sheet) return [];
  const rows = await db.scoreEntry.findMany({
    where: { sheetId: sheet.id },
    select: { nodeId: true, layer: true, hundredths: true, passed: true, note: true, byUserId: true, byName: true },
  });
  return rows.sort((a, b) => a.nodeId.localeCompare(b.nodeId));
}

/** A unit's whole NC 2026 sheet: 8 standard leaves, two bonuses, a deduction and the gate. */
const fullSheet = (unit: string, points: (string | number)[], gate: string, note: string | null = null): ScoreSheetRow[] =>
  LEAVES.map((leaf, i) => (leaf === "G1" ? { bloc: NC, unit, leaf, passed: gate } : { bloc: NC, unit, leaf, points: points[i], note: i === 0 ? note : null }));

beforeAll(async () => {
  await seedDemo(db, { reset: false });
  for (const username of USERS) {
    const user = await db.user.findUniqueOrThrow({ where: { username } });
    sessions.set(username, (await loadAppSession(db, user.id))!);
  }
}, 120_000);

describe("a good workbook", () => {
  it("writes exactly its rows as the units' self-scores, bumps the draft's version, and logs one entry", async () => {
    // Công an tỉnh already has a draft with one value; Thanh tra tỉnh has no sheet yet.
    const draft = await db.scoreSheet.create({ data: { blocYearId: NC_2026, unitId: "unit-nc-cong-an" } });
    await db.scoreEntry.create({ data: { sheetId: draft.id, nodeId: nodeOf("1"), layer: "SELF", hundredths: 300, note: "cũ", byName: "Cán bộ Công an" } });
    await db.scoreEntry.create({ data: { sheetId: draft.id, nodeId: nodeOf("2"), layer: "SELF", hundredths: 800, byName: "Cán bộ Công an" } });
    const auditBefore = await db.auditLog.count();

    const rows = [
      ...fullSheet("NC-TTT", ["9,5", 10, 18, 9, 10, "9.25", 19, 8, 0, 0, 1], "Có", "Đã đăng ký đúng hạn"),
      // Only three leaves for Công an: leaf 2 keeps its earlier value.
      { bloc: "noichinh", unit: "nc-cat", leaf: "1", points: 7 },
      { bloc: NC, unit: "NC-CAT", leaf: "d1", points: "0" },
      { bloc: NC, unit: "NC-CAT", leaf: "G1", passed: "Không đạt", note: "Một đảng viên bị kỷ luật" },
      // A template row left empty changes nothing.
      { bloc: NC, unit: "NC-CAT", leaf: "3" },
    ];
    const res = await post("bantdkt", 2026, await scoreWorkbook(rows), "Điểm tự chấm 2026.xlsx");
    expect(res.status).toBe(200);
    expect(res.last).toEqual({
      type: "done",
      entries: 15,
      sheets: 2,
      createdSheets: 1,
      blocs: [{ blocId: "bloc-noi-chinh-tinh", code: NC, name: "Khối thi đua các cơ quan Nội chính tỉnh", units: 2, entries: 15 }],
    });
    const stages = res.events.filter((e) => e.type === "progress").map((e) => ("done" in e ? `${e.stage} ${e.done}/${e.total}` : e.stage));
    expect(stages).toEqual(["reading", "checking 0/16", "checking 16/16", "saving 15/15"]);

    const by = { byUserId: "user-bantdkt", byName: sessions.get("bantdkt")!.name };
    type Stored = Awaited<ReturnType<typeof selfEntriesOf>>[number];
    const expected: Stored[] = [
      ...[9.5, 10, 18, 9, 10, 9.25, 19, 8, 0, 0, 1].map((p, i) => ({
        nodeId: nodeOf(LEAVES[i]),
        layer: "SELF" as const,
        hundredths: Math.round(p * 100),
        passed: null,
        note: i === 0 ? "Đã đăng ký đúng hạn" : null,
        ...by,
      })),
      { nodeId: nodeOf("G1"), layer: "SELF", hundredths: null, passed: true, note: null, ...by },
    ];
    expect(await selfEntriesOf("unit-nc-thanh-tra-tinh")).toEqual(expected.sort((a, b) => a.nodeId.localeCompare(b.nodeId)));

    expect(await selfEntriesOf("unit-nc-cong-an")).toEqual([
      { nodeId: nodeOf("1"), layer: "SELF", hundredths: 700, passed: null, note: null, ...by },
      { nodeId: nodeOf("2"), layer: "SELF", hundredths: 800, passed: null, note: null, byUserId: null, byName: "Cán bộ Công an" },
      { nodeId: nodeOf("D1"), layer: "SELF", hundredths: 0, passed: null, note: null, ...by },
      { nodeId: nodeOf("G1"), layer: "SELF", hundredths: null, passed: false, note: "Một đảng viên bị kỷ luật", ...by },
    ]);
    const sheets = await db.scoreSheet.findMany({
      where: { blocYearId: NC_2026, unitId: { in: ["unit-nc-cong-an", "unit-nc-thanh-tra-tinh"] } },
      orderBy: { unitId: "asc" },
    });
    expect(sheets.map((s) => [s.unitId, s.status, s.version])).toEqual([
      ["unit-nc-cong-an", "DRAFT", 2],
      ["unit-nc-thanh-tra-tinh", "DRAFT", 1],
    ]);

    expect(await db.auditLog.count()).toBe(auditBefore + 1);
    const audit = await db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ action: "score.import", entityType: "ScoreImport", entityId: "2026", userId: "user-bantdkt" });
    expect(audit.after).toMatchObject({
      year: 2026,
      fileName: "Điểm tự chấm 2026.xlsx",
      entries: 15,
      sheets: 2,
      createdSheets: 1,
      blocs: [{ code: NC, units: 2, entries: 15 }],
    });
  });

  it("round-trips the template: its rows, filled in, import as they are", async () => {
    as("bantdkt.khoi");
    const res = await template(new Request("http://localhost/api/imports/scores/template?year=2026"));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Disposition")).toBe('attachment; filename="mau-nhap-diem-tu-cham_2026.xlsx"');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.worksheets[0];
    expect((sheet.getRow(1).values as unknown[]).slice(1, 7)).toEqual(["Mã khối", "Mã đơn vị", "Mã tiêu chí", "Điểm", "Đạt", "Ghi chú"]);
    // NC 2026 is the only one of the caller's two blocs with a published set: 8 members × 12 leaves.
    expect(sheet.rowCount - 1).toBe(8 * 12);
    const tand = [];
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      expect(row.getCell(1).value).toBe(NC);
      if (row.getCell(2).value === "NC-TAND") tand.push(r);
    }
    for (const r of tand) {
      const row = sheet.getRow(r);
      if (row.getCell(3).value === "G1") row.getCell(5).value = "x";
      else row.getCell(4).value = 1;
    }
    const filled = Buffer.from(await book.xlsx.writeBuffer());
    const imported = await post("bantdkt.khoi", 2026, filled);
    expect(imported.last).toMatchObject({ type: "done", entries: 12, createdSheets: 1 });
    const tandEntries = await selfEntriesOf("unit-nc-toa-an");
    expect(tandEntries).toHaveLength(12);
    expect(tandEntries.filter((e) => e.nodeId !== nodeOf("G1")).every((e) => e.hundredths === 100)).toBe(true);
  });

  it("saves thousands of rows in batches, on a bloc year of 50 units and 60 leaves", async () => {
    const units = Array.from({ length: 50 }, (_, i) => ({ id: `imp-unit-${i}`, code: `IMP-${i}`, name: `Đơn vị nhập ${i}`, shortName: `ĐVN ${i}` }));
    await db.unit.createMany({ data: units });
    await db.bloc.create({ data: { id: "imp-bloc", code: "IMP", name: "Khối nhập thử", kind: "KHOI" } });
    await db.blocYear.create({ data: { id: "imp-year", blocId: "imp-bloc", year: 2031 } });
    await db.blocMember.createMany({ data: units.map((u) => ({ blocYearId: "imp-year", year: 2031, unitId: u.id })) });
    await db.criteriaSet.create({ data: { id: "imp-set", blocYearId: "imp-year", name: "Bảng thử", status: "PUBLISHED" } });
    await db.criterionNode.createMany({
      data: Array.from({ length: 60 }, (_, k) => ({
        id: `imp-leaf-${k}`,
        setId: "imp-set",
        position: k,
        code: `T${k}`,
        title: `Tiêu chí ${k}`,
        kind: "STANDARD" as const,
        maxHundredths: 1000,
      })),
    });
    const rows = units.flatMap((u, i) => Array.from({ length: 60 }, (_, k) => ({ bloc: "IMP", unit: u.code, leaf: `T${k}`, points: (i + k) % 11 })));
    const started = performance.now();
    const res = await post("admin", 2031, await scoreWorkbook(rows));
    console.info(`[score import] ${rows.length} rows in ${Math.round(performance.now() - started)} ms`);
    expect(res.last).toMatchObject({ type: "done", entries: 3000, createdSheets: 50 });
    const saving = res.events.filter((e) => e.type === "progress" && e.stage === "saving").map((e) => ("done" in e ? e.done : 0));
    expect(saving).toEqual([2500, 3000]);
    const stored = await db.scoreEntry.findMany({
      where: { sheet: { blocYearId: "imp-year" } },
      select: { nodeId: true, hundredths: true, sheet: { select: { unitId: true } } },
    });
    expect(stored).toHaveLength(3000);
    const expected = new Map(rows.map((r) => [`${r.unit}|${r.leaf}`, r.points * 100]));
    for (const e of stored) expect(e.hundredths).toBe(expected.get(`IMP-${e.sheet.unitId.slice(9)}|T${e.nodeId.slice(9)}`));
  });
});

describe("a bad workbook", () => {
  it("saves nothing and lists every error by row, in Vietnamese column names", async () => {
    const before = await tables();
    const rows: ScoreSheetRow[] = [
      ...fullSheet("NC-THADS", [10, 10, 20, 10, 10, 10, 20, 10, 0, 0, 0], "Có"),
      { bloc: "KHONGCO", unit: "NC-THADS", leaf: "1", points: 1 }, // row 14
      { bloc: NC, unit: "BG-SNV", leaf: "1", points: 1 }, // 15: not a member
      { bloc: NC, unit: "NC-THADS", leaf: "99", points: 1 }, // 16
      { bloc: NC, unit: "NC-THADS", leaf: "1", points: 5 }, // 17: duplicate of row 2
      { bloc: NC, unit: "NC-VKSND", leaf: "2", points: 10.5 }, // 18: above the max of 10
      { bloc: NC, unit: "NC-VKSND", leaf: "3", points: "mười" }, // 19
      { bloc: NC, unit: "NC-VKSND", leaf: "G1", points: 1 }, // 20: points on a gate (and no answer)
      { bloc: NC, unit: "NC-VKSND", leaf: "B1", passed: "Có" }, // 21: an answer on a points leaf
      { bloc: NC, unit: "NC-VKSND", leaf: "D1", points: "1,255" }, // 22
      { bloc: NC, unit: "NC-VKSND", leaf: "4", note: "Chưa chấm" }, // 23: a note but no value
      { bloc: "TDMN-SNV", unit: "HB-SNV", leaf: "1", points: 9 }, // 24: submitted sheet
      { bloc: "HN-NC", unit: "X", leaf: "1", points: 9 }, // 25: no published set
      { bloc: "", unit: "NC-VKSND", leaf: "5", points: -1 }, // 26
    ];
    const res = await post("bantdkt", 2026, await scoreWorkbook(rows));
    expect(res.status).toBe(200);
    expect(res.last).toMatchObject({ type: "errors", count: 15 });
    const errors = res.last?.type === "errors" ? res.last.errors : [];
    expect(errors.map((e) => [e.row, e.column, e.code, e.value])).toEqual([
      [14, "Mã khối", "unknown_bloc", "KHONGCO"],
      [15, "Mã đơn vị", "not_member", "BG-SNV"],
      [16, "Mã tiêu chí", "unknown_leaf", "99"],
      [17, "Mã tiêu chí", "duplicate", "2"],
      [18, "Điểm", "above_max", "10.5"],
      [19, "Điểm", "not_a_number", "mười"],
      [20, "Điểm", "not_pass_fail", "1"],
      [20, "Đạt", "missing_value", ""],
      [21, "Điểm", "missing_value", ""],
      [21, "Đạt", "not_points", "Có"],
      [22, "Điểm", "too_many_decimals", "1,255"],
      [23, "Điểm", "missing_value", ""],
      [24, "Mã đơn vị", "sheet_submitted", "HB-SNV"],
      [25, "Mã khối", "set_not_published", "HN-NC"],
      [26, "Mã khối", "required", ""],
    ]);
    expect(errors.find((e) => e.code === "above_max")?.max).toBe(10);
    expect(await tables()).toEqual(before);
  });

  it("refuses a file that is not a workbook, one without rows, and one missing a column", async () => {
    const before = await tables();
    expect((await post("bantdkt", 2026, Buffer.from("không phải Excel"))).last).toMatchObject({ type: "errors", errors: [{ row: 0, code: "unreadable" }] });
    expect((await post("bantdkt", 2026, await scoreWorkbook([]))).last).toMatchObject({ type: "errors", errors: [{ row: 0, code: "no_rows" }] });
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Điểm").addRows([
      ["Mã khối", "Mã đơn vị", "Điểm"],
      [NC, "NC-TTT", 5],
    ]);
    const missing = await post("bantdkt", 2026, Buffer.from(await book.xlsx.writeBuffer()));
    expect(missing.last).toMatchObject({ type: "errors", errors: [{ row: 0, code: "missing_column", value: "Mã tiêu chí" }] });
    expect(await post("bantdkt", 2026, null)).toMatchObject({ status: 400, last: { type: "failed", reason: "file" } });
    expect(await post("bantdkt", "năm nay", await scoreWorkbook([{ bloc: NC, unit: "NC-TTT", leaf: "1", points: 1 }]))).toMatchObject({
      status: 400,
      last: { type: "failed", reason: "year" },
    });
    expect(await tables()).toEqual(before);
  });
});

describe("who may import", () => {
  // Allowed: the board staff who manage the bloc (bantdkt.khoi is assigned the Nội chính blocs) and the administrator.
  const ALLOWED: User[] = ["admin", "bantdkt", "bantdkt.khoi"];
  const workbook = (points: number) => scoreWorkbook([{ bloc: NC, unit: "NC-TAND", leaf: "8", points }]);

  it.each(USERS)("as %s", async (user) => {
    const before = await tables();
    const res = await post(user, 2026, await workbook(USERS.indexOf(user) % 10));
    if (ALLOWED.includes(user)) {
      expect(res.last).toMatchObject({ type: "done", entries: 1 });
      const entry = (await selfEntriesOf("unit-nc-toa-an")).find((e) => e.nodeId === nodeOf("8"));
      expect(entry).toMatchObject({ hundredths: (USERS.indexOf(user) % 10) * 100, byName: sessions.get(user)!.name });
    } else {
      // Refused looks like missing, as every route handler answers, and nothing changes.
      expect(res.status).toBe(404);
      expect(res.text.length).toBeLessThan(80);
      expect(await tables()).toEqual(before);
    }
    as(user);
    const tpl = await template(new Request("http://localhost/api/imports/scores/template?year=2026"));
    expect(tpl.status).toBe(ALLOWED.includes(user) ? 200 : 404);
  });

  it("signed out", async () => {
    const before = await tables();
    expect((await post(null, 2026, await workbook(3))).status).toBe(401);
    as(null);
    expect((await template(new Request("http://localhost/api/imports/scores/template?year=2026"))).status).toBe(401);
    expect(await tables()).toEqual(before);
  });

  it("board staff not assigned to a bloc cannot import into it: its rows read as an unknown bloc", async () => {
    const before = await tables();
    const res = await post(
      "bantdkt.khoi",
      2026,
      await scoreWorkbook([
        { bloc: NC, unit: "NC-TAND", leaf: "8", points: 4 },
        { bloc: "TDMN-SNV", unit: "BG-SNV", leaf: "1", points: 9 },
      ]),
    );
    expect(res.last).toMatchObject({ type: "errors", count: 1, errors: [{ row: 3, column: "Mã khối", code: "unknown_bloc", value: "TDMN-SNV" }] });
    expect(await tables()).toEqual(before);
  });

  it("a sheet locked by a sign-off refuses its rows", async () => {
    await db.scoreSheet.create({ data: { blocYearId: NC_2026, unitId: "unit-nc-quan-su", lockedAt: new Date() } });
    const before = await tables();
    const res = await post("bantdkt", 2026, await scoreWorkbook([{ bloc: NC, unit: "NC-BCHQS", leaf: "1", points: 4 }]));
    expect(res.last).toMatchObject({ type: "errors", errors: [{ row: 2, code: "sheet_locked" }] });
    expect(await tables()).toEqual(before);
  });
});
