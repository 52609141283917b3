import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumberInput, numberReasonKey, parseNumberInput, type NumberRules } from "@/lib/format/number-input";

const score: NumberRules = { decimals: 2, min: 0, max: 10 };
const whole: NumberRules = { decimals: 0, min: 0, max: 10_000 };

describe("parseNumberInput", () => {
  it.each<[string, number | null]>([
    ["0,5", 0.5],
    ["0.5", 0.5],
    ["9,5", 9.5],
    ["9.5", 9.5],
    [",5", 0.5],
    ["10", 10],
    ["10,00", 10],
    [" 7,25 ", 7.25],
    ["\u00a07,25\u00a0", 7.25],
    ["007,5", 7.5],
    ["0", 0],
    ["", null],
    ["   ", null],
  ])("reads %j as %j in a two-decimal field", (text, value) => {
    expect(parseNumberInput(text, score)).toEqual({ ok: true, value });
  });

  it.each<[string, string]>([
    ["9,5,1", "malformed"],
    ["1.000,5", "malformed"],
    ["1 000", "malformed"],
    ["1e3", "malformed"],
    ["+5", "malformed"],
    ["5,", "malformed"],
    [",", "malformed"],
    ["-", "malformed"],
    ["mười", "malformed"],
    ["0x10", "malformed"],
    ["Infinity", "malformed"],
    ["1.000", "tooManyDecimals"],
    ["0,125", "tooManyDecimals"],
    ["95", "tooBig"],
    ["10,01", "tooBig"],
    ["-0,5", "tooSmall"],
    ["99999999999999999999", "tooBig"],
  ])("refuses %j: %s", (text, reason) => {
    expect(parseNumberInput(text, score)).toEqual({ ok: false, reason });
  });

  it("refuses any decimal mark in a whole-number field and says so", () => {
    expect(parseNumberInput("1.000", whole)).toEqual({ ok: false, reason: "tooManyDecimals" });
    expect(parseNumberInput("3,0", whole)).toEqual({ ok: false, reason: "tooManyDecimals" });
    expect(numberReasonKey("tooManyDecimals", whole)).toBe("wholeNumber");
    expect(numberReasonKey("tooManyDecimals", score)).toBe("tooManyDecimals");
    expect(parseNumberInput("1000", whole)).toEqual({ ok: true, value: 1000 });
  });

  it("never reads −0", () => {
    expect(Object.is((parseNumberInput("-0", { decimals: 2 }) as { value: number }).value, 0)).toBe(true);
  });
});

describe("formatNumberInput", () => {
  it.each<[number | null, number, string]>([
    [0.5, 2, "0,5"],
    [10, 2, "10"],
    [1000, 2, "1000"],
    [7.25, 2, "7,25"],
    [42, 0, "42"],
    [-0, 2, "0"],
    [null, 2, ""],
    [NaN, 2, ""],
  ])("%j with %i decimals → %j", (value, decimals, text) => {
    expect(formatNumberInput(value, decimals)).toBe(text);
  });
});

describe("properties", () => {
  const decimals = fc.integer({ min: 0, max: 3 });
  // Values a field may hold: integers of units of 10^-decimals, up to 12 digits.
  const valueWith = (d: number) => fc.integer({ min: -1e12, max: 1e12 }).map((n) => Number((n / 10 ** d).toFixed(d)));

  it("format → parse gives the value back", () => {
    fc.assert(
      fc.property(
        decimals.chain((d) => fc.tuple(fc.constant(d), valueWith(d))),
        ([d, value]) => {
          expect(parseNumberInput(formatNumberInput(value, d), { decimals: d })).toEqual({ ok: true, value: value || 0 });
        },
      ),
    );
  });

  it('"x,y" and "x.y" read the same, whatever x and y', () => {
    const digits = fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength: 8 });
    fc.assert(
      fc.property(digits, digits, decimals, fc.option(fc.integer({ min: -100, max: 100 })), (x, y, d, max) => {
        const rules = { decimals: d, max: max ?? undefined };
        expect(parseNumberInput(`${x},${y}`, rules)).toEqual(parseNumberInput(`${x}.${y}`, rules));
      }),
    );
  });

  it("never accepts a second decimal mark or a value outside the range", () => {
    const text = fc.string({ unit: fc.constantFrom(..."0123456789.,- "), maxLength: 12 });
    fc.assert(
      fc.property(text, (t) => {
        const read = parseNumberInput(t, score);
        if (!read.ok || read.value === null) return;
        expect((t.match(/[.,]/g) ?? []).length).toBeLessThanOrEqual(1);
        expect(read.value).toBeGreaterThanOrEqual(0);
        expect(read.value).toBeLessThanOrEqual(10);
      }),
    );
  });
});
