import http from "node:http";
import zlib from "node:zlib";
import { routerStateTree } from "./route-tree";

// A signed-in browser, reduced to what the load test needs: next-auth's credentials sign-in,
// page GETs and server-action POSTs (the same requests a browser sends), each timed.

export type Timed = { ms: number; ok: boolean; status: number; bytes: number; body?: string };

const cookiesOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(";")[0]);

export async function signIn(base: string, username: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookiesOf(csrfRes).join("; ") },
    body: new URLSearchParams({ csrfToken, username, password, json: "true" }),
  });
  const session = cookiesOf(res).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed for ${username} (${res.status})`);
  return session;
}

// Kept-alive connections, as a browser and autocannon keep them. With a timeout set, Node also
// honours the server's "Keep-Alive: timeout=5" and drops an idle connection a second before the
// server would: a user thinking 3–10 s between clicks otherwise sends its next request on a
// connection the server is closing (ECONNRESET), which a browser retries and this client does not.
const agent = new http.Agent({ keepAlive: true, maxSockets: 256, timeout: 60_000 });

/**
 * A page GET as autocannon makes it: the browser's Accept-Encoding, so the server sends what it
 * sends a browser, and the body counted as it arrives, not decompressed. On loopback the client
 * shares the server's cores; a browser decompresses on its own machine (fetch() here would
 * spend the server's CPU on it: about 0.8 ms a page).
 */
// Where a client navigation to each path is answered: Next answers an RSC request whose `_rsc`
// query does not match its router headers with a redirect to the URL that does; a browser
// computes that URL itself, so the redirect is followed once per path and not measured.
const navigationPath = new Map<string, string>();

/** The headers of a click: RSC, and the router state of the page it is made on (bench/route-tree.ts). */
const clickHeaders = (from: string | undefined) => ({ rsc: "1", ...(from ? { "next-router-state-tree": routerStateTree(from), "next-url": from } : {}) });

function resolveNavigation(base: string, path: string, cookie: string, from: string | undefined): Promise<string> {
  const key = `${from ?? ""} ${path}`;
  const known = navigationPath.get(key);
  if (known) return Promise.resolve(known);
  return new Promise((resolve, reject) => {
    http
      .get(new URL(path, base), { agent, headers: { cookie, ...clickHeaders(from) } }, (res) => {
        res.resume();
        const to = res.statusCode === 307 && res.headers.location ? res.headers.location : path;
        navigationPath.set(key, to);
        resolve(to);
      })
      .on("error", reject);
  });
}

/**
 * `navigation`: the request a browser makes when a link inside the app is clicked (next/link,
 * even without prefetching): the page's RSC payload only, no HTML. A full page load is the first
 * page after signing in, a reload, or a link opened in a new tab. `from`: the page the click is
 * made on, whose layouts the server then leaves out where they are shared; without it, the whole
 * tree is rendered, as for a browser that has no page of the app yet.
 */
export async function getPage(base: string, path: string, cookie: string, navigation = false, from?: string): Promise<Timed> {
  const target = navigation ? await resolveNavigation(base, path, cookie, from) : path;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const headers = { "accept-encoding": "gzip, deflate, br", ...(cookie ? { cookie } : {}), ...(navigation ? clickHeaders(from) : {}) };
    const req = http.get(new URL(target, base), { agent, headers }, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => (bytes += chunk.byteLength));
      res.on("error", reject);
      res.on("end", () => {
        const status = res.statusCode ?? 0;
        resolve({ ms: performance.now() - started, ok: status === 200, status, bytes });
      });
    });
    req.on("error", reject);
  });
}

/**
 * Calls a server action as the page's form does: POST to the page with the action id, on the
 * same kept-alive connections as the pages (fetch() would spend the server's shared cores on its
 * own machinery). The result is in the RSC payload; `ok` means HTTP 200 and an `{"ok":true` result.
 */
export function callAction(base: string, path: string, actionId: string, args: unknown[], cookie: string): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const body = JSON.stringify(args);
    const headers = {
      cookie,
      "next-action": actionId,
      "content-type": "text/plain;charset=UTF-8",
      "content-length": Buffer.byteLength(body),
      accept: "text/x-component",
      "accept-encoding": "gzip, deflate, br",
      origin: base,
    };
    const req = http.request(new URL(path, base), { method: "POST", agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", reject);
      res.on("end", () => {
        const raw = Buffer.concat(chunks);
        // The answer is read for its result (and new version): a few bytes to inflate.
        const encoding = res.headers["content-encoding"];
        const text = (encoding === "br" ? zlib.brotliDecompressSync(raw) : encoding ? zlib.unzipSync(raw) : raw).toString("utf8");
        const status = res.statusCode ?? 0;
        resolve({ ms: performance.now() - started, ok: status === 200 && text.includes('{"ok":true'), status, bytes: raw.byteLength, body: text });
      });
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** A page's body as the server renders it, uncompressed (what React wrote, before gzip). */
export async function pageBody(base: string, path: string, cookie: string, navigation = false, from?: string): Promise<string> {
  const target = navigation ? await resolveNavigation(base, path, cookie, from) : path;
  return new Promise((resolve, reject) => {
    const headers = { ...(cookie ? { cookie } : {}), ...(navigation ? clickHeaders(from) : {}) };
    http
      .get(new URL(target, base), { agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", reject);
        res.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
      })
      .on("error", reject);
  });
}
