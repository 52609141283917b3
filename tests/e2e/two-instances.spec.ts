import type { ChildProcess } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page, type Response } from "@playwright/test";
import { postgresReachable } from "./production-server";
import { signIn, signOut } from "./support";
import { freshDatabase, instancePorts, NGINX, proxyUrl, query, startInstance, startProxy, stop } from "./two-instances";

// Scale-out, proven: two instances of the app on one PostgreSQL behind nginx's round robin. Nothing
// a user does may depend on which instance answers (docs/SECURITY.md, "Any instance serves any
// file"; sessions, limits and jobs live in PostgreSQL).
test.use({ baseURL: proxyUrl });
test.describe.configure({ mode: "serial" });

const SHEET = "/blocs/bloc-noi-chinh-tinh/years/2026/scoring/unit-nc-thanh-tra-tinh";
const LEAF_1 = "Chia cụm, khối; gửi đăng ký thi đua đúng hạn";
const PDF = Buffer.from("%PDF-1.4\n% minh chung hai may\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

let children: ChildProcess[] = [];
let proxy: Awaited<ReturnType<typeof startProxy>> | undefined;
const upstreamOf = (res: Response | null) => res?.headers()["x-upstream"] ?? "";
const ports = (upstreams: string[]) => [...new Set(upstreams.map((u) => u.split(":").pop()))].sort();

test.beforeAll(async () => {
  test.skip(!NGINX && !process.env.CI, "nginx is not installed here (apt-get install nginx-light)");
  test.skip(!(await postgresReachable()) && !process.env.CI, "PostgreSQL is not reachable here");
  test.setTimeout(420_000);
  await freshDatabase();
  const data = await mkdtemp(path.join(os.tmpdir(), "tdk-two-"));
  // One after the other: the first migrates and seeds; both then share everything through the database.
  children.push(await startInstance(instancePorts[0], path.join(data, "a")));
  children.push(await startInstance(instancePorts[1], path.join(data, "b")));
  proxy = await startProxy();
});

test.afterAll(async () => {
  await proxy?.stop();
  for (const child of children.reverse()) stop(child);
  children = [];
});

/** Opens `path` until both instances have served it, checking each answer; returns the upstreams seen. */
async function fromBoth(page: Page, target: string, check: () => Promise<void>) {
  const seen: string[] = [];
  for (let i = 0; i < 6 && ports(seen).length < 2; i++) {
    const res = await page.goto(target);
    expect(res?.status()).toBe(200);
    seen.push(upstreamOf(res));
    await check();
  }
  expect(ports(seen)).toEqual(instancePorts.map(String).sort());
  return seen;
}

test("a session, a write and a file made through one instance hold on the other; sign-out ends the session on both", async ({ page, browser }) => {
  // Signed in through one instance, the session is good on both.
  await signIn(page, "donvi");
  await fromBoth(page, "/", async () => {
    await expect(page.getByRole("button", { name: "Đăng xuất", exact: true })).toBeVisible();
  });

  // A draft saved through one instance is what the next read shows, whichever instance answers.
  await page.goto(SHEET);
  await page.getByLabel(LEAF_1, { exact: true }).fill("8");
  const saved = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/scoring/"));
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.getByText("Đã lưu.", { exact: true })).toBeVisible();
  expect(upstreamOf(await saved)).not.toBe("");
  await fromBoth(page, SHEET, async () => {
    await expect(page.getByLabel(LEAF_1, { exact: true })).toHaveValue("8");
  });

  // A file uploaded through one instance is downloaded whole from each.
  const uploaded = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/scoring/"));
  await page.getByLabel("Tải minh chứng cho tiêu chí 1").setInputFiles({ name: "minh-chung-hai-may.pdf", mimeType: "application/pdf", buffer: PDF });
  const link = page.getByRole("link", { name: "minh-chung-hai-may.pdf" });
  await expect(link).toBeVisible();
  expect(upstreamOf(await uploaded)).not.toBe("");
  const href = (await link.getAttribute("href"))!;
  const served: string[] = [];
  for (let i = 0; i < 6 && ports(served).length < 2; i++) {
    const res = await page.request.get(href);
    expect(res.status()).toBe(200);
    expect(Buffer.from(await res.body())).toEqual(PDF);
    served.push(res.headers()["x-upstream"] ?? "");
  }
  expect(ports(served)).toEqual(instancePorts.map(String).sort());
  // Its bytes are in the database, not on either instance's disk.
  const [stored] = await query<{ pieces: number }>(
    `SELECT count(c.*)::int AS pieces FROM "Attachment" a JOIN "StoredFileChunk" c ON c."storedName" = a."storedName" WHERE a."fileName" = $1`,
    ["minh-chung-hai-may.pdf"],
  );
  expect(stored.pieces).toBe(1);

  // Signing out through one instance ends the session on both: a copy of the cookie opens nothing.
  const cookies = await page.context().cookies();
  await signOut(page);
  const thief = await browser.newContext({ baseURL: proxyUrl });
  await thief.addCookies(cookies);
  for (const port of instancePorts) {
    const res = await thief.request.get(`http://localhost:${port}/`, { maxRedirects: 0 });
    expect(res.status(), `instance ${port}`).toBeGreaterThanOrEqual(300);
    expect(res.status(), `instance ${port}`).toBeLessThan(400);
    expect(res.headers()["location"] ?? "", `instance ${port}`).toContain("/login");
  }
  await thief.close();
});

test("each scheduled job runs once for its period, though both instances run the job runner", async () => {
  const runs = await query<{ kind: string; slot: string; n: number; runners: number }>(
    `SELECT kind, payload->>'slot' AS slot, count(*)::int AS n, count(DISTINCT "lockedBy")::int AS runners
       FROM "Job" WHERE payload ? 'slot' GROUP BY kind, payload->>'slot'`,
  );
  // The hourly and daily schedules of lib/worker/handlers.ts, reminders and the digest included.
  expect(runs.map((r) => r.kind).sort()).toEqual(expect.arrayContaining(["prune-jobs", "prune-request-counts", "prune-sign-ins"]));
  for (const run of runs) expect(run.n, `${run.kind} ${run.slot}`).toBe(1);
});

test("what the browser receives is compressed by nginx, the instances sending it plain (APP_COMPRESSION=off)", async ({ page }) => {
  await signIn(page, "donvi");
  // A page, and the RSC payload a click inside the app asks for.
  for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
    const viaProxy = await page.request.get(SHEET, { headers: { ...headers, "Accept-Encoding": "gzip" } });
    expect(viaProxy.status()).toBe(200);
    expect(viaProxy.headers()["content-encoding"]).toBe("gzip");
    for (const port of instancePorts) {
      const direct = await page.request.get(`http://localhost:${port}${SHEET}`, { headers: { ...headers, "Accept-Encoding": "gzip" } });
      expect(direct.status()).toBe(200);
      expect(direct.headers()["content-encoding"], `instance ${port}`).toBeUndefined();
      expect((await direct.text()).length).toBeGreaterThan(1024);
    }
  }
});
