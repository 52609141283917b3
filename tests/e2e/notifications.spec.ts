import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn, signOut, visit } from "./support";

// Demo data: the 2026 pledge of Khối thi đua các cơ quan Nội chính tỉnh is open; donvi is an officer
// of Thanh tra tỉnh, one of its members. The board reopens it and opens it again for signing: the
// job runner of the server tells every member unit's people, and the officer finds it by the bell.
const NC_PLEDGE = "/blocs/bloc-noi-chinh-tinh/years/2026/pledge";
const TITLE = "Giao ước thi đua năm 2026 đã mở để ký";
const SHOTS = "test-results/notifications";

async function confirmIn(page: Page, button: string, confirm: string) {
  await page.getByRole("button", { name: button, exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: confirm, exact: true }).click();
  await expect(dialog).toBeHidden();
}

const unread = async (page: Page) =>
  Number(
    (await page
      .getByTestId("notification-count")
      .textContent({ timeout: 1000 })
      .catch(() => "0")) ?? 0,
  );

test("when the board opens the pledge, a member's officer sees the bell, opens the inbox and follows the entry to the pledge", async ({ page }) => {
  await signIn(page, "bantdkt");
  await visit(page, NC_PLEDGE);
  await page.getByRole("button", { name: "Mở lại giao ước" }).click();
  await page.getByLabel("Lý do mở lại").fill("Bổ sung nội dung về chuyển đổi số theo góp ý của các đơn vị");
  await page.getByRole("button", { name: "Xác nhận mở lại" }).click();
  await expect(page.getByText("Dự thảo", { exact: true })).toBeVisible();
  await confirmIn(page, "Mở ký giao ước", "Mở ký");
  await expect(page.getByText("Đang ký", { exact: true })).toBeVisible();
  await signOut(page);

  await signIn(page, "donvi");
  // The job runner polls every 5 s: the notice is there once its job has run. Earlier journeys of
  // the run may have left other notices unread, so the bell's count alone does not tell.
  const entry = page.getByTestId("inbox").getByRole("link", { name: new RegExp(TITLE) });
  await expect(async () => {
    await page.goto("/thong-bao");
    await expect(entry).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await page.goto("/");
  const before = await unread(page);
  expect(before).toBeGreaterThan(0);
  const bell = page.getByTestId("notification-bell");
  await expect(bell).toHaveAccessibleName(new RegExp(`^Thông báo: ${before} thông báo chưa đọc$`));
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole("banner").screenshot({ path: `${SHOTS}/bell-1366.png` });

  await bell.click();
  await expect(page).toHaveURL(/\/thong-bao$/);
  await expect(page.getByRole("heading", { level: 1, name: "Thông báo" })).toBeVisible();
  await expect(entry).toBeVisible();
  await expect(entry).toContainText("Khối thi đua các cơ quan Nội chính tỉnh");
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/inbox-1366.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/inbox-390.png`, fullPage: true });
  await page.getByRole("banner").screenshot({ path: `${SHOTS}/bell-390.png` });

  // Filtered to unread, then to its kind: it is still there.
  await page.getByLabel("Trạng thái").selectOption("unread");
  await page.getByLabel("Loại").selectOption("pledge-opened");
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/read=unread&kind=pledge-opened/);
  await expect(entry).toBeVisible();

  // Following it opens the pledge and marks it read: one fewer on the bell.
  await entry.click();
  await expect(page).toHaveURL(new RegExp(`${NC_PLEDGE}$`));
  await expect(page.getByText("Đang ký", { exact: true })).toBeVisible();
  await expect(async () => {
    await page.reload();
    expect(await unread(page)).toBe(before - 1);
  }).toPass({ timeout: 15_000 });

  // Mark all read: the bell has no count.
  await visit(page, "/thong-bao");
  if (before > 1) {
    await page.getByRole("button", { name: "Đánh dấu tất cả là đã đọc" }).click();
    await expect(page.getByTestId("notification-count")).toHaveCount(0);
  }
  await page.setViewportSize({ width: 1366, height: 768 });
  await visit(page, "/account");
  await expect(page.getByRole("heading", { name: "Nhận thông báo qua e-mail" })).toBeVisible();
  await page.getByLabel("Giao ước mở để ký").selectOption("digest");
  await page.getByRole("button", { name: "Lưu cài đặt" }).click();
  await expect(page.getByText("Đã lưu cài đặt thông báo.")).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/account-1366.png`, fullPage: true });
});

test("the administrator reads every notification recorded, in the app and by e-mail (kept without SMTP_URL); nobody else may", async ({ page }) => {
  await signIn(page, "admin");
  await visit(page, "/thong-bao/thu-di");
  await expect(page.getByText("Chưa cấu hình SMTP_URL: thư được giữ lại ở đây, không gửi đi.")).toBeVisible();
  // The demo's accounts have no e-mail address: their deliveries say so (with one, it would be kept).
  await expect(page.getByRole("row").filter({ hasText: TITLE }).first()).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Trong ứng dụng" }).first()).toBeVisible();
  await page.getByLabel("Kênh").selectOption("email");
  await page.getByLabel("Kết quả").selectOption("SKIPPED");
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/result=SKIPPED/);
  await expect(page.getByRole("row").filter({ hasText: "Trong ứng dụng" })).toHaveCount(0);
  await expect(page.getByRole("row").filter({ hasText: "Không có địa chỉ" }).first()).toBeVisible();
  await page.getByText(TITLE).first().click();
  await expect(page.getByText(/Kính gửi .+,/).first()).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: `${SHOTS}/outbox-1366.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/outbox-390.png`, fullPage: true });
  await signOut(page);

  await signIn(page, "bantdkt");
  const response = await page.goto("/thong-bao/thu-di");
  expect(response?.status()).toBe(404);
});
