import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { pdfText } from "./pdf-text";
import { expectAccessible, signIn, signOut, visit } from "./support";

// Seed 002: the cluster's mid-year conference "thông qua báo cáo tóm tắt kết quả công tác thi đua,
// khen thưởng 6 tháng đầu năm" and the draft regulation. Here, in the demo's Khối Nội chính 2026:
// the leader schedules the 6-month report (due 10/07/2026, already past: the units report late),
// Thanh tra tỉnh reports with its head's approval, the leader drafts the summary from the data,
// edits it, records that the mid-year conference (22/07/2026) passed it and adopted a revised
// regulation, and issues the summary as DOCX and PDF.
const BLOC = "/blocs/bloc-noi-chinh-tinh";
const REPORTS = `${BLOC}/years/2026/reports`;
const MID_YEAR = "Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2026";
const REGULATION = "Quy chế tổ chức và hoạt động của Khối (sửa đổi, bổ sung năm 2026)";
const SHOTS = process.env.SCREENSHOT_DIR;
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  for (const [w, h] of [
    [1366, 768],
    [390, 844],
  ]) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `${SHOTS}/${name}-${w}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

async function download(page: Page, linkName: string) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: linkName, exact: true }).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test("the mid-year conference passes the 6-month summary report and adopts the regulation", async ({ page }) => {
  // The leader schedules the report.
  await signIn(page, "truongkhoi");
  await visit(page, REPORTS);
  await expect(page.getByRole("heading", { level: 1, name: "Báo cáo định kỳ năm 2026" })).toBeVisible();
  const schedule = page.locator("form").filter({ has: page.getByRole("textbox", { name: "Hạn gửi báo cáo sơ kết 6 tháng", exact: true }) });
  await schedule.getByRole("textbox", { name: "Hạn gửi báo cáo sơ kết 6 tháng", exact: true }).fill("10/07/2026");
  await schedule.getByLabel("Giờ (Hạn gửi báo cáo sơ kết 6 tháng)").fill("17:00");
  await schedule.getByRole("button", { name: "Lưu hạn gửi" }).click();
  await expect(page.getByText("Đã lưu hạn gửi báo cáo.")).toBeVisible();
  await expect(page.getByText("Hạn gửi: 10/07/2026 17:00")).toBeVisible();
  await signOut(page);

  // Thanh tra tỉnh's officer drafts, attaches the file, and submits naming the head who approved.
  await signIn(page, "donvi");
  await visit(page, REPORTS);
  await expect(page.getByRole("heading", { name: "Báo cáo của Thanh tra tỉnh" })).toBeVisible();
  await expect(page.getByText("Tiến độ gửi báo cáo")).toHaveCount(0); // a member follows only its own
  await page
    .getByLabel("Nội dung báo cáo")
    .fill("Thanh tra tỉnh hoàn thành 52% kế hoạch thanh tra năm; phát hiện sai phạm 1,2 tỷ đồng.\nPhương hướng 6 tháng cuối năm: hoàn thành kế hoạch.");
  await page.getByRole("button", { name: "Lưu bản nháp" }).click();
  await expect(page.getByText("Đã lưu bản nháp báo cáo.")).toBeVisible();
  await page.getByLabel("Chọn tệp để tải lên").setInputFiles({ name: "bao-cao-6-thang.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Tải lên", exact: true }).click();
  await expect(page.getByRole("link", { name: "Tải về: bao-cao-6-thang.pdf" })).toBeVisible();
  await page.getByLabel("Thủ trưởng đã phê duyệt").fill("Hoàng Văn Nam");
  await page.getByRole("button", { name: "Gửi báo cáo", exact: true }).click();
  await expect(page.getByText(/Đã gửi lúc .*, thủ trưởng phê duyệt: Hoàng Văn Nam\./)).toBeVisible();
  await expect(page.getByText("Gửi chậm").first()).toBeVisible();
  await expectAccessible(page);
  await shoot(page, "reports-unit");
  await signOut(page);

  // The leader drafts a revised regulation to adopt at the same conference.
  await signIn(page, "truongkhoi");
  await visit(page, `${BLOC}/regulation`);
  await page.getByLabel("Tên quy chế").fill(REGULATION);
  await page.getByLabel("Nội dung").fill("Điều 1. Phạm vi điều chỉnh\nĐiều 5. Chế độ báo cáo sơ kết, tổng kết");
  await page.getByRole("button", { name: "Thêm dự thảo" }).click();
  await expect(page.getByText("Đã thêm dự thảo.")).toBeVisible();
  const draft = page.getByRole("listitem").filter({ hasText: REGULATION });
  await draft.getByRole("button", { name: "Ghi nhận thông qua" }).click();
  await draft.getByRole("textbox", { name: "Ngày thông qua", exact: true }).fill("22/07/2026");
  await draft.getByLabel("Hội nghị thông qua").selectOption({ label: `${MID_YEAR} (22/07/2026)` });
  await draft.getByRole("region", { name: "Ghi nhận thông qua" }).getByRole("button", { name: "Ghi nhận thông qua" }).click();
  await expect(draft.getByText("Đang có hiệu lực", { exact: true })).toBeVisible();

  // The leader follows the reports: Thanh tra's is late; drafts the summary from the data, edits and passes it.
  await visit(page, REPORTS);
  const row = page.getByRole("row").filter({ hasText: "Thanh tra tỉnh" });
  await expect(row.getByText("Đã gửi")).toBeVisible();
  await expect(row.getByText("Gửi chậm")).toBeVisible();
  await page.getByRole("button", { name: "Tạo dự thảo từ dữ liệu" }).click();
  await expect(page.getByText("Đã tạo dự thảo báo cáo.")).toBeVisible();
  const summary = page.getByLabel("Nội dung báo cáo tổng hợp");
  await expect(summary).toHaveValue(/Thanh tra tỉnh \(gửi chậm, ngày \d{2}\/\d{2}\/\d{4}\): Thanh tra tỉnh hoàn thành 52% kế hoạch/);
  await summary.fill(`${await summary.inputValue()}\nĐề nghị các đơn vị tiếp tục thực hiện tốt các nội dung giao ước thi đua.`);
  await page.getByRole("button", { name: "Lưu báo cáo" }).click();
  await expect(page.getByText("Đã lưu báo cáo.")).toBeVisible();
  await page.getByLabel("Hội nghị thông qua báo cáo").selectOption({ label: `${MID_YEAR} (22/07/2026)` });
  await page.getByRole("button", { name: "Ghi nhận thông qua" }).click();
  // The round is frozen: the forms give way to the text as passed.
  await expect(page.getByText("Đã thông qua ngày 22/07/2026")).toBeVisible();
  await expectAccessible(page);
  await shoot(page, "reports-leader");

  // Issued as DOCX and PDF, dated the day of the conference.
  const docx = await download(page, "Tải DOCX (báo cáo tổng hợp)");
  expect(docx.name).toBe("bao-cao-so-ket-6-thang_NOICHINH_2026.docx");
  const pdf = await download(page, "Tải PDF (báo cáo tổng hợp)");
  const text = await pdfText(pdf.bytes);
  expect(text).toContain("BÁO CÁO");
  expect(text).toContain("Kết quả công tác thi đua, khen thưởng 6 tháng đầu năm 2026");
  expect(text).toContain("ngày 22 tháng 7 năm 2026");
  expect(text).toContain("Đề nghị các đơn vị tiếp tục thực hiện tốt các nội dung giao ước thi đua.");

  // The conference names both the report and the regulation it passed; the link leads back.
  await page.getByRole("link", { name: `Thông qua tại: ${MID_YEAR}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: MID_YEAR })).toBeVisible();
  await expect(page.getByText(`Hội nghị này đã thông qua: ${REGULATION}`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Hội nghị này đã thông qua: Báo cáo sơ kết 6 tháng" })).toBeVisible();
  await shoot(page, "reports-conference");
  await signOut(page);

  // A member reads the passed summary; the round is frozen for its own report.
  await signIn(page, "donvi");
  await visit(page, REPORTS);
  await expect(page.getByText("Đề nghị các đơn vị tiếp tục thực hiện tốt các nội dung giao ước thi đua.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Lưu bản nháp" })).toHaveCount(0);
});
