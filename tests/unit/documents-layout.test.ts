import { describe, expect, it } from "vitest";
import { BLANK_DAY, clockVi, longDateVi, MARGIN, mmToTwip, numberSymbolLine, PAGE, placeDateLine, TEXT_WIDTH_MM, upperVi } from "@/lib/documents/layout";

describe("place and date line (Nghị định 30)", () => {
  it("writes the Vietnam calendar day with leading zeros for days below 10 and for January and February", () => {
    expect(placeDateLine("Hà Nam", new Date("2026-02-28T03:00:00Z"))).toBe("Hà Nam, ngày 28 tháng 02 năm 2026");
    expect(placeDateLine("Hà Nam", new Date("2026-01-05T03:00:00Z"))).toBe("Hà Nam, ngày 05 tháng 01 năm 2026");
    expect(placeDateLine("Hà Nam", new Date("2026-07-22T01:30:00Z"))).toBe("Hà Nam, ngày 22 tháng 7 năm 2026");
    expect(placeDateLine("Quảng Ninh", new Date("2026-12-09T01:30:00Z"))).toBe("Quảng Ninh, ngày 09 tháng 12 năm 2026");
  });

  it("uses Vietnam time, not the server's", () => {
    // 18:30 UTC on 27 February is already 28 February in Vietnam.
    expect(placeDateLine("Hà Nam", new Date("2026-02-27T18:30:00Z"))).toBe("Hà Nam, ngày 28 tháng 02 năm 2026");
    expect(placeDateLine("Hà Nam", "2026-12-31T17:00:00Z")).toBe("Hà Nam, ngày 01 tháng 01 năm 2027");
  });

  it("leaves day and month blank to fill in by hand when there is no date", () => {
    expect(placeDateLine("Hà Nam", null, 2026)).toBe(`Hà Nam, ngày ${BLANK_DAY} tháng ${BLANK_DAY} năm 2026`);
    expect(placeDateLine("Hà Nam", "not a date", 2026)).toContain("năm 2026");
  });

  it("gives the opening time and the long date of the minutes", () => {
    expect(clockVi(new Date("2026-07-22T01:30:00Z"))).toBe("08 giờ 30");
    expect(longDateVi(new Date("2026-07-22T01:30:00Z"))).toBe("ngày 22 tháng 7 năm 2026");
  });
});

describe("frame", () => {
  it("is A4 with the decree's margins", () => {
    expect(mmToTwip(PAGE.widthMm)).toBe(11906);
    expect(mmToTwip(PAGE.heightMm)).toBe(16838);
    expect([MARGIN.topMm, MARGIN.bottomMm, MARGIN.leftMm, MARGIN.rightMm]).toEqual([20, 20, 30, 15]);
    expect(TEXT_WIDTH_MM).toBe(165);
  });

  it("writes the number and symbol with a blank number", () => {
    expect(numberSymbolLine("GƯTĐ", "NOICHINH")).toBe("Số: …/GƯTĐ-NOICHINH");
    expect(numberSymbolLine("BB", "HN-NC", 12)).toBe("Số: 12/BB-HN-NC");
  });

  it("upper-cases Vietnamese without losing diacritics", () => {
    expect(upperVi("Khối thi đua các cơ quan Nội chính tỉnh")).toBe("KHỐI THI ĐUA CÁC CƠ QUAN NỘI CHÍNH TỈNH");
    expect(upperVi("ữ ặ ơ ư đ")).toBe("Ữ Ặ Ơ Ư Đ");
  });
});
