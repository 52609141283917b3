import { describe, expect, it } from "vitest";
import { cacheKey, isStorable, replayHeaders } from "@/lib/page-cache/key";
import { coalescedReader } from "@/lib/page-cache/generation";
import { PageStore, type CachedPage } from "@/lib/page-cache/store";

const get = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers });
const html = {
  "content-type": "text/html; charset=utf-8",
  vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding",
};

describe("page cache key", () => {
  it("keys page GETs on the URL, the cookies and the navigation headers", () => {
    const a = cacheKey(get("/blocs/b1", { cookie: "next-auth.session-token=A" }));
    expect(a).not.toBeNull();
    expect(cacheKey(get("/blocs/b1", { cookie: "next-auth.session-token=A" }))).toBe(a);
    expect(cacheKey(get("/blocs/b1", { cookie: "next-auth.session-token=B" }))).not.toBe(a);
    expect(cacheKey(get("/blocs/b1", { cookie: "next-auth.session-token=A; NEXT_LOCALE=en" }))).not.toBe(a);
    expect(cacheKey(get("/blocs/b1?tab=2", { cookie: "next-auth.session-token=A" }))).not.toBe(a);
    expect(cacheKey(get("/blocs/b1", { cookie: "next-auth.session-token=A", rsc: "1" }))).not.toBe(a);
    expect(cacheKey(get("/blocs/b1", { cookie: "next-auth.session-token=A", "accept-encoding": "gzip" }))).not.toBe(a);
  });

  it("leaves everything else to the app", () => {
    expect(cacheKey({ method: "POST", url: "/blocs/b1", headers: {} })).toBeNull();
    expect(cacheKey({ method: "HEAD", url: "/", headers: {} })).toBeNull();
    expect(cacheKey(get("/api/auth/session"))).toBeNull();
    expect(cacheKey(get("/api/exports/ranking/y1"))).toBeNull();
    expect(cacheKey(get("/_next/static/chunks/app.js"))).toBeNull();
    expect(cacheKey(get("/robots.txt"))).toBeNull();
    expect(cacheKey(get("/fonts/NotoSans.woff2?v=1"))).toBeNull();
    expect(cacheKey(get("/", { "next-action": "abc" }))).toBeNull();
    expect(cacheKey(get("/search?q=a.b"))).not.toBeNull();
  });
});

describe("what the page cache keeps", () => {
  it("keeps a whole page or RSC payload that sets no cookie", () => {
    expect(isStorable(200, html, 1000, 2000)).toBe(true);
    expect(isStorable(200, { ...html, "content-type": "text/x-component" }, 1000, 2000)).toBe(true);
  });

  it("refuses errors, redirects, files, cookies, other variations and oversize bodies", () => {
    expect(isStorable(500, html, 1000, 2000)).toBe(false);
    expect(isStorable(404, html, 1000, 2000)).toBe(false);
    expect(isStorable(307, html, 0, 2000)).toBe(false);
    expect(isStorable(200, { ...html, "set-cookie": ["a=1"] }, 1000, 2000)).toBe(false);
    expect(isStorable(200, { ...html, "content-type": "application/json" }, 1000, 2000)).toBe(false);
    expect(isStorable(200, { ...html, vary: "User-Agent" }, 1000, 2000)).toBe(false);
    expect(isStorable(200, { ...html, vary: "*" }, 1000, 2000)).toBe(false);
    expect(isStorable(200, html, 2001, 2000)).toBe(false);
  });

  it("replays the page's headers, not the transfer's", () => {
    expect(replayHeaders({ ...html, "content-length": "10", date: "x", connection: "keep-alive", "x-page-cache": "miss", "content-encoding": "gzip" })).toEqual(
      {
        ...html,
        "content-encoding": "gzip",
      },
    );
  });
});

const page = (bytes: number, expiresAt = Infinity): CachedPage => ({
  generation: "g",
  scope: { drafts: "any" },
  status: 200,
  headers: {},
  body: Buffer.alloc(bytes),
  expiresAt,
});

describe("page store", () => {
  it("drops the least recently used pages beyond its budget", () => {
    const store = new PageStore(300);
    store.set("a", page(100));
    store.set("b", page(100));
    store.set("c", page(100));
    expect(store.get("a", 0)).toBeDefined(); // a is now the most recent
    store.set("d", page(100));
    expect(store.get("b", 0)).toBeUndefined();
    expect([store.get("a", 0), store.get("c", 0), store.get("d", 0)].every(Boolean)).toBe(true);
    expect(store.bytes).toBe(300);
  });

  it("never serves an expired page and forgets it", () => {
    const store = new PageStore(1000);
    store.set("a", page(100, 50));
    expect(store.get("a", 49)).toBeDefined();
    expect(store.get("a", 50)).toBeUndefined();
    expect(store.size).toBe(0);
    expect(store.bytes).toBe(0);
  });

  it("replaces a page under the same key and ignores one larger than the budget", () => {
    const store = new PageStore(150);
    store.set("a", page(100));
    store.set("a", page(120));
    expect(store.bytes).toBe(120);
    store.set("b", page(151));
    expect(store.get("b", 0)).toBeUndefined();
    expect(store.bytes).toBe(120);
    store.delete("a");
    expect(store.bytes).toBe(0);
  });
});

function deferred() {
  let resolve!: (v: string) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<string>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe("generation reader", () => {
  it("never answers a caller from a query that began before it asked", async () => {
    const queries: ReturnType<typeof deferred>[] = [];
    const read = coalescedReader(() => {
      queries.push(deferred());
      return queries.at(-1)!.promise;
    });
    const first = read();
    const second = read(); // arrives while the first query runs
    const third = read();
    expect(queries).toHaveLength(1);
    queries[0].resolve("g1");
    expect(await first).toBe("g1");
    await Promise.resolve();
    await Promise.resolve();
    expect(queries).toHaveLength(2); // one more query, shared by the two late callers
    queries[1].resolve("g2");
    expect(await second).toBe("g2");
    expect(await third).toBe("g2");
  });

  it("passes a failed query on to its callers and tries again for the next", async () => {
    let n = 0;
    const read = coalescedReader(async () => {
      n += 1;
      if (n === 1) throw new Error("down");
      return `g${n}`;
    });
    await expect(read()).rejects.toThrow("down");
    expect(await read()).toBe("g2");
  });

  it("runs one query at a time however many ask", async () => {
    let running = 0;
    let most = 0;
    const read = coalescedReader(async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 5));
      running -= 1;
      return "g";
    });
    await Promise.all(Array.from({ length: 50 }, () => read()));
    expect(most).toBe(1);
  });
});
