import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { AppSession } from "@/lib/auth/session-types";

// Routes run as a chosen session; everything below the session read is real.
const current: { session: AppSession | null } = { session: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.session }));
const { db } = await import("@/lib/db");
const { seedDemo } = await import("@/prisma/seed/demo");
const { actor } = await import("../support/actors");
const { approveRanking, signOff } = await import("@/lib/ranking/service");
const sheetsRoute = await import("@/app/api/exports/sheets/[blocYearId]/route");
const rankingRoute = await import("@/app/api/exports/ranking/[blocYearId]/route");

const TD_2026 = "year-cum-noi-vu-trung-du-mien-nui-2026";
const NC_2026 = "year-noi-chinh-tinh-2026";

const board = actor({ userId: "user-bantdkt" });
const ncBoard = actor({ userId: "user-bantdkt-khoi", allBlocs: false, assignedBlocIds: ["bloc-noi-chinh-tinh", "bloc-noi-chinh-ha-nam"] });
const council = actor({ userId: "user-hoidong", role: "COUNCIL", allBlocs: false });
const officer = (userId: string, unitId: string, isUnitHead = false) => actor({ userId, role: "UNIT_OFFICER", unitId, isUnitHead, allBlocs: false });
// Nội chính's Thanh tra tỉnh: another bloc's officer for the Trung du cluster.
const otherBloc = officer("user-donvi", "unit-nc-thanh-tra-tinh");
const clusterLeader = { ...officer("user-cumtruong", "unit-tn-so-noi-vu", true), name: "Đặng Quốc Khánh" };
const clusterMember = officer("user-cumvien", "unit-bg-so-noi-vu");

type Route = { GET: (req: Request, ctx: { params: Promise<{ blocYearId: string }> }) => Promise<Response> };
async function get(route: Route, blocYearId: string, session: AppSession | null) {
  current.session = session;
  return route.GET(new Request(`http://localhost/api/exports/x/${blocYearId}`), { params: Promise.resolve({ blocYearId }) });
}

async function workbookOf(res: Response) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  return wb;
}

beforeAll(async () => {
  await seedDemo(db, { reset: false });
}, 120_000);

describe("GET /api/exports/sheets/[blocYearId]", () => {
  it("gives the board every member's sheet with a summary, as a real .xlsx with an ASCII name", async () => {
    const res = await get(sheetsRoute, TD_2026, board);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers.get("Content-Disposition")).toMatch(/^attachment; filename="bang-diem_[A-Z0-9-]+_2026\.xlsx"$/);
    const wb = await workbookOf(res);
    expect(wb.worksheets).toHaveLength(8);
    const summary = wb.worksheets[0];
    expect(summary.name).toBe("Tổng hợp");
    const rows = [4, 5, 6, 7, 8, 9, 10].map((n) => summary.getRow(n));
    const hb = rows.find((r) => String(r.getCell(2).value).includes("Hòa Bình"))!;
    // Self 98, reviewed −1 on leaf 3: the final layer totals 97.
    expect(hb.getCell(7).value).toBe(97);
    expect(hb.getCell(3).value).toBe("Đã nộp");
    const pt = rows.find((r) => String(r.getCell(2).value).includes("Phú Thọ"))!;
    expect(pt.getCell(8).value).toBe("Không đạt: G1");
    // A unit's sheet: twelve leaves, the reviewed value and its reason, then four rows of totals.
    const hbSheet = wb.worksheets.find((w) => w.getCell("A1").value === hb.getCell(2).value)!;
    expect(hbSheet.rowCount).toBe(3 + 12 + 4);
    expect(hbSheet.getCell("A19").value).toBe("Tổng điểm (tiêu chuẩn + thưởng − trừ)");
    expect(hbSheet.getCell("H19").value).toMatchObject({ result: 97 });
    const leaf3 = [...Array(12).keys()].map((i) => hbSheet.getRow(4 + i)).find((r) => r.getCell(1).value === "3")!;
    expect([leaf3.getCell(5).value, leaf3.getCell(6).value, leaf3.getCell(8).value]).toEqual([19, 18, 18]);
    expect(leaf3.getCell(9).value).toBe("Hội nghị sơ kết tổ chức chậm so với kế hoạch.");
  });

  it("lists members without a sheet too", async () => {
    const wb = await workbookOf(await get(sheetsRoute, NC_2026, ncBoard));
    expect(wb.worksheets).toHaveLength(9);
    expect(wb.worksheets[0].getCell("C4").value).toBe("Chưa chấm");
  });

  it("answers 401 without a session and the same 404 for a missing or forbidden year", async () => {
    expect((await get(sheetsRoute, TD_2026, null)).status).toBe(401);
    expect((await get(sheetsRoute, "no-such-year", board)).status).toBe(404);
    const forbidden = await get(sheetsRoute, TD_2026, otherBloc);
    const missing = await get(sheetsRoute, "no-such-year", otherBloc);
    expect(forbidden.status).toBe(404);
    expect(await forbidden.text()).toBe(await missing.text());
    expect((await get(sheetsRoute, TD_2026, ncBoard)).status).toBe(404);
    expect((await get(sheetsRoute, TD_2026, clusterMember)).status).toBe(404);
    expect((await get(sheetsRoute, TD_2026, council)).status).toBe(200);
    expect((await get(sheetsRoute, TD_2026, clusterLeader)).status).toBe(200);
  });
});

