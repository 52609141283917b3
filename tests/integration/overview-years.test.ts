import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createBloc, createBlocYear, setMembers } from "@/lib/blocs/service";
import { createBlocSchema } from "@/lib/blocs/schemas";
import { overviewFor } from "@/lib/overview/queries";
import { seedDemo } from "@/prisma/seed/demo";
import { actor } from "../support/actors";

// The home page lists every bloc year still open, of whatever year, not only the calendar
// year's; ?nam= narrows it to one year. A unit officer's home lists every year with work for
// the unit.
const NC_2026 = "year-noi-chinh-tinh-2026";
const NC_2025 = "year-noi-chinh-tinh-2025";
const TTT = "unit-nc-thanh-tra-tinh";
const board = actor({ userId: "user-bantdkt", name: "Nguyễn Thị Thu Hà" });
const limitedBoard = actor({ userId: "user-bantdkt-khoi", allBlocs: false, assignedBlocIds: ["bloc-noi-chinh-tinh", "bloc-noi-chinh-ha-nam"] });
const donvi = actor({ userId: "user-donvi", role: "UNIT_OFFICER", unitId: TTT, allBlocs: false });
const NOW = new Date("2026-12-10T03:00:00Z");
const DAY = 24 * 60 * 60 * 1000;

let late: { blocId: string; yearId: string };

beforeAll(async () => {
  await seedDemo(db, { reset: false });
  // A 2021 bloc year still being scored in 2026, with Thanh tra tỉnh as a member.
  const blocId = (await createBloc(board, createBlocSchema.parse({ code: "LATE-2021", name: "Khối chấm muộn 2021", kind: "KHOI" }))).id;
  const yearId = (await createBlocYear(board, blocId, 2021, false)).id;
  await setMembers(board, yearId, [TTT]);
  await db.blocYear.update({ where: { id: yearId }, data: { status: "ACTIVE" } });
  late = { blocId, yearId };
}, 120_000);

describe("the home page's years", () => {
  it("lists every open bloc year of any year for the board, newest first, and no closed one", async () => {
    const { rows, summary, yearOptions } = await overviewFor(board, null, NOW);
    const ids = rows.map((r) => r.blocYearId);
    expect(ids).toContain(late.yearId);
    expect(ids).toContain(NC_2026);
    expect(ids).not.toContain(NC_2025);
    const statuses = await db.blocYear.findMany({ where: { id: { in: ids } }, select: { status: true } });
    expect(statuses.every((s) => s.status !== "CLOSED")).toBe(true);
    expect(rows.map((r) => r.year)).toEqual([...rows.map((r) => r.year)].sort((a, b) => b - a));
    expect(summary.blocs).toBe(rows.length);
    expect(yearOptions).toEqual([...yearOptions].sort((a, b) => b - a));
    expect(yearOptions).toEqual(expect.arrayContaining([2026, 2025, 2021]));
  });

  it("narrows to one year with the filter, closed years included", async () => {
    const y2021 = await overviewFor(board, 2021, NOW);
    expect(y2021.rows.map((r) => r.blocYearId)).toContain(late.yearId);
    expect(y2021.rows.every((r) => r.year === 2021)).toBe(true);
    const y2025 = await overviewFor(board, 2025, NOW);
    expect(y2025.rows.map((r) => r.blocYearId)).toContain(NC_2025);
    expect(y2025.rows.every((r) => r.year === 2025)).toBe(true);
    expect((await overviewFor(board, 2019, NOW)).rows).toEqual([]);
  });

  it("keeps board staff to their blocs whatever the year", async () => {
    const { rows } = await overviewFor(limitedBoard, null, NOW);
    expect(rows.map((r) => r.blocYearId)).not.toContain(late.yearId);
    expect(rows.every((r) => limitedBoard.assignedBlocIds.includes(r.blocId))).toBe(true);
    expect((await overviewFor(limitedBoard, 2021, NOW)).rows.every((r) => limitedBoard.assignedBlocIds.includes(r.blocId))).toBe(true);
  });

  it("gives a unit officer every year with work for the unit: open years, and a closed one whose returned sheet may still come back", async () => {
    const open = await overviewFor(donvi, null, NOW);
    expect(open.rows.map((r) => [r.blocYearId, r.year])).toEqual([
      [NC_2026, 2026],
      [late.yearId, 2021],
    ]);
    expect(open.yearOptions).toEqual(expect.arrayContaining([2026, 2021]));

    await db.blocYear.update({ where: { id: late.yearId }, data: { status: "CLOSED" } });
    expect((await overviewFor(donvi, null, NOW)).rows.map((r) => r.blocYearId)).toEqual([NC_2026]);
    const resubmitBy = new Date(NOW.getTime() + 2 * DAY);
    await db.scoreSheet.create({ data: { blocYearId: late.yearId, unitId: TTT, status: "RETURNED", returnedAt: NOW, resubmitBy } });
    const returned = await overviewFor(donvi, null, NOW);
    expect(returned.rows.find((r) => r.blocYearId === late.yearId)?.own).toMatchObject({ status: "RETURNED", resubmitBy });
    expect((await overviewFor(donvi, null, new Date(resubmitBy.getTime() + 60_000))).rows.map((r) => r.blocYearId)).toEqual([NC_2026]);
    await db.blocYear.update({ where: { id: late.yearId }, data: { status: "ACTIVE" } });
  });
});
