import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/security/callback-url";

describe("safeCallbackPath", () => {
  it("follows a path on this site with its query and fragment", () => {
    expect(safeCallbackPath("/blocs/khoi-1/years/2026?tab=ranking#top")).toBe("/blocs/khoi-1/years/2026?tab=ranking#top");
    expect(safeCallbackPath("/units?q=S%E1%BB%9F")).toBe("/units?q=S%E1%BB%9F");
  });

  it.each([
    ["nothing", null],
    ["another site", "https://evil.example/phish"],
    ["a protocol-relative address", "//evil.example/phish"],
    ["an encoded backslash", "/%5Cevil.example/phish"],
    ["a backslash", "/\\evil.example/phish"],
    ["an encoded tab", "/%09/evil.example/phish"],
    ["an encoded newline", "/%0A/evil.example"],
    ["a scheme", "javascript:alert(1)"],
    ["a relative path", "evil.example"],
    ["broken percent-encoding", "/%E0%A4%A"],
  ])("sends %s home", (_, value) => {
    expect(safeCallbackPath(value)).toBe("/");
  });
});