describe("GET /api/exports/ranking/[blocYearId]", () => {
  it("gives the leader the provisional ranking with title rows", async () => {
    const res = await get(rankingRoute, TD_2026, clusterLeader);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Disposition")).toMatch(/^attachment; filename="xep-hang_[A-Z0-9-]+_2026\.xlsx"$/);
    const sheet = (await workbookOf(res)).worksheets[0];
    expect(sheet.getCell("A1").value).toBe("Kết quả xếp hạng thi đua năm 2026");
    expect(String(sheet.getCell("A3").value)).toContain("Tạm tính");
    expect(sheet.getCell("A4").value).toBe("Hạng");
    expect(sheet.getCell("A5").value).toBe(1);
    expect(String(sheet.getCell("B5").value)).toContain("Hòa Bình");
    expect(sheet.getCell("A6").value).toBe(2);
    // Bắc Giang and Phú Thọ tie on 95: group I separates them.
    expect(String(sheet.getRow(7).getCell(sheet.columnCount).value)).toMatch(
      /^Bằng tổng điểm với .*Bắc Giang; xếp sau theo tiêu chí phụ «Điểm nhóm tiêu chí I/,
    );
  });

  it("refuses another bloc's officer and a member before approval, with the same 404 as a missing year", async () => {
    expect((await get(rankingRoute, TD_2026, null)).status).toBe(401);
    expect((await get(rankingRoute, TD_2026, otherBloc)).status).toBe(404);
    expect((await get(rankingRoute, TD_2026, ncBoard)).status).toBe(404);
    expect((await get(rankingRoute, TD_2026, clusterMember)).status).toBe(404);
    expect((await get(rankingRoute, "no-such-year", board)).status).toBe(404);
  });

  it("once approved, names the status and lets the members export the ranking and the sheets", async () => {
    const { id, version } = await signOff(clusterLeader, TD_2026, null, new Date("2026-11-25T03:00:00Z"));
    let sheet = (await workbookOf(await get(rankingRoute, TD_2026, board))).worksheets[0];
    expect(String(sheet.getCell("A3").value)).toContain("Đã ký xác nhận (Đặng Quốc Khánh, ngày 25/11/2026)");
    expect((await get(rankingRoute, TD_2026, clusterMember)).status).toBe(404);

    await approveRanking(board, id, version, new Date("2026-11-28T03:00:00Z"));
    const res = await get(rankingRoute, TD_2026, clusterMember);
    expect(res.status).toBe(200);
    sheet = (await workbookOf(res)).worksheets[0];
    expect(String(sheet.getCell("A3").value)).toContain("Đã phê duyệt ngày 28/11/2026");
    expect((await get(sheetsRoute, TD_2026, clusterMember)).status).toBe(200);
    expect((await get(sheetsRoute, TD_2026, otherBloc)).status).toBe(404);
  });
});
