import { describe, expect, it } from "vitest";
import { isFutureDay } from "@/lib/format/vi";
import {
  achievementReportActDate,
  actDateLine,
  awardSubmissionActDate,
  isIssued,
  minutesActDate,
  planActDate,
  pledgeActDate,
  reviewMinutesActDate,
  type PledgeDateFacts,
} from "@/lib/documents/act-date";
import { BLANK_DAY } from "@/lib/documents/layout";
import { achievementReport } from "@/lib/documents/definitions/achievement-report";
import { awardSubmission } from "@/lib/documents/definitions/award-submission";
import { minutes } from "@/lib/documents/definitions/minutes";
import { plan } from "@/lib/documents/definitions/plan";
import { pledge } from "@/lib/documents/definitions/pledge";
import { reviewMinutes } from "@/lib/documents/definitions/review-minutes";

// Every document carries the date of the act it records, never the day the file is made.
const vn = (local: string) => new Date(`${local}+07:00`);
const line = (d: Parameters<typeof actDateLine>[1]) => actDateLine("Thái Nguyên", d);
const blankLine = (year: string) => `Thái Nguyên, ngày ${BLANK_DAY} tháng ${BLANK_DAY} năm ${year}`;

const pledge2022 = (over: Partial<PledgeDateFacts> = {}): PledgeDateFacts => ({
  status: "SIGNED",
  // Recorded long after the act: never the date it carries.
  signedAt: vn("2026-12-06T09:00"),
  year: 2022,
  signatures: [{ signedAt: vn("2022-07-22T09:10") }, { signedAt: vn("2022-07-25T15:00") }],
  signingConferenceDate: null,
  ...over,
});

describe("pledge", () => {
  it("carries the day of the conference where it was signed", () => {
    const p = pledge2022({ signatures: [{ signedAt: vn("2026-12-01T10:00"), conferenceDate: vn("2022-07-22T08:00") }] });
    expect(line(pledgeActDate(p))).toBe("Thái Nguyên, ngày 22 tháng 7 năm 2022");
  });

  it("else the year's signing conference, else the last signature's day", () => {
    expect(line(pledgeActDate(pledge2022({ signingConferenceDate: vn("2022-02-25T08:00") })))).toBe("Thái Nguyên, ngày 25 tháng 02 năm 2022");
    expect(line(pledgeActDate(pledge2022()))).toBe("Thái Nguyên, ngày 25 tháng 7 năm 2022");
  });

  it("leaves the day blank under the bloc year while it is not signed, whatever the clock says", () => {
    for (const status of ["DRAFT", "OPEN"] as const) {
      const d = pledgeActDate(pledge2022({ status, signingConferenceDate: vn("2022-02-25T08:00") }));
      expect(d).toEqual({ date: null, year: 2022 });
      expect(line(d)).toBe(blankLine("2022"));
    }
  });

  it("takes the date set before issue over the rule", () => {
    expect(line(pledgeActDate(pledge2022({ status: "OPEN" }), new Date("2022-03-01T00:00:00Z")))).toBe("Thái Nguyên, ngày 01 tháng 3 năm 2022");
  });
});

describe("the other kinds", () => {
  it("minutes: the conference's day, in Vietnam time", () => {
    expect(line(minutesActDate({ date: new Date("2022-07-21T17:30:00Z") }))).toBe("Thái Nguyên, ngày 22 tháng 7 năm 2022");
    expect(line(minutesActDate({ date: vn("2022-07-22T08:00") }, new Date("2022-07-23T00:00:00Z")))).toBe("Thái Nguyên, ngày 23 tháng 7 năm 2022");
  });

  it("plan: blank under the bloc year unless its issue date is set", () => {
    expect(line(planActDate({ year: 2022 }))).toBe(blankLine("2022"));
    expect(line(planActDate({ year: 2022 }, new Date("2022-01-10T00:00:00Z")))).toBe("Thái Nguyên, ngày 10 tháng 01 năm 2022");
  });

  it("review minutes: the sign-off day", () => {
    expect(line(reviewMinutesActDate({ signedAt: vn("2022-12-22T09:00") }))).toBe("Thái Nguyên, ngày 22 tháng 12 năm 2022");
    expect(line(reviewMinutesActDate({ signedAt: vn("2022-12-22T09:00") }, new Date("2022-12-20T00:00:00Z")))).toContain("ngày 20 tháng 12 năm 2022");
  });

  it("submission: the day it was submitted; before that blank, year too", () => {
    expect(line(awardSubmissionActDate({ submittedAt: vn("2023-01-05T10:00") }))).toBe("Thái Nguyên, ngày 05 tháng 01 năm 2023");
    expect(line(awardSubmissionActDate({ submittedAt: null }))).toBe(blankLine(`20${BLANK_DAY}`));
    expect(line(awardSubmissionActDate({ submittedAt: null }, new Date("2022-12-28T00:00:00Z")))).toContain("ngày 28 tháng 12 năm 2022");
  });

  it("achievement report: blank unless set", () => {
    expect(achievementReportActDate(null, null, 2027)).toEqual({ date: null, year: 2027 });
    expect(line(achievementReportActDate(null, null, 2027))).toMatch(/ngày\s+tháng\s+năm 2027$/);
    expect(line(achievementReportActDate(null, new Date("2026-12-28T03:00:00Z"), 2027))).toContain("ngày 28 tháng 12 năm 2026");
    expect(line(achievementReportActDate(new Date("2022-12-27T00:00:00Z")))).toContain("ngày 27 tháng 12 năm 2022");
  });
});

describe("setting the date by hand", () => {
  it("is refused once the document is issued or its year closed", () => {
    expect(pledge.issued("SIGNED")).toBe(true);
    expect(pledge.issued("OPEN")).toBe(false);
    expect(minutes.issued(null)).toBe(false);
    expect(isIssued({ issued: plan.issued(null) }, true)).toBe(true);
    expect(isIssued({ issued: false }, false)).toBe(false);
    expect(reviewMinutes.issued("SIGNED_OFF")).toBe(false);
    expect(reviewMinutes.issued("APPROVED")).toBe(true);
    expect(awardSubmission.issued("RETURNED")).toBe(false);
    expect(awardSubmission.issued("SUBMITTED")).toBe(true);
    expect(achievementReport.issued("DECIDED")).toBe(true);
  });

  it("never in the future, counted in Vietnam days", () => {
    const now = new Date("2026-12-06T16:59:00Z"); // 23:59 in Vietnam
    expect(isFutureDay(new Date("2026-12-06T00:00:00Z"), now)).toBe(false);
    expect(isFutureDay(new Date("2026-12-07T00:00:00Z"), now)).toBe(true);
    expect(isFutureDay(new Date("2022-07-22T00:00:00Z"), now)).toBe(false);
  });
});
