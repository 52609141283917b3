import { parseVietnamDateTime } from "@/lib/format/vi";
import { describe, expect, it } from "vitest";
import { closesAtFor, isOpenFor, toVietnamDateTimeInput, windowState, type RoundWindow } from "@/lib/scoring/window";

const at = (s: string) => parseVietnamDateTime(s)!;
const round = (extensions: RoundWindow["extensions"] = []): RoundWindow => ({ opensAt: at("2026-11-01T08:00"), closesAt: at("2026-11-30T17:00"), extensions });

describe("Vietnam time", () => {
  it("reads a datetime-local value as UTC+7", () => {
    expect(at("2026-11-30T17:00").toISOString()).toBe("2026-11-30T10:00:00.000Z");
    expect(at("2026-12-01T03:00").toISOString()).toBe("2026-11-30T20:00:00.000Z");
    expect(toVietnamDateTimeInput(new Date("2026-11-30T20:00:00Z"))).toBe("2026-12-01T03:00");
  });
  it("refuses malformed or impossible values", () => {
    expect(parseVietnamDateTime("30/11/2026")).toBeNull();
    expect(parseVietnamDateTime("2026-02-30T10:00")).toBeNull();
    expect(parseVietnamDateTime("2026-02-10T24:00")).toBeNull();
  });
});

describe("window", () => {
  it("is open between opening and closing, both inclusive of the close minute", () => {
    expect(windowState(round(), "u1", at("2026-10-31T23:59"))).toBe("notOpen");
    expect(windowState(round(), "u1", at("2026-11-15T10:00"))).toBe("open");
    expect(windowState(round(), "u1", at("2026-11-30T17:00"))).toBe("open");
    expect(windowState(round(), "u1", at("2026-11-30T17:01"))).toBe("closed");
    expect(windowState(null, "u1", at("2026-11-15T10:00"))).toBe("none");
  });
  it("an extension for one unit opens only that unit", () => {
    const r = round([{ unitId: "u1", closesAt: at("2026-12-05T17:00") }]);
    expect(isOpenFor(r, "u1", at("2026-12-03T09:00"))).toBe(true);
    expect(isOpenFor(r, "u2", at("2026-12-03T09:00"))).toBe(false);
    expect(closesAtFor(r, "u2")).toEqual(at("2026-11-30T17:00"));
  });
  it("an extension for all opens every unit; the latest close wins; an earlier extension shortens nothing", () => {
    const r = round([
      { unitId: null, closesAt: at("2026-12-02T17:00") },
      { unitId: "u1", closesAt: at("2026-12-10T17:00") },
      { unitId: "u2", closesAt: at("2026-11-20T17:00") },
    ]);
    expect(isOpenFor(r, "u2", at("2026-12-01T09:00"))).toBe(true);
    expect(closesAtFor(r, "u1")).toEqual(at("2026-12-10T17:00"));
    expect(closesAtFor(r, "u2")).toEqual(at("2026-12-02T17:00"));
    expect(closesAtFor(r, "u3")).toEqual(at("2026-12-02T17:00"));
  });
});
