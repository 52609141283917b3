import { readdir } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { AppSession } from "@/lib/auth/session-types";
import { actor } from "../support/actors";

// Every POST route handler under app/ refuses a post from another site with a bare 403, before
// reading the session or the body; a post from the app's own address (NEXTAUTH_URL or the Host
// it was sent to) goes on to the usual checks. Routes are found on disk, so a new POST route is covered.
const current: { session: AppSession | null } = { session: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.session }));

const root = path.resolve(import.meta.dirname, "../..");
const files = (await readdir(path.join(root, "app"), { recursive: true })).map(String).filter((f) => /(^|\/)route\.(ts|tsx|js)$/.test(f));
type Post = (request: Request, context: { params: Promise<Record<string, unknown>> }) => Promise<Response>;
const posts: { route: string; POST: Post }[] = [];
for (const f of files) {
  const mod = (await import(path.join(root, "app", f))) as { POST?: Post };
  if (mod.POST) posts.push({ route: `app/${f.split(path.sep).join("/")}`, POST: mod.POST });
}
const PARAMS: Record<string, Record<string, unknown>> = {
  "app/api/auth/[...nextauth]/route.ts": { nextauth: ["callback", "credentials"] },
  "app/api/imports/onboarding/[kind]/route.ts": { kind: "units" },
};
const post = (route: string, headers: Record<string, string>) =>
  new Request(`http://localhost:3100/${route.replace(/^app\//, "").replace(/\/route\.ts$/, "")}`, {
    method: "POST",
    headers: { host: "localhost:3100", "content-type": "multipart/form-data; boundary=x", ...headers },
    body: "--x--\r\n",
  });
const call = ({ route, POST }: (typeof posts)[number], headers: Record<string, string>) =>
  POST(post(route, headers), { params: Promise.resolve(PARAMS[route] ?? {}) });

afterEach(() => {
  process.env.NEXTAUTH_URL = "http://localhost:3100";
  current.session = null;
});

it("finds the POST routes", () => {
  expect(posts.map((p) => p.route).sort()).toEqual([
    "app/api/auth/[...nextauth]/route.ts",
    "app/api/imports/onboarding/[kind]/route.ts",
    "app/api/imports/scores/route.ts",
  ]);
});

describe.each(posts)("POST $route", (route) => {
  it.each(["https://evil.example", "http://localhost:3101", "https://localhost:3100.evil.example", "null", "file://", "not a url"])(
    "refuses Origin %s with a bare 403",
    async (origin) => {
      current.session = actor({ role: "ADMIN" });
      const res = await call(route, { origin });
      expect(res.status).toBe(403);
      expect(await res.text()).toBe("");
    },
  );
});

describe.each(posts.filter((p) => !p.route.includes("[...nextauth]")))("POST $route from the app itself", (route) => {
  it.each([
    ["its Host", { origin: "http://localhost:3100" }, "http://app.invalid"],
    ["NEXTAUTH_URL behind a proxy", { origin: "https://thidua.example.vn", host: "127.0.0.1:3000" }, "https://thidua.example.vn/"],
    ["no Origin", {}, "http://app.invalid"],
  ])("goes on to the usual checks (%s)", async (_, headers: Record<string, string>, configured) => {
    process.env.NEXTAUTH_URL = configured;
    current.session = actor({ role: "ADMIN" });
    expect((await call(route, headers)).status).toBe(400); // the empty form
    current.session = null;
    expect((await call(route, headers)).status).toBe(401);
  });
});
