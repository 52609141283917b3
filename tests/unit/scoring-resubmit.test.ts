import { parseVietnamDateTime } from "@/lib/format/vi";
import { describe, expect, it } from "vitest";
import { defaultResubmitBy, parseDeadline, selfClosesAt, selfEditable, selfWindowState, type RoundWindow } from "@/lib/scoring/window";

const at = (s: string) => parseVietnamDateTime(s)!;
const round: RoundWindow = { opensAt: at("2026-11-01T08:00"), closesAt: at("2026-11-30T17:00"), extensions: [] };
const returned = (resubmitBy: Date | null) => ({ status: "RETURNED" as const, resubmitBy });

describe("a returned sheet's resubmission deadline", () => {
  it("keeps a returned sheet editable after the close until its deadline, inclusive", () => {
    const sheet = returned(at("2026-12-07T23:59"));
    expect(selfWindowState(round, "u", sheet, at("2026-11-20T10:00"))).toBe("open");
    expect(selfWindowState(round, "u", sheet, at("2026-12-03T10:00"))).toBe("resubmit");
    expect(selfWindowState(round, "u", sheet, at("2026-12-07T23:59"))).toBe("resubmit");
    expect(selfWindowState(round, "u", sheet, at("2026-12-08T00:00"))).toBe("resubmitOver");
    expect(selfEditable("resubmit")).toBe(true);
    expect(selfEditable("resubmitOver")).toBe(false);
  });

  it("gives nothing past the close to a draft, a submitted sheet, or a return without deadline", () => {
    const late = at("2026-12-03T10:00");
    expect(selfWindowState(round, "u", { status: "DRAFT", resubmitBy: at("2026-12-07T23:59") }, late)).toBe("closed");
    expect(selfWindowState(round, "u", { status: "SUBMITTED", resubmitBy: at("2026-12-07T23:59") }, late)).toBe("closed");
    expect(selfWindowState(round, "u", returned(null), late)).toBe("closed");
    expect(selfWindowState(round, "u", null, late)).toBe("closed");
    expect(selfWindowState(null, "u", returned(at("2026-12-07T23:59")), late)).toBe("none");
  });

  it("says until when: the later of the close and the returned sheet's deadline", () => {
    expect(selfClosesAt(round, "u", returned(at("2026-12-07T23:59")))).toEqual(at("2026-12-07T23:59"));
    expect(selfClosesAt(round, "u", returned(at("2026-11-10T23:59")))).toEqual(round.closesAt);
    expect(selfClosesAt(round, "u", { status: "SUBMITTED", resubmitBy: at("2026-12-07T23:59") })).toEqual(round.closesAt);
  });

  it("defaults to the end of the day a week after the return, or the unit's close if later", () => {
    expect(defaultResubmitBy(at("2026-12-03T10:15"), round.closesAt)).toEqual(at("2026-12-10T23:59"));
    // 23:30 in Vietnam is the next UTC day's 16:30: the day counted is Vietnam's.
    expect(defaultResubmitBy(at("2026-12-03T23:30"), round.closesAt)).toEqual(at("2026-12-10T23:59"));
    expect(defaultResubmitBy(at("2026-11-05T09:00"), round.closesAt)).toEqual(round.closesAt);
    expect(defaultResubmitBy(at("2026-11-05T09:00"), null)).toEqual(at("2026-11-12T23:59"));
  });
});

describe("parseDeadline", () => {
  it("reads the date field's day as the end of that day, in Vietnam time", () => {
    expect(parseDeadline("2026-12-10")).toEqual(at("2026-12-10T23:59"));
    expect(parseDeadline(" 2026-12-10 ")).toEqual(at("2026-12-10T23:59"));
  });
  it("refuses malformed or impossible values", () => {
    for (const bad of ["", "10/12/2026", "2026-02-31", "2026-12-10T17:00", "2026-13-01", "26-12-10"]) {
      expect(parseDeadline(bad), bad).toBeNull();
    }
  });
});
