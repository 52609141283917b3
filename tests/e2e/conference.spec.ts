import { expect, test } from "@playwright/test";
import { expectAccessible, signIn, visit } from "./support";

const YEAR_PAGE = "/blocs/bloc-noi-chinh-tinh/years/2026";
const MEMBERS = [
  "Bộ Chỉ huy Quân sự tỉnh",
  "Công an tỉnh",
  "Cục Thi hành án dân sự tỉnh",
  "Sở Nội vụ",
  "Sở Tư pháp",
  "Thanh tra tỉnh",
  "Tòa án nhân dân tỉnh",
  "Viện Kiểm sát nhân dân tỉnh",
];

test("board staff hold a mid-year review: attendance, quorum for a vote, and the minutes", async ({ page }) => {
  await signIn(page, "bantdkt");
  await visit(page, `${YEAR_PAGE}/conferences/new`);
  await page.getByLabel("Loại hội nghị").selectOption("MID_YEAR");
  await page.getByRole("textbox", { name: "Thời gian", exact: true }).fill("22/07/2026");
  await page.getByLabel("Giờ (Thời gian)").fill("08:30");
  await page.getByLabel("Tên hội nghị").fill("Hội nghị sơ kết 6 tháng đầu năm 2026");
  await page.getByLabel("Địa điểm").fill("Hội trường Sở Tư pháp");
  await page.getByRole("button", { name: "Tạo hội nghị" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hội nghị sơ kết 6 tháng đầu năm 2026" })).toBeVisible();
  await expectAccessible(page);

  // Five of eight present: no two-thirds quorum.
  for (const unit of MEMBERS.slice(0, 5)) await page.getByLabel(`Tình trạng tham dự của ${unit}`).selectOption("PRESENT");
  await page.getByLabel(`Tình trạng tham dự của ${MEMBERS[5]}`).selectOption("ABSENT");
  await page.getByLabel(`Lý do vắng của ${MEMBERS[5]}`).fill("Đi công tác");
  await page.getByRole("button", { name: "Lưu điểm danh" }).click();
  await expect(page.getByText("Có mặt 5/8 đơn vị — chưa đủ 2/3 (cần ít nhất 6 đơn vị)").first()).toBeVisible();

  await page.getByRole("textbox", { name: "Nội dung", exact: true }).fill("Thống nhất tổ chức giao lưu thể thao chào mừng Quốc khánh 2/9");
  await page.getByLabel("Cần biểu quyết").last().check();
  await page.getByRole("button", { name: "Thêm kết luận" }).click();
  await page.getByRole("textbox", { name: "Tán thành", exact: true }).fill("5");
  await page.getByRole("button", { name: "Ghi nhận biểu quyết" }).click();
  await expect(page.getByText("Chưa đủ 2/3 số đơn vị thành viên có mặt (có mặt 5/8, cần ít nhất 6) nên không thể ghi nhận biểu quyết.")).toBeVisible();

  // A sixth unit arrives: the vote can be recorded.
  await page.getByLabel(`Tình trạng tham dự của ${MEMBERS[6]}`).selectOption("PRESENT");
  await page.getByRole("button", { name: "Lưu điểm danh" }).click();
  await expect(page.getByText("Có mặt 6/8 đơn vị — đủ 2/3").first()).toBeVisible();
  await page.getByRole("textbox", { name: "Tán thành", exact: true }).fill("6");
  await page.getByRole("button", { name: "Ghi nhận biểu quyết" }).click();
  await expect(page.getByText(/Tán thành 6, không tán thành 0/)).toBeVisible();
  await expectAccessible(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /Tải DOCX/ }).click();
  expect((await download).suggestedFilename()).toBe("bien-ban-hoi-nghi_NOICHINH_2026-07-22.docx");
});

test("a member unit's officer reads the conferences but cannot change them", async ({ page }) => {
  await signIn(page, "donvi");
  await visit(page, `${YEAR_PAGE}/conferences`);
  await expect(page.getByRole("link", { name: "Thêm hội nghị" })).toHaveCount(0);
  await page.goto(`${YEAR_PAGE}/conferences/new`);
  await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
});
