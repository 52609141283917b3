import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn, visit } from "./support";

// Board staff (bantdkt) load units' self-scores from one workbook. Demo data: the Nội chính bloc's
// 2026 criteria set is published and Cục Thi hành án dân sự tỉnh (NC-THADS) has no sheet yet; no
// other spec touches that unit.
const PAGE = "/imports/scores";
const THADS_SHEET = "/blocs/bloc-noi-chinh-tinh/years/2026/scoring/unit-nc-thi-hanh-an";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
// Standard 92,5, no bonus, 1 deducted: total 91,5; the gate passes.
const THADS: Record<string, number | string> = { "1": 9.5, "2": 10, "3": 18, "6": 9, "4": 10, "5": 9, "7": 19, "8": 8, B1: 0, B2: 0, D1: 1, G1: "Có" };

const totalLine = (page: Page) => page.getByText("Tổng điểm:", { exact: true }).locator("..");

/** Records every text the progress bar shows, however briefly it stays. */
async function watchProgress(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[role="progressbar"]')?.getAttribute("aria-valuetext");
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

type StreamEvent = { type: string; stage?: string; done?: number; total?: number };

/**
 * Uploads through the page and returns the stream's events as the page received them. They are
 * copied inside the page (a tee of the fetch body): the browser's own record of a streamed
 * response is gone once the page refreshes after the import.
 */
async function upload(page: Page, buffer: Buffer): Promise<StreamEvent[]> {
  await page.evaluate(() => {
    const w = window as unknown as { importStream?: Promise<string>; fetchTeed?: boolean };
    delete w.importStream;
    if (w.fetchTeed) return;
    w.fetchTeed = true;
    const original = window.fetch;
    window.fetch = async (...args: Parameters<typeof fetch>) => {
      const res = await original(...args);
      if (!String(args[0]).endsWith("/api/imports/scores") || !res.body) return res;
      const [forPage, forTest] = res.body.tee();
      w.importStream = new Response(forTest).text();
      return new Response(forPage, { status: res.status, statusText: res.statusText, headers: res.headers });
    };
  });
  await page.getByLabel("Tệp Excel (.xlsx)").setInputFiles({ name: "diem-tu-cham-2026.xlsx", mimeType: XLSX, buffer });
  await page.getByRole("button", { name: "Nhập điểm" }).click();
  await page.waitForFunction(() => (window as unknown as { importStream?: Promise<string> }).importStream !== undefined);
  const text = await page.evaluate(() => (window as unknown as { importStream: Promise<string> }).importStream);
  return text
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as StreamEvent);
}

test.describe.configure({ mode: "serial" });

test("board staff download the template, fill it, watch the import and find the scores on the unit's sheet", async ({ page }) => {
  await signIn(page, "bantdkt");
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Nhập điểm từ Excel" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nhập điểm tự chấm từ Excel" })).toBeVisible();
  await expect(page.getByLabel("Năm")).toHaveValue("2026");
  await expectAccessible(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải tệp mẫu năm 2026 (.xlsx)" }).click()]);
  expect(download.suggestedFilename()).toBe("mau-nhap-diem-tu-cham_2026.xlsx");
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await download.path());
  const sheet = book.worksheets[0];
  expect((sheet.getRow(1).values as unknown[]).slice(1, 7)).toEqual(["Mã khối", "Mã đơn vị", "Mã tiêu chí", "Điểm", "Đạt", "Ghi chú"]);
  let filled = 0;
  sheet.eachRow((row, r) => {
    if (r === 1 || row.getCell(2).value !== "NC-THADS") return;
    const value = THADS[String(row.getCell(3).value)];
    row.getCell(typeof value === "string" ? 5 : 4).value = value;
    if (row.getCell(3).value === "1") row.getCell(6).value = "Số liệu từ tệp đơn vị gửi ngày 20/11/2026";
    filled++;
  });
  expect(filled).toBe(12);

  await watchProgress(page);
  const events = await upload(page, Buffer.from(await book.xlsx.writeBuffer()));
  await expect(page.getByText("Đã nhập 12 điểm vào 1 bảng điểm (1 bảng điểm mới).")).toBeVisible();
  // The stream counted the rows as it went; the page showed the bar from the moment the file left.
  const steps = events.filter((e) => e.type === "progress").map((e) => (e.total ? `${e.stage} ${e.done}/${e.total}` : e.stage));
  expect(steps[0]).toBe("reading");
  expect(steps.at(-1)).toBe("saving 12/12");
  expect(steps).toContain(`checking ${sheet.rowCount - 1}/${sheet.rowCount - 1}`);
  expect(await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen)).toContain("Đang đọc tệp…");
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/score-import-done.png", fullPage: true });

  await page.getByRole("link", { name: "Khối thi đua các cơ quan Nội chính tỉnh (NOICHINH): 1 đơn vị, 12 điểm" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Chấm điểm thi đua năm 2026" })).toBeVisible();
  await visit(page, THADS_SHEET);
  await expect(page.getByRole("heading", { level: 1, name: "Phiếu chấm điểm của Cục Thi hành án dân sự tỉnh năm 2026" })).toBeVisible();
  await expect(totalLine(page)).toHaveText("Tổng điểm: 91,5");
});

test("a bad workbook is refused with the Vietnamese errors by row, and nothing changes", async ({ page }) => {
  await signIn(page, "bantdkt");
  await visit(page, PAGE);
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Điểm").addRows([
    ["Mã khối", "Mã đơn vị", "Mã tiêu chí", "Điểm", "Đạt", "Ghi chú"],
    ["NOICHINH", "NC-THADS", "3", 25],
    ["NOICHINH", "NC-THADS", "X9", 5],
    ["NOICHINH", "BG-SNV", "1", 5],
    ["NOICHINH", "NC-THADS", "2", "mười"],
  ]);
  await upload(page, Buffer.from(await book.xlsx.writeBuffer()));
  const alert = page.getByRole("status").filter({ hasText: "Tệp có 4 lỗi: chưa lưu gì. Sửa tệp rồi nhập lại." });
  await expect(alert).toBeVisible();
  for (const line of [
    "Dòng 2, cột Điểm: điểm 25 lớn hơn điểm tối đa 20",
    "Dòng 3, cột Mã tiêu chí: không có tiêu chí mã “X9” trong bảng tiêu chí của khối",
    "Dòng 4, cột Mã đơn vị: đơn vị mã “BG-SNV” không phải thành viên của khối năm 2026",
    "Dòng 5, cột Điểm: “mười” không phải là số điểm",
  ]) {
    await expect(alert.getByRole("listitem").filter({ hasText: line })).toBeVisible();
  }
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/score-import-errors.png", fullPage: true });

  await visit(page, THADS_SHEET);
  await expect(totalLine(page)).toHaveText("Tổng điểm: 91,5");
});
