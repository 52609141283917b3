import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/auth/password-policy";

describe("password policy", () => {
  it("refuses short, common and username-bearing passwords with their reason", () => {
    expect(passwordProblem("Demo@2026")).toBe("tooShort");
    expect(passwordProblem("password1")).toBe("tooShort");
    expect(passwordProblem("12345678a")).toBe("tooShort");
    expect(passwordProblem("1234567890")).toBe("common");
    expect(passwordProblem("qwertyuiop")).toBe("common");
    expect(passwordProblem("Password123!")).toBe("common");
    expect(passwordProblem("matkhau2026")).toBe("common");
    expect(passwordProblem("x".repeat(129))).toBe("tooLong");
    expect(passwordProblem("tranthib.2026", "tranthib")).toBe("containsUsername");
    expect(passwordProblem("TRANTHIB-ninh-binh", "tranthib")).toBe("containsUsername");
  });

  it("accepts a long passphrase, counting Vietnamese letters as one character each", () => {
    expect(passwordProblem("Lúa chín vàng 2026", "tranthib")).toBeNull();
    // Ten letters, each with a tone mark (two code units in NFD): still ten characters.
    expect(passwordProblem("ắằẳẵặấầẩẫậ")).toBeNull();
    expect(passwordProblem("ắằẳẵặấầẩẫ")).toBe("tooShort");
  });
});
