import { expect, test } from "@playwright/test";
import { expectAccessible, signIn, signOut, visit } from "./support";

// Demo data (prisma/seed/data.ts): Khối thi đua các cơ quan Nội chính tỉnh, 2026, eight members, led by
// Sở Nội vụ (truongkhoi); Thanh tra tỉnh's officer (donvi) and head (thutruong); Sở Tư pháp (phokhoi) deputises.
const PAGE = "/blocs/bloc-noi-chinh-tinh/years/2026/registration";
const SHOTS = process.env.SCREENSHOT_DIR;

test.use({ viewport: { width: 1366, height: 768 } });

test("the leader opens the registration, a unit registers with a decimal comma and its head's approval, the leader follows and compiles", async ({ page }) => {
  // (1) Not open yet: the unit is told so; the leader sets the deadline.
  await signIn(page, "truongkhoi");
  await visit(page, PAGE);
  await expect(page.getByRole("heading", { level: 1, name: "Đăng ký thi đua năm 2026" })).toBeVisible();
  await expect(page.getByText("0/8 đơn vị đã gửi đăng ký.")).toBeVisible();
  await page.getByRole("textbox", { name: "Hạn đăng ký", exact: true }).fill("31/03/2099");
  await page.getByLabel("Giờ (Hạn đăng ký)").fill("17:00");
  await page.getByRole("button", { name: "Ấn định thời hạn" }).click();
  await expect(page.getByText("Đã lưu thời hạn đăng ký.")).toBeVisible();
  await expect(page.getByText("Hạn đăng ký: 31/03/2099 17:00.")).toBeVisible();
  await signOut(page);

  // (2) Thanh tra tỉnh's officer: two titles' choice, two targets (the second row added), saved as a draft.
  await signIn(page, "donvi");
  await visit(page, PAGE);
  await expect(page.getByRole("heading", { name: "Đăng ký của Thanh tra tỉnh" })).toBeVisible();
  await expect(page.getByText("Tiến độ đăng ký")).toHaveCount(0); // a member follows only its own
  await page.getByRole("checkbox", { name: "Cờ thi đua của Ủy ban nhân dân tỉnh" }).check();
  await page.getByLabel("Chỉ tiêu 1", { exact: true }).fill("Hoàn thành kế hoạch thanh tra năm");
  await page.getByLabel("Chỉ tiêu 1: Số lượng").fill("99,5");
  await page.getByLabel("Chỉ tiêu 1: Đơn vị tính").fill("%");
  await page.getByRole("button", { name: "Thêm dòng" }).click();
  await page.getByLabel("Chỉ tiêu 2", { exact: true }).fill("Tổ chức hội nghị chuyên đề");
  await page.getByLabel("Chỉ tiêu 2: Số lượng").fill("1,2,3");
  await page.getByRole("button", { name: "Lưu bản nháp" }).click();
  // Refused in the browser, on its row, and nothing sent.
  await expect(page.getByText(/^Chỉ tiêu 2: Số lượng: Số không hợp lệ/)).toBeVisible();
  await expect(page.getByText("Đã lưu bản nháp đăng ký.")).toHaveCount(0);
  await page.getByLabel("Chỉ tiêu 2: Số lượng").fill("12");
  await page.getByLabel("Chỉ tiêu 2: Đơn vị tính").fill("cuộc");
  await page.getByRole("button", { name: "Lưu bản nháp" }).click();
  await expect(page.getByText("Đã lưu bản nháp đăng ký.")).toBeVisible();
  await expect(page.getByLabel("Chỉ tiêu 1: Số lượng")).toHaveValue("99,5");
  await expectAccessible(page);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/registration-unit-1366.png`, fullPage: true });

  // Submitting names the head who approved it (donvi is not the head).
  await page.getByLabel("Thủ trưởng đã phê duyệt").fill("Hoàng Văn Nam");
  await page.getByRole("button", { name: "Gửi đăng ký", exact: true }).click();
  await expect(page.getByText(/Đã gửi ngày .*, thủ trưởng phê duyệt: Hoàng Văn Nam\./)).toBeVisible();
  await expect(page.getByText("Hoàn thành kế hoạch thanh tra năm: 99,5 %")).toBeVisible();
  await expect(page.getByRole("button", { name: "Lưu bản nháp" })).toHaveCount(0);
  await signOut(page);

  // (3) The leader: progress and the compiled list.
  await signIn(page, "truongkhoi");
  await visit(page, PAGE);
  await expect(page.getByText("1/8 đơn vị đã gửi đăng ký.")).toBeVisible();
  const compiled = page
    .getByRole("region", { name: "Bảng tổng hợp đăng ký thi đua" })
    .or(page.locator("section", { hasText: "Bảng tổng hợp đăng ký thi đua" }));
  const row = compiled.getByRole("row", { name: /Thanh tra tỉnh/ });
  await expect(row).toContainText("Cờ thi đua của Ủy ban nhân dân tỉnh");
  await expect(row).toContainText("Hoàn thành kế hoạch thanh tra năm: 99,5 %");
  await expect(row).toContainText("Tổ chức hội nghị chuyên đề: 12 cuộc");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải bảng tổng hợp (Excel)" }).click();
  expect((await download).suggestedFilename()).toBe("dang-ky-thi-dua_NOICHINH_2026.xlsx");
  if (SHOTS) {
    await page.screenshot({ path: `${SHOTS}/registration-leader-1366.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/registration-leader-390.png`, fullPage: true });
  }
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(await page.evaluate(() => window.innerWidth));

  // (4) Seed 000: the signing conference announces the units' registrations; each page links the other.
  await page.setViewportSize({ width: 1366, height: 768 });
  await visit(page, "/blocs/bloc-noi-chinh-tinh/years/2026/conferences/conf-noi-chinh-tinh-2026-signing");
  await page.getByRole("button", { name: "Ghi nhận công bố đăng ký thi đua" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Ghi nhận", exact: true }).click();
  await expect(page.getByText(/^Đã công bố đăng ký thi đua của các đơn vị tại hội nghị này/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Xem bảng tổng hợp đăng ký" }).click();
  await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
  await page.getByRole("link", { name: /Đăng ký thi đua đã được công bố tại hội nghị "Hội nghị ký kết giao ước thi đua năm 2026"/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hội nghị ký kết giao ước thi đua năm 2026" })).toBeVisible();
});
