import { describe, expect, it } from "vitest";
import { addDays, addMonths, clampDay, mondayIndex, monthWeeks, withinBounds } from "@/lib/format/calendar";
import { dayOf, dayTimeOf, formatDay, formatTime, isoDay, parseIsoDay, readTime, readVietnamDay, startOfVietnamDay } from "@/lib/format/vi";

// What the date fields read from what a person types: day first, always, whatever the browser.

const day = (year: number, month: number, d: number) => ({ year, month, day: d });

describe("readVietnamDay (lenient, as the date fields read)", () => {
  it("reads 03/04/2026 as 3 April, never 4 March", () => {
    expect(readVietnamDay("03/04/2026")).toEqual({ ok: true, day: day(2026, 4, 3) });
  });

  it("accepts d/M/yyyy, other separators and spaces, and normalises to dd/MM/yyyy", () => {
    for (const s of ["3/4/2026", " 3/4/2026 ", "03/4/2026", "3.4.2026", "3-4-2026", "3 / 4 / 2026"]) {
      const r = readVietnamDay(s);
      expect(r.ok && formatDay(r.day), s).toBe("03/04/2026");
    }
  });

  it("reads a pasted yyyy-MM-dd in ISO order", () => {
    expect(readVietnamDay("2026-04-03")).toEqual({ ok: true, day: day(2026, 4, 3) });
  });

  it("refuses impossible days and says how long the month is", () => {
    expect(readVietnamDay("31/02/2026")).toEqual({ ok: false, reason: "day", daysInMonth: 28, month: 2, year: 2026 });
    expect(readVietnamDay("29/2/2028")).toEqual({ ok: true, day: day(2028, 2, 29) });
    expect(readVietnamDay("29/02/2027")).toMatchObject({ ok: false, reason: "day", daysInMonth: 28 });
    expect(readVietnamDay("31/04/2026")).toMatchObject({ ok: false, reason: "day", daysInMonth: 30 });
    expect(readVietnamDay("0/4/2026")).toMatchObject({ ok: false, reason: "day" });
  });

  it("refuses a month outside 1–12", () => {
    expect(readVietnamDay("01/13/2026")).toEqual({ ok: false, reason: "month" });
    expect(readVietnamDay("01/00/2026")).toEqual({ ok: false, reason: "month" });
  });

  it("refuses what is not shaped like a day", () => {
    for (const s of ["", "abc", "3/4/26", "03042026", "3/4", "03/04/2026 08:00", "2026/04/03", "01/02/0999", "123/4/2026"]) {
      expect(readVietnamDay(s), s).toEqual({ ok: false, reason: "format" });
    }
  });

  it("in strict mode takes dd/MM/yyyy only", () => {
    expect(readVietnamDay("03/04/2026", { strict: true }).ok).toBe(true);
    for (const s of ["3/4/2026", "03.04.2026", "2026-04-03"]) expect(readVietnamDay(s, { strict: true }), s).toEqual({ ok: false, reason: "format" });
  });
});

describe("what the fields submit and show", () => {
  it("submits yyyy-MM-dd, which the schemas store as that calendar day", () => {
    const r = readVietnamDay("3/4/2026");
    expect(r.ok && isoDay(r.day)).toBe("2026-04-03");
  });

  it("parseIsoDay reads the schemas' format strictly", () => {
    expect(parseIsoDay("2026-04-03")).toEqual(day(2026, 4, 3));
    expect(parseIsoDay("2026-02-31")).toBeNull();
    expect(parseIsoDay("2026-4-3")).toBeNull();
    expect(parseIsoDay("03/04/2026")).toBeNull();
  });

  it("dayOf gives the Vietnam day of a stored date, whether a string or an instant", () => {
    expect(dayOf("2026-04-03")).toEqual(day(2026, 4, 3));
    // Calendar dates are stored at 00:00 UTC: still the same day in Vietnam.
    expect(dayOf(new Date("2026-04-03T00:00:00Z"))).toEqual(day(2026, 4, 3));
    expect(dayOf(new Date("2026-04-02T17:00:00Z"))).toEqual(day(2026, 4, 3));
    expect(dayOf(null)).toBeNull();
    expect(dayOf("")).toBeNull();
  });

  it("startOfVietnamDay is 17:00 UTC the day before", () => {
    expect(startOfVietnamDay(day(2026, 4, 3)).toISOString()).toBe("2026-04-02T17:00:00.000Z");
  });
});

describe("readTime (24-hour)", () => {
  it("reads the ways a time is written", () => {
    for (const [s, want] of [
      ["8:30", "08:30"],
      ["08:30", "08:30"],
      ["8h30", "08:30"],
      ["8H30", "08:30"],
      ["8.30", "08:30"],
      ["8h", "08:00"],
      ["23:59", "23:59"],
      ["0:00", "00:00"],
    ]) {
      const t = readTime(s);
      expect(t && formatTime(t), s).toBe(want);
    }
  });

  it("refuses impossible or unclear times", () => {
    for (const s of ["24:00", "12:60", "8", "830", "8:3", "8:30 PM", "", "ab"]) expect(readTime(s), s).toBeNull();
  });

  it("dayTimeOf reads the date-time schemas' format and instants in Vietnam time", () => {
    expect(dayTimeOf("2026-07-22T08:30")).toEqual({ day: day(2026, 7, 22), time: { hour: 8, minute: 30 } });
    expect(dayTimeOf(new Date("2026-07-22T01:30:00Z"))).toEqual({ day: day(2026, 7, 22), time: { hour: 8, minute: 30 } });
    expect(dayTimeOf("2026-02-30T08:30")).toBeNull();
    expect(dayTimeOf(undefined)).toBeNull();
  });
});

describe("calendar arithmetic", () => {
  it("starts weeks on Monday", () => {
    expect(mondayIndex(day(2026, 4, 6))).toBe(0); // a Monday
    expect(mondayIndex(day(2026, 4, 5))).toBe(6); // a Sunday
    const weeks = monthWeeks(2026, 4);
    // 1 April 2026 is a Wednesday.
    expect(weeks[0].map((d) => d?.day ?? null)).toEqual([null, null, 1, 2, 3, 4, 5]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(30);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });

  it("moves across months and years", () => {
    expect(addDays(day(2026, 4, 30), 1)).toEqual(day(2026, 5, 1));
    expect(addDays(day(2026, 1, 1), -1)).toEqual(day(2025, 12, 31));
    expect(addDays(day(2026, 3, 28), 7)).toEqual(day(2026, 4, 4));
    expect(addMonths(day(2026, 1, 31), 1)).toEqual(day(2026, 2, 28));
    expect(addMonths(day(2026, 1, 15), -1)).toEqual(day(2025, 12, 15));
    expect(addMonths(day(2024, 2, 29), 12)).toEqual(day(2025, 2, 28));
  });

  it("keeps days within bounds", () => {
    const min = day(2026, 4, 10);
    const max = day(2026, 4, 20);
    expect(withinBounds(day(2026, 4, 10), min, max)).toBe(true);
    expect(withinBounds(day(2026, 4, 21), min, max)).toBe(false);
    expect(withinBounds(day(2026, 4, 21), null, null)).toBe(true);
    expect(clampDay(day(2026, 4, 1), min, max)).toEqual(min);
    expect(clampDay(day(2026, 5, 1), min, max)).toEqual(max);
  });
});
