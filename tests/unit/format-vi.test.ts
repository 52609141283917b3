import { describe, expect, it } from "vitest";
import { compareVi, formatDate, formatDateTime, formatNumber, parseVietnamDate, sortByVi, toDateInputValue } from "@/lib/format/vi";

describe("formatDate", () => {
  it("formats dd/MM/yyyy in Vietnam time", () => {
    expect(formatDate(new Date("2024-03-05T02:00:00Z"))).toBe("05/03/2024");
    expect(formatDate("2024-03-05T02:00:00Z")).toBe("05/03/2024");
  });

  it("uses the Vietnam day near midnight UTC", () => {
    expect(formatDate(new Date("2024-12-31T18:00:00Z"))).toBe("01/01/2025");
    expect(formatDate(new Date("2024-12-31T16:59:59Z"))).toBe("31/12/2024");
    expect(formatDate(new Date("2024-12-31T17:00:00Z"))).toBe("01/01/2025");
  });

  it("returns an empty string for missing or invalid input", () => {
    expect(formatDate(null)).toBe("");
    expect(formatDate(undefined)).toBe("");
    expect(formatDate("")).toBe("");
    expect(formatDate("not a date")).toBe("");
    expect(formatDate(new Date(Number.NaN))).toBe("");
  });
});

describe("formatDateTime", () => {
  it("formats dd/MM/yyyy HH:mm on a 24-hour clock in Vietnam time", () => {
    expect(formatDateTime(new Date("2024-12-31T18:00:00Z"))).toBe("01/01/2025 01:00");
    expect(formatDateTime("2024-07-15T08:30:45Z")).toBe("15/07/2024 15:30");
    expect(formatDateTime(new Date("2024-07-14T17:05:00Z"))).toBe("15/07/2024 00:05");
  });

  it("returns an empty string for missing or invalid input", () => {
    expect(formatDateTime(null)).toBe("");
    expect(formatDateTime("2024-13-45")).toBe("");
  });
});

describe("toDateInputValue", () => {
  it("gives yyyy-MM-dd of the Vietnam day", () => {
    expect(toDateInputValue(new Date("2024-12-31T18:00:00Z"))).toBe("2025-01-01");
    expect(toDateInputValue(new Date("2024-02-29T03:00:00Z"))).toBe("2024-02-29");
  });

  it("round-trips with parseVietnamDate", () => {
    const d = parseVietnamDate("09/08/2025");
    expect(toDateInputValue(d)).toBe("2025-08-09");
    expect(formatDate(d)).toBe("09/08/2025");
  });

  it("returns an empty string for missing or invalid input", () => {
    expect(toDateInputValue(undefined)).toBe("");
    expect(toDateInputValue("garbage")).toBe("");
  });
});

describe("formatNumber", () => {
  it("uses a comma decimal mark and dot thousands", () => {
    expect(formatNumber(1234.5)).toBe("1.234,5");
    expect(formatNumber(1234567.891)).toBe("1.234.567,89");
    expect(formatNumber(100)).toBe("100");
    expect(formatNumber(1000)).toBe("1.000");
    expect(formatNumber(0.5)).toBe("0,5");
    expect(formatNumber(-1234.5)).toBe("-1.234,5");
  });

  it("respects maxFractionDigits and rounds", () => {
    expect(formatNumber(98.756)).toBe("98,76");
    expect(formatNumber(98.756, 1)).toBe("98,8");
    expect(formatNumber(98.756, 0)).toBe("99");
    expect(formatNumber(1.23456, 4)).toBe("1,2346");
    expect(formatNumber(2, 3)).toBe("2");
  });

  it("never shows a negative zero", () => {
    expect(formatNumber(-0)).toBe("0");
    expect(formatNumber(-0.001)).toBe("0");
  });

  it("returns an empty string for missing or non-finite input", () => {
    expect(formatNumber(null)).toBe("");
    expect(formatNumber(undefined)).toBe("");
    expect(formatNumber(Number.NaN)).toBe("");
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe("");
  });
});

