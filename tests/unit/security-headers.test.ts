import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isHttpsUrl, securityHeaders } from "@/lib/security/headers";

const PROD_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

const asRecord = (headers: { key: string; value: string }[]) => Object.fromEntries(headers.map((h) => [h.key, h.value]));

describe("security headers", () => {
  it("sends the exact production set over http, without HSTS", () => {
    expect(asRecord(securityHeaders({ dev: false, https: false }))).toEqual({
      "Content-Security-Policy": PROD_CSP,
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    });
  });

  it("adds HSTS only when the public address is https", () => {
    expect(asRecord(securityHeaders({ dev: false, https: true }))["Strict-Transport-Security"]).toBe("max-age=31536000");
    expect(isHttpsUrl("https://thidua.hanam.gov.vn")).toBe(true);
    expect(isHttpsUrl("HTTPS://thidua.hanam.gov.vn")).toBe(true);
    expect(isHttpsUrl("http://localhost:3000")).toBe(false);
    expect(isHttpsUrl(undefined)).toBe(false);
  });

  it("allows eval only in development", () => {
    expect(contentSecurityPolicy(false)).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy(true)).toContain("script-src 'self' 'unsafe-inline' 'unsafe-eval';");
  });

  it("loads nothing from another origin and cannot be framed", () => {
    const directives = contentSecurityPolicy(true).split("; ");
    for (const d of directives) expect(d, d).not.toMatch(/https?:|\*/);
    expect(directives).toContain("frame-ancestors 'none'");
    expect(directives).toContain("object-src 'none'");
  });

  it("is what next.config.ts serves on every path, with no server-action origin allowance", async () => {
    const { default: config } = await import("@/next.config");
    const rules = await config.headers!();
    expect(rules).toHaveLength(1);
    expect(rules[0].source).toBe("/:path*");
    expect(asRecord(rules[0].headers)["Content-Security-Policy"]).toMatch(/^default-src 'self';/);
    expect(config.experimental?.serverActions?.allowedOrigins).toBeUndefined();
  });
});
