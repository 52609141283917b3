import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./support";

// The administrator brings units in from Excel: the units template from the onboarding page, two
// rows filled in below the example row, the preview, the apply, and the units in the list.
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const stamp = Date.now().toString(36).toUpperCase();
const UNITS = [
  [`E2E-${stamp}-1`, `Sở Khoa học và Công nghệ ${stamp}`, "Sở KH&CN", "UBND tỉnh", "Phạm Văn E", "Giám đốc", "02263111222", "skhcn@vidu.gov.vn"],
  [`E2E-${stamp}-2`, `Sở Ngoại vụ ${stamp}`, "Sở Ngoại vụ", "UBND tỉnh", "", "", "", ""],
];

test("the administrator imports units from the template, previews and applies", async ({ page }) => {
  await signIn(page, "admin");
  await page.getByRole("link", { name: "Nhập dữ liệu từ Excel" }).first().click();
  await expect(page.getByRole("heading", { name: "Nhập dữ liệu từ Excel", level: 1 })).toBeVisible();
  await expectAccessible(page);
  const card = page.locator('[data-kind="units"]');

  const download = page.waitForEvent("download");
  await card.getByRole("link", { name: "Tải tệp mẫu" }).click();
  const template = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of template) chunks.push(chunk as Buffer);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  expect(sheet.getRow(1).getCell(1).value).toBe("Mã đơn vị");
  for (const row of UNITS) sheet.addRow(row);
  const filled = Buffer.from(await workbook.xlsx.writeBuffer());

  await card.getByLabel("Tệp Excel (.xlsx, tối đa 5 MB)").setInputFiles({ name: "don-vi.xlsx", mimeType: XLSX, buffer: filled });
  await card.getByRole("button", { name: "Xem trước" }).click();
  await expect(card.getByText("2 mới · 0 thay đổi · 0 giữ nguyên")).toBeVisible();
  await expect(card.getByRole("rowheader", { name: `${UNITS[0][0]} — ${UNITS[0][1]}` })).toBeVisible();
  await expectAccessible(page);

  await card.getByRole("button", { name: "Áp dụng" }).click();
  await expect(card.getByText("Đã áp dụng: 2 mới, 0 thay đổi, 0 bỏ ra; 0 dòng giữ nguyên.")).toBeVisible();

  await card.getByRole("link", { name: "Xem danh sách đơn vị" }).click();
  await expect(page.getByRole("link", { name: UNITS[0][1] })).toBeVisible();
  await expect(page.getByRole("link", { name: UNITS[1][1] })).toBeVisible();
});
