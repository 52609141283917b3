import { expect, test } from "@playwright/test";
import { signIn, visit } from "./support";

// The administrator keeps the council's settings and its legal grounds in the app: a decree that
// replaces another is added with its dates, and the list says at once which is in force.
test("the administrator adds a legal document with its dates and sees whether it is in force", async ({ page }) => {
  await signIn(page, "admin");
  await visit(page, "/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Cài đặt Hội đồng" })).toBeVisible();

  const form = page.locator("section").filter({ has: page.getByRole("heading", { name: "Thêm văn bản làm căn cứ" }) });
  await form.getByLabel("Số, ký hiệu").fill("999/2099/NĐ-CP");
  await form.getByLabel("Tên văn bản").fill("Nghị định thử nghiệm về thi đua, khen thưởng");
  await form.getByLabel("Cơ quan ban hành").fill("Chính phủ");
  await form.getByRole("textbox", { name: "Ngày ban hành" }).fill("1/7/2025");
  await form.getByRole("textbox", { name: "Có hiệu lực từ" }).fill("15/8/2025");
  await form.getByRole("button", { name: "Thêm văn bản" }).click();
  await expect(page.getByText("Đã lưu văn bản làm căn cứ.")).toBeVisible();

  const row = page.getByRole("row").filter({ hasText: "999/2099/NĐ-CP" });
  await expect(row).toContainText("Chính phủ ban hành ngày 01/07/2025");
  if (process.env.SCREENSHOT_DIR) {
    for (const [width, height] of [
      [1366, 768],
      [390, 844],
    ]) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/settings-legal-${width}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 720 });
  }
  await expect(row).toContainText("Đang có hiệu lực");

  // Replaced: the clerk enters the day it stopped being in force, in the row's own edit form.
  await row.getByRole("button", { name: "Sửa văn bản 999/2099/NĐ-CP" }).click();
  const edit = page.getByRole("region", { name: "Sửa văn bản 999/2099/NĐ-CP" });
  await edit.getByRole("textbox", { name: "Hết hiệu lực từ" }).fill("1/1/2026");
  await edit.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(row).toContainText("Hết hiệu lực");
  await expect(row).toContainText("Từ 15/08/2025 đến trước 01/01/2026");

  // Entered by mistake: deleted after a confirmation.
  await expect(page.getByRole("region", { name: "Sửa văn bản 999/2099/NĐ-CP" })).toHaveCount(0);
  await row.getByRole("button", { name: "Xoá văn bản 999/2099/NĐ-CP" }).click();
  await page.getByRole("dialog", { name: "Xoá văn bản làm căn cứ" }).getByRole("button", { name: "Xoá" }).click();
  await expect(page.getByRole("row").filter({ hasText: "999/2099/NĐ-CP" })).toHaveCount(0);
});
