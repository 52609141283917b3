import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { pdfText } from "./pdf-text";
import { signIn, visit } from "./support";

// Seed 003: Khối thi đua các đơn vị trực thuộc Sở, ngành Văn hóa - Xã hội (Quảng Ninh), 16 units,
// signed its pledge on paper at its signing conference. The board sets up a past year of that bloc
// (2023, which the demo data lacks) and records the 16 signatures in one form: every date shown and
// printed is the conference's, none is the day the clerk typed it.
const QN = "/blocs/bloc-van-hoa-xa-hoi-quang-ninh";
const CONFERENCE = "Hội nghị ký kết giao ước thi đua năm 2023";

async function downloadedPdfText(page: Page, link: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: link, exact: true }).click()]);
  return pdfText(await readFile(await file.path()));
}

test("the board sets up a past year of a 16-unit bloc and records every paper signature at its conference, dated by it", async ({ page }) => {
  await signIn(page, "bantdkt");
  await visit(page, QN);
  await page.getByLabel("Năm hoạt động").fill("2023");
  await page.getByRole("button", { name: "Thêm năm" }).click();
  await expect(page.getByText("Đã thêm năm hoạt động.")).toBeVisible();

  await visit(page, `${QN}/years/2023/conferences/new`);
  await page.getByLabel("Loại hội nghị").selectOption("SIGNING");
  await page.getByRole("textbox", { name: "Thời gian", exact: true }).fill("15/02/2023");
  await page.getByLabel("Giờ (Thời gian)").fill("14:00");
  await page.getByLabel("Tên hội nghị").fill(CONFERENCE);
  await page.getByLabel("Địa điểm").fill("Cơ sở Cai nghiện ma túy tỉnh Quảng Ninh");
  await page.getByRole("button", { name: "Tạo hội nghị" }).click();
  await expect(page.getByRole("heading", { level: 1, name: CONFERENCE })).toBeVisible();
  const conferencePage = page.url();

  await visit(page, `${QN}/years/2023/pledge`);
  await page.getByRole("button", { name: "Tạo giao ước" }).click();
  await expect(page.getByText("Dự thảo", { exact: true })).toBeVisible();
  const item = "Hoàn thành xuất sắc nhiệm vụ chính trị, chuyên môn của đơn vị.";
  await page.getByLabel("Nội dung giao ước mới").fill(item);
  await page.getByRole("button", { name: "Thêm nội dung" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: item })).toBeVisible();
  await page.getByRole("button", { name: "Mở ký giao ước", exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Mở ký", exact: true }).click();
  await expect(page.getByText("Đã ký 0/16 đơn vị")).toBeVisible();

  // From the conference page: the conference and its day come preselected; one tick takes all 16.
  await page.goto(conferencePage);
  await page.getByRole("link", { name: "Ký giao ước tại hội nghị này" }).click();
  const form = page.locator("#record");
  await expect(form.getByLabel("Ngày ký", { exact: true })).toHaveValue("15/02/2023");
  await form.getByRole("checkbox", { name: /Chọn tất cả/ }).check();
  // The registry has the heads' titles but not their names: the clerk types the names from the paper.
  const names = form.getByLabel(/^Họ và tên người ký của /);
  await expect(names).toHaveCount(16);
  for (let i = 0; i < 16; i++) await names.nth(i).fill(`Người ký ${i + 1}`);
  await form.getByRole("button", { name: "Ghi nhận chữ ký (16 đơn vị)" }).click();
  await expect(page.getByText("Đã ký 16/16 đơn vị")).toBeVisible();
  await expect(page.getByText(`Ký trên giấy ngày 15/02/2023 (tại ${CONFERENCE})`)).toHaveCount(16);

  const text = await downloadedPdfText(page, "Tải PDF (giao ước)");
  expect(text).toMatch(/ngày 15 tháng 0?2 năm 2023/);
  expect(text).not.toMatch(/ngày \d+ tháng \d+ năm 2026/);
  expect(text).toContain("Người ký 16");
});