describe("compareVi / sortByVi", () => {
  it("puts Đ after D and before E", () => {
    expect(compareVi("Đ", "D")).toBeGreaterThan(0);
    expect(compareVi("Đ", "E")).toBeLessThan(0);
    expect(sortByVi(["Đồng Nai", "Điện Biên", "Đà Nẵng", "Bắc Ninh", "Cà Mau", "Đắk Lắk", "Gia Lai", "Đắk Nông", "Hà Nội"].reverse(), (s) => s)).toEqual([
      "Bắc Ninh",
      "Cà Mau",
      "Đà Nẵng",
      "Đắk Lắk",
      "Đắk Nông",
      "Điện Biên",
      "Đồng Nai",
      "Gia Lai",
      "Hà Nội",
    ]);
    expect(sortByVi(["Eo", "Đa", "Dz", "Da"], (s) => s)).toEqual(["Da", "Dz", "Đa", "Eo"]);
  });

  it("puts Ă and Â after A, in that order, and before B", () => {
    expect(sortByVi(["B", "Â", "Ă", "A"], (s) => s)).toEqual(["A", "Ă", "Â", "B"]);
    expect(compareVi("Ân", "Anh")).toBeGreaterThan(0);
  });

  it("orders Sở Tài chính before Sở Tư pháp (a before ư)", () => {
    expect(compareVi("Sở Tài chính", "Sở Tư pháp")).toBeLessThan(0);
    expect(sortByVi(["Sở Y tế", "Sở Tư pháp", "Sở Xây dựng", "Sở Tài chính", "Sở Nội vụ", "Sở Giáo dục và Đào tạo"], (s) => s)).toEqual([
      "Sở Giáo dục và Đào tạo",
      "Sở Nội vụ",
      "Sở Tài chính",
      "Sở Tư pháp",
      "Sở Xây dựng",
      "Sở Y tế",
    ]);
  });

  it("ignores case and tone marks (base sensitivity) but not base letters", () => {
    expect(compareVi("sở tư pháp", "SỞ TƯ PHÁP")).toBe(0);
    expect(compareVi("a", "á")).toBe(0);
    expect(compareVi("o", "ơ")).not.toBe(0);
    expect(compareVi("u", "ư")).not.toBe(0);
  });

  it("compares numbers numerically", () => {
    expect(sortByVi(["Cụm 10", "Cụm 2", "Cụm 1"], (s) => s)).toEqual(["Cụm 1", "Cụm 2", "Cụm 10"]);
  });

  it("sortByVi returns a new array and leaves the input untouched", () => {
    const units = [{ name: "Thanh tra tỉnh" }, { name: "Công an tỉnh" }, { name: "Sở Tư pháp" }];
    const snapshot = [...units];
    const sorted = sortByVi(units, (u) => u.name);
    expect(sorted.map((u) => u.name)).toEqual(["Công an tỉnh", "Sở Tư pháp", "Thanh tra tỉnh"]);
    expect(sorted).not.toBe(units);
    expect(units).toEqual(snapshot);
  });
});

describe("parseVietnamDate", () => {
  it("parses dd/MM/yyyy as 00:00 Vietnam time", () => {
    expect(parseVietnamDate("01/01/2025")?.toISOString()).toBe("2024-12-31T17:00:00.000Z");
    expect(parseVietnamDate("29/02/2024")?.toISOString()).toBe("2024-02-28T17:00:00.000Z");
    expect(parseVietnamDate(" 15/07/2024 ")?.toISOString()).toBe("2024-07-14T17:00:00.000Z");
  });

  it("rejects impossible days", () => {
    expect(parseVietnamDate("31/02/2024")).toBeNull();
    expect(parseVietnamDate("29/02/2023")).toBeNull();
    expect(parseVietnamDate("31/04/2024")).toBeNull();
    expect(parseVietnamDate("00/01/2024")).toBeNull();
    expect(parseVietnamDate("01/13/2024")).toBeNull();
    expect(parseVietnamDate("01/00/2024")).toBeNull();
  });

  it("rejects other formats", () => {
    for (const s of ["1/2/2024", "2024-01-02", "01-02-2024", "01/02/24", "01/02/2024 10:00", "", "abc", "01/02/0999"]) {
      expect(parseVietnamDate(s), s).toBeNull();
    }
  });
});
