import { describe, expect, it } from "vitest";
import { parseYearFilter } from "@/lib/overview/year-filter";

describe("parseYearFilter", () => {
  it("reads a year", () => {
    expect(parseYearFilter("2021")).toBe(2021);
    expect(parseYearFilter([" 2026 ", "2021"])).toBe(2026);
  });
  it("lists the open years for anything else", () => {
    for (const v of [undefined, "", "tat-ca", "21", "20210", "1999", "2101", "2021.5", "-2021"]) expect(parseYearFilter(v), String(v)).toBeNull();
  });
});
