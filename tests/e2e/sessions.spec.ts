import { expect, test, type Browser } from "@playwright/test";
import { expectAccessible, signIn, signOut } from "./support";

// Sign-ins are sessions on the server (docs/SECURITY.md "Sessions"): ending one from another
// browser, or signing out, signs that browser out at its next request, even on a page it opened
// before, and a copy of its cookie is worthless.
const PHONE = {
  viewport: { width: 390, height: 844 },
  userAgent: "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36",
};

async function phone(browser: Browser) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await signIn(page, "thutruong");
  await page.goto("/");
  return page;
}

test("a user sees where they are signed in and signs another browser out", async ({ page, browser }) => {
  // Earlier tests may have left thutruong signed in elsewhere: the laptop starts alone.
  await signIn(page, "thutruong");
  await page.goto("/account");
  const others = page.getByRole("button", { name: "Đăng xuất khỏi mọi thiết bị khác" });
  if (await others.isVisible()) {
    await others.click();
    await page.getByRole("dialog").getByRole("button", { name: "Đăng xuất khỏi mọi thiết bị khác" }).click();
    await expect(page.getByText("Không có phiên nào khác.")).toBeVisible();
  }
  const other = await phone(browser);
  await page.reload();
  const list = page.getByRole("list").filter({ hasText: "Phiên này" });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(list.getByRole("listitem").filter({ hasText: "Chrome trên Android" })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("account-sessions-1366.png"), fullPage: true });

  await list.getByRole("button", { name: /^Kết thúc phiên Chrome trên Android/ }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Kết thúc" }).click();
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await other.reload();
  await expect(other).toHaveURL(/\/login/);

  // Signed in again on the phone, it sees both sessions there, and the laptop signs out of every other device.
  await signIn(other, "thutruong");
  await other.goto("/account");
  await expect(other.getByText("Phiên này")).toBeVisible();
  await other.screenshot({ path: test.info().outputPath("account-sessions-phone.png"), fullPage: true });
  await expectAccessible(other);
  await page.reload();
  await page.getByRole("button", { name: "Đăng xuất khỏi mọi thiết bị khác" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Đăng xuất khỏi mọi thiết bị khác" }).click();
  await expect(page.getByText("Không có phiên nào khác.")).toBeVisible();
  await other.goto("/");
  await expect(other).toHaveURL(/\/login/);
  await other.context().close();
});

test("after signing out, a copy of the session cookie no longer opens any page", async ({ page, browser }) => {
  await signIn(page, "thutruong");
  await page.goto("/account");
  const cookies = await page.context().cookies();
  await signOut(page);
  const thief = await browser.newContext();
  await thief.addCookies(cookies);
  const stolen = await thief.newPage();
  await stolen.goto("/account");
  await expect(stolen).toHaveURL(/\/login/);
  const api = await stolen.request.get("/api/auth/session");
  expect(await api.json()).not.toHaveProperty("uid"); // next-auth's own endpoint may still decode it; the app does not honour it
  await thief.close();
});
