import { expect, test } from "@playwright/test";
import { expectAccessible, signIn, signOut, visit } from "./support";

// Demo data (prisma/seed/data.ts): Khối thi đua các cơ quan Nội chính tỉnh, 2026, led by Sở Nội vụ
// (truongkhoi); Thanh tra tỉnh's officer is donvi. The unit writes its achievement report; the board reads it.
const PAGE = "/blocs/bloc-noi-chinh-tinh/years/2026/achievement-reports";
const SHOTS = process.env.SCREENSHOT_DIR;

test("a unit writes its achievement report beside its figures, and the board reads it", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, "donvi");
  await visit(page, PAGE);
  await expect(page.getByRole("heading", { level: 1, name: "Báo cáo thành tích năm 2026" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Báo cáo của Thanh tra tỉnh" })).toBeVisible();
  await expect(page.getByText("Báo cáo của các đơn vị")).toHaveCount(0); // a member reads only its own
  await page.getByLabel("1. Đặc điểm, tình hình").fill("Trụ sở tại trung tâm tỉnh; 45 công chức.");
  await page.getByLabel("2. Chức năng, nhiệm vụ").fill("Tham mưu quản lý nhà nước về thanh tra.");
  await page.getByLabel(/^II\.1\./).fill("Hoàn thành 18/18 cuộc thanh tra theo kế hoạch.");
  await page.getByRole("button", { name: "Lưu báo cáo" }).click();
  await expect(page.getByText("Đã lưu báo cáo thành tích.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("1. Đặc điểm, tình hình")).toHaveValue("Trụ sở tại trung tâm tỉnh; 45 công chức.");
  await expect(page.getByText(/^Lưu lần cuối /)).toBeVisible();
  await expectAccessible(page);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/achievement-report-unit-1366.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole("button", { name: "Lưu báo cáo" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/achievement-report-unit-390.png`, fullPage: true });
  await signOut(page);

  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, "bantdkt");
  await visit(page, PAGE);
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Thanh tra tỉnh", exact: true }) });
  await expect(row.getByText(/^Đã viết/)).toBeVisible();
  await row.getByText("Xem nội dung").click();
  await expect(row.getByText("Hoàn thành 18/18 cuộc thanh tra theo kế hoạch.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Lưu báo cáo" })).toHaveCount(0);
  await expectAccessible(page);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/achievement-report-board-1366.png`, fullPage: true });
});
