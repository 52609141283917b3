import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { overviewFor } from "@/lib/overview/queries";
import { unitResults } from "@/lib/overview/results";
import { canViewUnitResults } from "@/lib/overview/policy";
import { approveRanking, signOff } from "@/lib/ranking/service";
import { seedDemo } from "@/prisma/seed/demo";
import { actor } from "../support/actors";

const NC_2026 = "year-noi-chinh-tinh-2026";
const TD_2026 = "year-cum-noi-vu-trung-du-mien-nui-2026";
const TTT = "unit-nc-thanh-tra-tinh";
const HB = "unit-hb-so-noi-vu";
const NC_BLOC = "bloc-noi-chinh-tinh";

const board = actor({ userId: "user-bantdkt", name: "Nguyễn Thị Thu Hà" });
const limitedBoard = actor({ userId: "user-bantdkt-khoi", allBlocs: false, assignedBlocIds: [NC_BLOC, "bloc-noi-chinh-ha-nam"] });
const council = actor({ userId: "user-hoidong", role: "COUNCIL", allBlocs: false });
const donvi = actor({ userId: "user-donvi", role: "UNIT_OFFICER", unitId: TTT, allBlocs: false });
// 10/12/2026 in Vietnam: the Nội chính round closes on 15/12 at 17:00, within the week.
const NOW = new Date("2026-12-10T03:00:00Z");

beforeAll(async () => {
  await seedDemo(db, { reset: false });
}, 120_000);

describe("board dashboard", () => {
  it("shows the Nội chính bloc's 2026 stage: pledge open with 3 of 8, criteria published, round to 15/12", async () => {
    const { rows, summary } = await overviewFor(board, 2026, NOW);
    const nc = rows.find((r) => r.blocYearId === NC_2026)!;
    expect(nc).toMatchObject({
      blocName: "Khối thi đua các cơ quan Nội chính tỉnh",
      year: 2026,
      members: 8,
      pledgeStatus: "OPEN",
      pledgeSigned: 3,
      criteriaStatus: "PUBLISHED",
      submitted: 0,
      reviewed: 0,
      rankingStage: "none",
      proposalStatus: null,
      deadline: "soon",
      own: null,
    });
    expect(nc.closesAt?.toISOString()).toBe(new Date("2026-12-15T17:00:00+07:00").toISOString());
    expect(nc.leaderName).toBe("Sở Nội vụ");

    // The Trung du cluster: every sheet in and reviewed, nothing signed off yet: "tạm tính".
    const td = rows.find((r) => r.blocYearId === TD_2026)!;
    expect(td).toMatchObject({ members: 7, submitted: 7, reviewed: 7, rankingStage: "provisional", deadline: "done" });

    expect(summary.blocs).toBe(rows.length);
    expect(summary.sheetsSubmitted).toBe(rows.reduce((n, r) => n + r.submitted, 0));
    expect(rows.every((r) => r.year === 2026)).toBe(true);
    // Vietnamese order of bloc names.
    expect(rows.map((r) => r.blocName)).toEqual([...rows.map((r) => r.blocName)].sort((a, b) => a.localeCompare(b, "vi")));
  });

  it("marks a deadline overdue once it has passed with sheets missing", async () => {
    const { rows } = await overviewFor(board, 2026, new Date("2026-12-16T03:00:00Z"));
    expect(rows.find((r) => r.blocYearId === NC_2026)!.deadline).toBe("overdue");
  });

  it("shows board staff only their assigned blocs, and the council everything", async () => {
    const all = await overviewFor(board, 2026, NOW);
    const limited = await overviewFor(limitedBoard, 2026, NOW);
    expect(limited.rows.length).toBeGreaterThan(0);
    expect(limited.rows.every((r) => limitedBoard.assignedBlocIds.includes(r.blocId))).toBe(true);
    expect(limited.rows.some((r) => r.blocYearId === TD_2026)).toBe(false);
    expect((await overviewFor(council, 2026, NOW)).rows.map((r) => r.blocYearId)).toEqual(all.rows.map((r) => r.blocYearId));
  });

  it("gives a unit officer their bloc with their own sheet's status and deadline", async () => {
    const { rows } = await overviewFor(donvi, 2026, NOW);
    expect(rows.map((r) => r.blocYearId)).toEqual([NC_2026]);
    expect(rows[0].own).toEqual({ status: "NONE", closesAt: new Date("2026-12-15T17:00:00+07:00"), resubmitBy: null, deadline: "soon" });
  });

  it("reads the latest ranking snapshot's status", async () => {
    const { id, version } = await signOff(board, TD_2026, "Đặng Quốc Khánh", new Date("2026-11-25T03:00:00Z"));
    expect((await overviewFor(board, 2026, NOW)).rows.find((r) => r.blocYearId === TD_2026)!.rankingStage).toBe("SIGNED_OFF");
    // A unit's results list a year only once its ranking is approved.
    expect(await unitResults(board, HB)).toEqual([]);
    await approveRanking(board, id, version);
    expect((await unitResults(board, HB)).map((r) => [r.blocYearId, r.rank, r.total])).toEqual([[TD_2026, 1, 97]]);
    const { rows, summary } = await overviewFor(board, 2026, NOW);
    expect(rows.find((r) => r.blocYearId === TD_2026)!.rankingStage).toBe("APPROVED");
    expect(summary.rankingsApproved).toBe(1);
  });
});

describe("unit results across years", () => {
  it("reads the demo's approved Nội chính rankings of 2024 and 2025, oldest first", async () => {
    const results = await unitResults(board, TTT);
    expect(results.map((r) => [r.blocYearId, r.year, r.of])).toEqual([
      ["year-noi-chinh-tinh-2024", 2024, 8],
      ["year-noi-chinh-tinh-2025", 2025, 8],
    ]);
    expect(results.every((r) => r.blocName === "Khối thi đua các cơ quan Nội chính tỉnh" && r.rank >= 1 && r.total > 0)).toBe(true);
  });

  it("is shown to the board, the council and the unit's own officers only", () => {
    expect(canViewUnitResults(board, TTT)).toBe(true);
    expect(canViewUnitResults(council, TTT)).toBe(true);
    expect(canViewUnitResults(donvi, TTT)).toBe(true);
    expect(canViewUnitResults(donvi, "unit-nc-so-noi-vu")).toBe(false);
  });

  it("keeps board staff to their blocs", async () => {
    const outsider = actor({ userId: "user-x", allBlocs: false, assignedBlocIds: ["bloc-cum-noi-vu-trung-du-mien-nui"] });
    expect(await unitResults(outsider, TTT)).toEqual([]);
  });
});
