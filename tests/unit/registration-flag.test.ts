import { describe, expect, it } from "vitest";
import { registrationFlag } from "@/lib/registrations/registered";

describe("a nominee against the units' registrations", () => {
  const registered = new Map([
    ["u1", new Set(["flag", "merit"])],
    ["u2", new Set<string>()],
  ]);

  it("is not flagged for a title its unit registered", () => {
    expect(registrationFlag(registered, { unitId: "u1", awardFormId: "merit" })).toBeNull();
  });

  it("is flagged for a title its unit did not register, or when the unit submitted no registration", () => {
    expect(registrationFlag(registered, { unitId: "u1", awardFormId: "excellent" })).toBe("notRegistered");
    expect(registrationFlag(registered, { unitId: "u2", awardFormId: "flag" })).toBe("notRegistered");
    expect(registrationFlag(registered, { unitId: "u3", awardFormId: "flag" })).toBe("noRegistration");
  });
});
