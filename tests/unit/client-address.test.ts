import { describe, expect, it } from "vitest";
import { clientAddress, proxyList } from "@/lib/security/client-address";

const none = proxyList("");
const nginx = proxyList("127.0.0.1, ::1");

describe("clientAddress", () => {
  it("is the peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress("198.51.100.4", "203.0.113.7", none)).toBe("198.51.100.4");
    expect(clientAddress("127.0.0.1", "203.0.113.7", none)).toBe("127.0.0.1");
  });

  it("takes the address a trusted proxy vouches for, from the right", () => {
    // A client sent "1.2.3.4" itself; nginx appended the real one.
    expect(clientAddress("127.0.0.1", "1.2.3.4, 198.51.100.4", nginx)).toBe("198.51.100.4");
    expect(clientAddress("::ffff:127.0.0.1", "198.51.100.4", nginx)).toBe("198.51.100.4");
  });

  it("walks past a chain of trusted proxies, and ranges", () => {
    const chain = proxyList("10.0.0.0/8,127.0.0.1");
    expect(clientAddress("127.0.0.1", "198.51.100.4, 10.1.2.3", chain)).toBe("198.51.100.4");
  });

  it("ignores a peer's header when that peer is not a trusted proxy", () => {
    expect(clientAddress("198.51.100.9", "127.0.0.1", nginx)).toBe("198.51.100.9");
  });

  it("stops at a garbled hop, and is 'local' without a peer", () => {
    expect(clientAddress("127.0.0.1", "<script>, 198.51.100.4", nginx)).toBe("198.51.100.4");
    expect(clientAddress("127.0.0.1", "not-an-ip", nginx)).toBe("127.0.0.1");
    expect(clientAddress(undefined, "203.0.113.7", nginx)).toBe("local");
  });

  it("refuses a TRUSTED_PROXIES entry that is not an address", () => {
    expect(() => proxyList("nginx.local")).toThrow(/TRUSTED_PROXIES/);
  });
});
