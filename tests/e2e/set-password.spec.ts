import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn, signOut } from "./support";

// A new account gets a one-time link instead of a password the administrator knows: the
// administrator hands it over, its owner opens it signed out, sets a password, signs in; the
// link then no longer works. Screenshots of the handover sheet and the set-password page at a
// laptop's and a phone's size go to test-results/screenshots.

const SIZES = [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
];

async function screenshots(page: Page, name: string) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    // The page itself never scrolls sideways (docs/conventions.md, "Layout").
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    await page.screenshot({ path: `test-results/screenshots/${name}-${size.width}x${size.height}.png`, fullPage: true });
  }
  await page.setViewportSize(SIZES[0]);
}

test("the administrator creates an account with a link; its owner sets a password and signs in", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signIn(page, "admin");
  await page.goto("/users/new");
  await page.getByLabel("Họ và tên").fill("Đặng Thị Thu Hà");
  await page.getByLabel("Tên đăng nhập").fill("dang.thu.ha");
  await page.getByLabel("Vai trò").selectOption("COUNCIL");
  await expect(page.getByRole("radio", { name: /Gửi liên kết đặt mật khẩu/ })).toBeChecked();
  await page.getByRole("button", { name: "Thêm người dùng" }).click();

  await expect(page.getByRole("heading", { name: /Bàn giao liên kết đặt mật khẩu/ })).toBeVisible();
  await expect(page.getByText("Đã tạo tài khoản dang.thu.ha.")).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, "handover-new-account");
  await page.getByRole("button", { name: "Sao chép liên kết của Đặng Thị Thu Hà" }).click();
  await expect(page.getByRole("button", { name: "Sao chép liên kết của Đặng Thị Thu Hà" })).toHaveText("Đã sao chép");
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/^http:\/\/localhost:\d+\/dat-mat-khau\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByTestId("set-password-link")).toHaveText(link);
  await signOut(page);

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Đặt mật khẩu" })).toBeVisible();
  await expect(page.getByText("Chào Đặng Thị Thu Hà. Hãy đặt mật khẩu cho tài khoản dang.thu.ha.")).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, "set-password");
  // The policy of every other password form, with its message.
  await page.getByLabel(/^Mật khẩu mới/).fill("ngan qua");
  await page.getByLabel("Nhập lại mật khẩu mới").fill("ngan qua");
  await page.getByRole("button", { name: "Đặt mật khẩu" }).click();
  await expect(page.getByText("Mật khẩu cần ít nhất 10 ký tự.")).toBeVisible();
  const password = "Sen hồng nở giữa đầm 2026";
  await page.getByLabel(/^Mật khẩu mới/).fill(password);
  await page.getByLabel("Nhập lại mật khẩu mới").fill(password);
  await page.getByRole("button", { name: "Đặt mật khẩu" }).click();
  await expect(page.getByText(/Đã đặt mật khẩu/)).toBeVisible();
  await page.getByRole("link", { name: "Đến trang đăng nhập" }).click();

  await signIn(page, "dang.thu.ha", password);
  // Her own password: no forced change.
  await expect(page.getByRole("heading", { name: "Đổi mật khẩu" })).toHaveCount(0);
  await signOut(page);

  // Used once: the same link now says it cannot be used.
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Liên kết không dùng được" })).toBeVisible();
  await expect(page.getByText(/không hợp lệ hoặc đã hết hạn/)).toBeVisible();
});

test("the administrator issues links for several accounts at once from the users list", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/users?q=cum");
  await page.getByRole("checkbox", { name: /Chọn tất cả/ }).check();
  await page.getByRole("button", { name: /Cấp liên kết cho tài khoản đã chọn \(\d+\)/ }).click();
  await expect(page.getByRole("heading", { name: /Bàn giao liên kết đặt mật khẩu/ })).toBeVisible();
  const links = page.getByTestId("set-password-link");
  expect(await links.count()).toBeGreaterThanOrEqual(2);
  await expectAccessible(page);
  await screenshots(page, "handover-list");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Tải Excel" }).click();
  expect((await download).suggestedFilename()).toMatch(/^lien-ket-dat-mat-khau-\d+\.xlsx$/);
  await page.getByRole("button", { name: "Xong" }).click();
  await expect(page.getByRole("heading", { name: "Liên kết đặt mật khẩu" })).toBeVisible();
});
