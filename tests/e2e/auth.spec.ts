import { expect, test } from "@playwright/test";
import { expectAccessible, signIn, signOut } from "./support";

test("sign-in page speaks Vietnamese and refuses a wrong password", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  await expectAccessible(page);
  await page.getByLabel("Tên đăng nhập").fill("bantdkt");
  await page.getByLabel("Mật khẩu").fill("sai-mat-khau");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByText("Tên đăng nhập hoặc mật khẩu không đúng.")).toBeVisible();
});

test("failed sign-ins make the account wait, and a forged X-Forwarded-For changes nothing", async ({ page }) => {
  // hoidong is no other test's account: its delay stays here. Each try claims another address;
  // the server has no trusted proxy, so the header is ignored and the account's delay applies.
  for (let i = 0; i < 3; i++) {
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": `203.0.113.${i + 1}` });
    await page.goto("/login");
    await page.getByLabel("Tên đăng nhập").fill("hoidong");
    await page.getByLabel("Mật khẩu").fill(`sai-${i}`);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByText("Tên đăng nhập hoặc mật khẩu không đúng.")).toBeVisible();
  }
  // Even the right password waits, and the page says how long.
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": "203.0.113.99" });
  await page.getByLabel("Mật khẩu").fill("Demo@2026");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByText(/^Đăng nhập sai nhiều lần\. Vui lòng thử lại sau \d+ giây\.$/)).toBeVisible();
});

test("board staff sign in, see the navigation by role, and sign out", async ({ page }) => {
  await signIn(page, "bantdkt");
  await expectAccessible(page);
  const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
  await expect(nav.getByRole("link", { name: "Khối, cụm thi đua" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Nhật ký" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Người dùng" })).toHaveCount(0);

  // English is offered second, and Vietnamese comes back with one click.
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Units" })).toBeVisible();
  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  await expect(nav.getByRole("link", { name: "Đơn vị" })).toBeVisible();
  await signOut(page);
});

test("after signing in, a crafted callbackUrl leads home on this site, never to another", async ({ page, baseURL }) => {
  for (const crafted of ["/%5Cevil.example/phish", "/%09/evil.example/phish", "//evil.example/phish"]) {
    await page.goto(`/login?callbackUrl=${crafted}`);
    await page.getByLabel("Tên đăng nhập").fill("cumvien");
    await page.getByLabel("Mật khẩu").fill("Demo@2026");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByRole("button", { name: "Đăng xuất", exact: true })).toBeVisible();
    expect(page.url()).toBe(`${baseURL}/`);
    await signOut(page);
  }
});
