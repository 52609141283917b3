import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { signIn, visit } from "./support";

// Board staff import a criteria set from an .xlsx built here, see a bad file refused with
// row-numbered errors, publish the good one, and reopen it with a reason (leaving a draft).
// Assumes the demo year below has no criteria set yet, or a draft one.
const HG_CRITERIA = "/blocs/bloc-xay-dung-dang-ha-giang/years/2026/criteria";
const HEADER = ["Mã", "Tiêu chí", "Mã cha", "Cấp", "Loại", "Điểm tối đa", "Bắt buộc minh chứng", "Hướng dẫn chấm"];

async function xlsx(rows: (string | number)[][]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Tieu chi");
  for (const row of [HEADER, ...rows]) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function upload(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel("Tệp Excel (.xlsx)").setInputFiles({ name, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer });
  await page.getByRole("button", { name: "Nhập tệp" }).click();
}

test("board staff import a criteria set from Excel and publish it", async ({ page }) => {
  await signIn(page, "bantdkt");
  await visit(page, HG_CRITERIA);
  await expect(page.getByRole("heading", { level: 1, name: "Bảng tiêu chí năm 2026" })).toBeVisible();
  const create = page.getByRole("button", { name: "Tạo bảng tiêu chí" });
  if (await create.isVisible()) {
    await create.click();
    await expect(page.getByText("Bản nháp", { exact: true })).toBeVisible();
  }

  await upload(
    page,
    "xau.xlsx",
    await xlsx([
      ["I", "Công tác thi đua", "", 1, "", "", "", ""],
      ["1", "Tổ chức phong trào", "I", 2, "Tiêu chuẩn", "mười", "Có", ""],
    ]),
  );
  await expect(page.getByText("Dòng 3, cột Điểm tối đa: không phải là số (mười)")).toBeVisible();

  await upload(
    page,
    "tieu-chi.xlsx",
    await xlsx([
      ["I", "Công tác thi đua", "", 1, "", "", "", ""],
      ["1", "Tổ chức phong trào thi đua", "I", 2, "Tiêu chuẩn", 60, "Có", ""],
      ["2", "Công tác khen thưởng", "I", 2, "Tiêu chuẩn", "40", "Không", ""],
      ["B1", "Được tặng Cờ thi đua của tỉnh", "", 1, "Điểm thưởng", "10,5", "Có", ""],
      ["D1", "Báo cáo chậm", "", 1, "Điểm trừ", 5, "Không", ""],
      ["G1", "Nội bộ đoàn kết", "", 1, "Điều kiện", "–", "Không", ""],
    ]),
  );
  await expect(page.getByText("Đã nhập 6 dòng.")).toBeVisible();
  await expect(page.getByText("Tổng điểm chuẩn: 100; điểm thưởng tối đa: 10,5; điểm trừ tối đa: 5")).toBeVisible();
  await expect(page.getByRole("cell", { name: "Tổ chức phong trào thi đua" })).toBeVisible();

  await page.getByRole("button", { name: "Công bố bảng tiêu chí", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Công bố", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("Đã công bố", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Nhập tệp" })).toHaveCount(0);

  await page.getByRole("button", { name: "Mở lại bảng tiêu chí" }).click();
  await page.getByLabel("Lý do mở lại").fill("Điều chỉnh theo kết luận hội nghị");
  await page.getByRole("button", { name: "Mở lại", exact: true }).click();
  await expect(page.getByText(/Lý do: Điều chỉnh theo kết luận hội nghị/)).toBeVisible();
});
