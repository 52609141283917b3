import { describe, expect, it } from "vitest";
import { fromHundredths, hasAtMostTwoDecimals, sumPoints, toHundredths } from "@/lib/criteria/points";

describe("points as integer hundredths", () => {
  it.each([
    [10.5, 1050],
    [10, 1000],
    [0.29, 29], // 0.29 * 100 = 28.999999999999996 in floats
    [1.15, 115], // 1.15 * 100 = 114.99999999999999
    [0.01, 1],
    [-2.5, -250],
    [99.99, 9999],
  ])("%d → %i", (points, hundredths) => {
    expect(toHundredths(points)).toBe(hundredths);
  });

  it.each([[1.005], [10.555], [0.001], [0.1 + 0.2], [NaN], [Infinity], [-Infinity], [1e20]])("refuses %d", (points) => {
    expect(toHundredths(points)).toBeNull();
    expect(hasAtMostTwoDecimals(points)).toBe(false);
  });

  it("refuses what is not a number, even a numeric string", () => {
    expect(toHundredths("10")).toBeNull();
    expect(toHundredths(null)).toBeNull();
    expect(toHundredths(true)).toBeNull();
  });

  it("never gives −0", () => {
    expect(Object.is(toHundredths(-0), 0)).toBe(true);
    expect(Object.is(fromHundredths(-0), 0)).toBe(true);
  });

  it("converts back exactly", () => {
    expect(fromHundredths(1050)).toBe(10.5);
    expect(fromHundredths(30)).toBe(0.3);
    expect(fromHundredths(-150)).toBe(-1.5);
  });

  it("sums without float drift: 0.1 + 0.2 is exactly 0.3", () => {
    expect(0.1 + 0.2).not.toBe(0.3); // the problem being avoided
    expect(sumPoints([0.1, 0.2])).toBe(0.3);
    expect(sumPoints(Array(10).fill(0.1))).toBe(1);
    expect(sumPoints([10.25, 20.5, 0.15, 0.1])).toBe(31);
    expect(sumPoints([])).toBe(0);
  });

  it("gives no sum when a value has more than two decimals", () => {
    expect(sumPoints([1, 2.005])).toBeNull();
    expect(sumPoints([1, NaN])).toBeNull();
  });
});
