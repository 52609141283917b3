// next-auth's own request handler with the app's options (CSRF token, credentials callback, JWT
// cookie), as the route /api/auth/[...nextauth] runs it. The test file sets NEXTAUTH_SECRET and
// NEXTAUTH_URL first (vi.hoisted, beforeAll).
import { createRequire } from "node:module";
import path from "node:path";
import { authOptions } from "@/lib/auth/options";
import { PEER_HEADER } from "@/lib/security/client-address";

// next-auth 4's framework-free handler; its package does not export it, so it is loaded by path.
type Handler = (params: { req: Request; options: typeof authOptions }) => Promise<unknown>;
const require = createRequire(import.meta.url);
const { AuthHandler } = require(path.join(path.dirname(require.resolve("next-auth")), "core/index.js")) as { AuthHandler: Handler };

export type Cookie = {
  name: string;
  value: string;
  options: { httpOnly?: boolean; sameSite?: string; path?: string; secure?: boolean; expires?: Date | string };
};
export type Reply = { status?: number; body?: unknown; redirect?: string; cookies?: Cookie[] };
type CallOptions = { body?: object; cookies?: Cookie[]; ip?: string; forwarded?: string; userAgent?: string };

// The peer address is what scripts/app-server.ts writes from the socket; X-Forwarded-For is what the client (or a proxy) sent.
export async function callAuth(route: string, { body, cookies = [], ip = "10.0.0.1", forwarded, userAgent }: CallOptions = {}) {
  const base = process.env.NEXTAUTH_URL!;
  const headers = new Headers({ host: new URL(base).host, [PEER_HEADER]: ip, "content-type": "application/json" });
  if (forwarded) headers.set("x-forwarded-for", forwarded);
  if (userAgent) headers.set("user-agent", userAgent);
  if (cookies.length) headers.set("cookie", cookies.map((c) => `${c.name}=${c.value}`).join("; "));
  const req = new Request(`${base}/api/auth/${route}`, { method: body ? "POST" : "GET", headers, body: body ? JSON.stringify(body) : undefined });
  return (await AuthHandler({ req, options: { ...authOptions, secret: process.env.NEXTAUTH_SECRET } })) as Reply;
}

const isSessionCookie = (c: Cookie) => c.name.endsWith("next-auth.session-token");

export async function signIn(username: string, password: string, ip = "10.0.0.1", forwarded?: string, userAgent?: string) {
  const csrf = await callAuth("csrf", { ip });
  const { csrfToken } = csrf.body as { csrfToken: string };
  const res = await callAuth("callback/credentials", {
    body: { username, password, csrfToken, json: "true" },
    cookies: csrf.cookies ?? [],
    ip,
    forwarded,
    userAgent,
  });
  const session = res.cookies?.find((c) => isSessionCookie(c) && c.value);
  const error = res.redirect ? new URL(res.redirect).searchParams.get("error") : "no redirect";
  return { session, error };
}

/** next-auth's sign-out: its CSRF token, then POST /api/auth/signout with the session cookie. */
export async function signOut(session: Cookie) {
  const csrf = await callAuth("csrf", { cookies: [session] });
  const { csrfToken } = csrf.body as { csrfToken: string };
  return callAuth("signout", { body: { csrfToken, json: "true" }, cookies: [session, ...(csrf.cookies ?? [])] });
}

/** GET /api/auth/session: what it says, and the fresh cookie it hands out. */
export async function readSession(session: Cookie) {
  const res = await callAuth("session", { cookies: [session] });
  return { body: res.body as { uid?: string; expires?: string }, cookie: res.cookies?.find((c) => isSessionCookie(c) && c.value) };
}
