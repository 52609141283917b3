import { describe, expect, it } from "vitest";
import { daysLeft } from "@/lib/format/days-left";
import { deadlineState, rankingStage, summarise, type StageCounts } from "@/lib/overview/stage";

const closes = new Date("2026-12-15T10:00:00Z");

describe("deadlineState", () => {
  it("is overdue once passed with work left, soon within 7 calendar days, later before that", () => {
    expect(deadlineState(closes, new Date("2026-12-15T10:00:01Z"), false)).toBe("overdue");
    expect(deadlineState(closes, new Date("2026-12-15T10:00:00Z"), false)).toBe("soon");
    // 15/12 17:00 in Vietnam: from 08/12, any hour, it is 7 days; from 07/12, 8.
    expect(deadlineState(closes, new Date("2026-12-07T17:00:00Z"), false)).toBe("soon");
    expect(deadlineState(closes, new Date("2026-12-07T16:59:59Z"), false)).toBe("later");
  });

  it("is done when everything is in, none without a round", () => {
    expect(deadlineState(closes, new Date("2026-12-20T00:00:00Z"), true)).toBe("done");
    expect(deadlineState(null, new Date(), false)).toBe("none");
  });

  it("counts calendar days in Vietnam, 0 on the deadline's own day and after it", () => {
    // The walkthrough's case: 15/12 17:00, seen at 08:07 on 08/12 in Vietnam.
    expect(daysLeft(closes, new Date("2026-12-08T01:07:00Z"))).toBe(7);
    expect(daysLeft(closes, new Date("2026-12-08T16:59:00Z"))).toBe(7);
    expect(daysLeft(closes, new Date("2026-12-14T16:59:00Z"))).toBe(1);
    expect(daysLeft(closes, new Date("2026-12-14T17:00:00Z"))).toBe(0);
    expect(daysLeft(closes, new Date("2026-12-16T00:00:00Z"))).toBe(0);
  });
});

describe("rankingStage", () => {
  it("follows the latest snapshot, else provisional once sheets come in", () => {
    expect(rankingStage(null, 0)).toBe("none");
    expect(rankingStage(null, 3)).toBe("provisional");
    expect(rankingStage("RETURNED", 8)).toBe("RETURNED");
    expect(rankingStage("APPROVED", 8)).toBe("APPROVED");
  });
});

describe("summarise", () => {
  const row = (over: Partial<StageCounts>): StageCounts => ({
    members: 8,
    pledgeSigned: 0,
    pledgeStatus: null,
    submitted: 0,
    rankingStage: "none",
    proposalStatus: null,
    ...over,
  });
  it("counts blocs, fully signed pledges, sheets and approved rankings", () => {
    expect(
      summarise([
        row({ pledgeStatus: "SIGNED", submitted: 8, rankingStage: "APPROVED" }),
        row({ pledgeStatus: "OPEN", pledgeSigned: 3, submitted: 2, members: 7 }),
      ]),
    ).toEqual({
      blocs: 2,
      pledgesSigned: 1,
      sheetsSubmitted: 10,
      sheetsExpected: 15,
      rankingsApproved: 1,
    });
  });
});
