import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

// The e2e server is `npm start`'s on http://localhost (NEXTAUTH_URL is http): no HSTS and no
// Secure cookie here; lib/security/headers.ts and tests/integration/auth-session.test.ts cover https.
const CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

test("every response carries the security headers", async ({ request }) => {
  for (const path of ["/login", "/api/health", "/units"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    const h = res.headers();
    expect(h["content-security-policy"], path).toBe(CSP);
    expect(h["x-frame-options"], path).toBe("DENY");
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"], path).toBe("camera=(), microphone=(), geolocation=()");
    expect(h["strict-transport-security"], path).toBeUndefined();
    expect(h["x-powered-by"], path).toBeUndefined();
  }
});

test("the session cookie is HttpOnly, SameSite=Lax and lasts a working day", async ({ page, context }) => {
  await signIn(page, "admin"); // not "hoidong": auth.spec.ts rate-limits that account
  const cookie = (await context.cookies()).find((c) => c.name === "next-auth.session-token");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/", secure: false });
  const hours = (cookie!.expires * 1000 - Date.now()) / 3_600_000;
  expect(hours).toBeGreaterThan(7.9);
  expect(hours).toBeLessThanOrEqual(8);
});

type Captured = { url: string; headers: Record<string, string>; body: Buffer };

/** Fills the new-unit form and captures the server action request it sends, without letting it through. */
async function captureCreateUnit(page: Page, code: string, name: string): Promise<Captured> {
  await page.goto("/units/new");
  let captured: Captured | null = null;
  await page.route("**/units/new", async (route) => {
    const req = route.request();
    if (req.method() !== "POST" || !req.headers()["next-action"]) return route.continue();
    captured = { url: req.url(), headers: req.headers(), body: req.postDataBuffer() ?? Buffer.alloc(0) };
    await route.abort();
  });
  await page.getByLabel("Tên đơn vị").fill(name);
  await page.getByLabel("Tên viết tắt").fill(code);
  await page.getByLabel("Mã đơn vị").fill(code);
  await page.getByRole("button", { name: "Thêm đơn vị" }).click();
  await expect.poll(() => captured !== null).toBe(true);
  await page.unroute("**/units/new");
  return captured!;
}

async function unitExists(page: Page, code: string, name: string) {
  await page.goto(`/units?q=${encodeURIComponent(code)}`);
  return (await page.getByRole("link", { name }).count()) > 0;
}

test("a server action posted from another origin is refused; the same request from the app's origin runs", async ({ page }) => {
  await signIn(page, "bantdkt");
  const code = `CSRF${Date.now().toString(36).toUpperCase()}`;
  const name = `Sở Kiểm thử nguồn gốc ${code}`;
  const action = await captureCreateUnit(page, code, name);
  const keep = ["next-action", "next-router-state-tree", "content-type", "accept"];
  const headers = Object.fromEntries(Object.entries(action.headers).filter(([k]) => keep.includes(k)));

  // page.request carries the signed-in session cookie, as a browser would on a cross-site form post.
  const foreign = await page.request.post(action.url, { headers: { ...headers, origin: "http://evil.example" }, data: action.body, maxRedirects: 0 });
  // Next refuses it with a 500; the production server answers a refused action 400, with no detail (lib/security/bad-action.ts).
  expect(foreign.status()).toBe(400);
  expect(await foreign.text()).toBe("");
  expect(await unitExists(page, code, name)).toBe(false);

  const own = await page.request.post(action.url, { headers: { ...headers, origin: new URL(action.url).origin }, data: action.body, maxRedirects: 0 });
  expect(own.status()).toBe(200);
  expect(await unitExists(page, code, name)).toBe(true);
});
