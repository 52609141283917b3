import { describe, expect, it } from "vitest";
import { createUnitSchema } from "@/lib/units/schemas";

const phoneOf = (phone: string) => {
  const parsed = createUnitSchema.safeParse({ code: "STP", name: "Sở Tư pháp", shortName: "STP", phone });
  return parsed.success ? parsed.data.phone : parsed.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
};

describe("a unit's telephone number", () => {
  it("keeps the ways offices write it, and nothing for a blank", () => {
    for (const phone of ["0229 3871 234", "(0229) 3.871.234", "+84 229 3871234", "0229.3871.234 / 0912.345.678", "02083855123"])
      expect(phoneOf(phone)).toBe(phone);
    expect(phoneOf("  ")).toBeNull();
  });

  it("refuses what is not a number", () => {
    for (const phone of ["abc", "0229 38", "Nguyễn Văn A", "0229-3871-234 máy lẻ 12"]) expect(phoneOf(phone)).toEqual(["phone:validation.phone"]);
  });
});
