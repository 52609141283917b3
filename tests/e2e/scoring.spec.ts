import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn, signOut, visit } from "./support";

// Demo data (prisma/seed/criteria.ts, data.ts): the 2026 year of Khối thi đua các cơ quan Nội chính tỉnh
// has a published criteria set (groups I, II, III; evidence required on 1, 7, B1, B2) and a scoring
// round. Thanh tra tỉnh (donvi, head Hoàng Văn Nam) has no sheet yet; Sở Nội vụ (truongkhoi) leads
// the bloc and reviews by default; Sở Tư pháp (phokhoi) is another member.
const SCORING = "/blocs/bloc-noi-chinh-tinh/years/2026/scoring";
const TTT_SHEET = `${SCORING}/unit-nc-thanh-tra-tinh`;
const HEAD = "Hoàng Văn Nam";

// Self scores: group I = 8 + 9 + 18 + 7 = 42, group II = 9 + 10 + 17 + 8 = 44; no bonus (0 claims
// nothing, so B1/B2 need no evidence), 1 point deducted → total 85.
const SELF: { code: string; title: string; value: string }[] = [
  { code: "1", title: "Chia cụm, khối; gửi đăng ký thi đua đúng hạn", value: "8" },
  { code: "2", title: "Thực hiện nội dung giao ước, tham gia hoạt động cụm, khối", value: "9" },
  { code: "3", title: "Chương trình, kế hoạch phát động; hội nghị sơ kết, tổng kết", value: "18" },
  { code: "6", title: "Xây dựng mô hình, nhân rộng điển hình tiên tiến", value: "7" },
  { code: "4", title: "Kiểm tra, tự kiểm tra công tác TĐKT, báo cáo đúng hạn", value: "9" },
  { code: "5", title: "Báo cáo sơ kết, tổng kết đúng hạn; dự họp đủ thành phần", value: "10" },
  { code: "7", title: "Khen thưởng đúng quy định, đúng thời gian, đủ hồ sơ", value: "17" },
  { code: "8", title: "Ứng dụng công nghệ thông tin, cải cách hành chính", value: "8" },
  { code: "B1", title: "Được tặng Cờ thi đua của tỉnh hoặc bộ, ngành trung ương", value: "0" },
  { code: "B2", title: "Được tặng Cờ thi đua của Chính phủ", value: "0" },
  { code: "D1", title: "Báo cáo chậm, thiếu hoặc sai", value: "1" },
];
const G1 = "Nội bộ đoàn kết; tổ chức đảng, đoàn thể hoàn thành tốt nhiệm vụ";

const pdf = (name: string) => ({
  name,
  mimeType: "application/pdf",
  buffer: Buffer.from(`%PDF-1.4\n% ${name}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`),
});

/** The "Tổng điểm: x" line under the grid, as the user reads it. */
const totalLine = (page: Page) => page.getByText("Tổng điểm:", { exact: true }).locator("..");

/** A moment well after now and after the round's own close (15/12/2026 17:00), 17:00 Vietnam time, as typed and as shown. */
function laterClose() {
  const base = Math.max(Date.now(), Date.parse("2026-12-15T10:00:00Z"));
  const vn = new Date(base + 90 * 24 * 3600 * 1000 + 7 * 3600 * 1000);
  const [y, m, d] = [vn.getUTCFullYear(), vn.getUTCMonth() + 1, vn.getUTCDate()].map((n) => String(n).padStart(2, "0"));
  return { day: `${d}/${m}/${y}`, time: "17:00", shown: `${d}/${m}/${y} 17:00` };
}

test.describe.configure({ mode: "serial" });

test("a unit scores with evidence and submits; the leader reviews with a reason; another unit cannot see the sheet", async ({ page }) => {
  const close = laterClose();
  const reason = "Gia hạn để các đơn vị hoàn thiện minh chứng";

  // (1) The board extends the round for every unit, so the rest does not depend on today's date.
  await signIn(page, "bantdkt");
  await visit(page, SCORING);
  await expect(page.getByRole("heading", { level: 1, name: "Chấm điểm thi đua năm 2026" })).toBeVisible();
  await page.getByLabel("Gia hạn cho").selectOption({ label: "Tất cả đơn vị" });
  await page.getByRole("textbox", { name: "Hạn mới", exact: true }).fill(close.day);
  await page.getByLabel("Giờ (Hạn mới)").fill(close.time);
  await page.getByLabel("Lý do gia hạn").fill(reason);
  await page.getByRole("button", { name: "Gia hạn", exact: true }).click();
  await expect(page.getByText("Đã gia hạn.")).toBeVisible();
  await expect(page.getByText(`Gia hạn cho Tất cả đơn vị đến ${close.shown}: ${reason}`)).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  // (2) The unit officer fills every leaf, watching the totals follow.
  await signIn(page, "donvi");
  await visit(page, TTT_SHEET);
  await expect(page.getByRole("heading", { level: 1, name: "Phiếu chấm điểm của Thanh tra tỉnh năm 2026" })).toBeVisible();
  await expect(page.getByText(`Hạn chấm điểm của đơn vị: ${close.shown}`)).toBeVisible();
  await expect(page.getByText("Chưa chấm", { exact: true })).toBeVisible();
  await expect(totalLine(page)).toHaveText("Tổng điểm: 0");

  const leaf = (title: string) => page.getByLabel(title, { exact: true });
  await leaf(SELF[0].title).fill("8");
  await expect(totalLine(page)).toHaveText("Tổng điểm: 8");
  await leaf(SELF[1].title).fill("9");
  await expect(totalLine(page)).toHaveText("Tổng điểm: 17");
  // Over the max is flagged when the cell is left.
  await leaf(SELF[2].title).fill("25");
  await leaf(SELF[2].title).blur();
  await expect(page.getByText("Tiêu chí 3: điểm vượt mức tối đa 20.")).toBeVisible();
  for (const { title, value } of SELF.slice(2)) await leaf(title).fill(value);
  await expect(page.getByText("Tiêu chí 3: điểm vượt mức tối đa 20.")).toHaveCount(0);
  await expect(page.getByText("Cộng nhóm: 42")).toBeVisible();
  await expect(page.getByText("Cộng nhóm: 44")).toBeVisible();
  await expect(totalLine(page)).toHaveText("Tổng điểm: 85");
  await expect(page.getByText("Chưa đạt đủ")).toBeVisible();
  await leaf(G1).selectOption({ label: "Đạt" });
  await expect(page.getByText("Đạt tất cả")).toBeVisible();
  await page.getByLabel("Giải trình tiêu chí 1").fill("Gửi đăng ký thi đua ngày 20/01/2026");
  await expect(page.getByText("Có thay đổi chưa lưu.")).toBeVisible();

  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.getByText("Đang chấm", { exact: true })).toBeVisible();
  await expect(page.getByText("Đã lưu.", { exact: true })).toBeVisible();
  await expect(page.getByText("Có thay đổi chưa lưu.")).toHaveCount(0);
  await expect(leaf(SELF[2].title)).toHaveValue("18");
  await expect(totalLine(page)).toHaveText("Tổng điểm: 85");
  // A second save keeps the page as it is and takes the sheet's new version (submitting below needs it).
  await page.getByLabel("Giải trình tiêu chí 2").fill("Đủ 4 báo cáo quý");
  await expect(page.getByText("Có thay đổi chưa lưu.")).toBeVisible();
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.getByText("Có thay đổi chưa lưu.")).toHaveCount(0);
  await expect(page.getByText("Đã lưu.", { exact: true })).toBeVisible();

  // Evidence for leaves 1 and 7 (required where a value claims points).
  await page.getByLabel("Tải minh chứng cho tiêu chí 1").setInputFiles(pdf("dang-ky-thi-dua.pdf"));
  await expect(page.getByRole("link", { name: "dang-ky-thi-dua.pdf" })).toBeVisible();
  await page.getByLabel("Tải minh chứng cho tiêu chí 7").setInputFiles(pdf("ho-so-khen-thuong.pdf"));
  await expect(page.getByRole("link", { name: "ho-so-khen-thuong.pdf" })).toBeVisible();
  await expectAccessible(page);

  // Submitting needs the head's approval: the officer records who approved.
  await page.getByLabel("Họ tên Thủ trưởng đã duyệt").fill(HEAD);
  await page.getByRole("button", { name: "Nộp phiếu chấm" }).click();
  await expect(page.getByText("Đã nộp", { exact: true })).toBeVisible();
  await expect(page.getByText(new RegExp(`^Nộp lúc \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}, Thủ trưởng duyệt: ${HEAD}$`))).toBeVisible();
  await expect(page.getByRole("button", { name: "Lưu nháp" })).toHaveCount(0);
  await expect(totalLine(page)).toHaveText("Tổng điểm: 85");
  await expectAccessible(page);
  await signOut(page);

  // (3) The leader reviews: a different value on leaf 3 needs a reason.
  await signIn(page, "truongkhoi");
  await visit(page, TTT_SHEET);
  await expect(page.getByRole("heading", { name: "Chấm chéo", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Đối chiếu các lớp điểm" })).toHaveCount(0);
  await leaf(SELF[2].title).fill("15");
  await expect(totalLine(page)).toHaveText("Tổng điểm: 82");
  const reasonMessage = "Tiêu chí 3: điểm khác với điểm bên dưới, cần ghi lý do.";
  await expect(page.getByRole("alert").filter({ hasText: reasonMessage })).toBeVisible();
  await page.getByRole("button", { name: "Lưu điểm" }).click();
  // Refused by the server too: the message is shown above the grid and nothing is stored.
  await expect(page.getByRole("status").filter({ hasText: reasonMessage })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Đối chiếu các lớp điểm" })).toHaveCount(0);
  await expect(page.getByText("Có thay đổi chưa lưu.")).toBeVisible();

  const reviewReason = "Hội nghị sơ kết tổ chức chậm so với kế hoạch";
  await page.getByLabel("Lý do cho tiêu chí 3").fill(reviewReason);
  // The flag on the leaf's row goes as soon as a reason is typed.
  await expect(page.getByRole("alert").filter({ hasText: reasonMessage })).toHaveCount(0);
  await page.getByRole("button", { name: "Lưu điểm" }).click();
  await expect(page.getByText("Có thay đổi chưa lưu.")).toHaveCount(0);
  await expect(leaf(SELF[2].title)).toHaveValue("15");
  await expect(page.getByLabel("Lý do cho tiêu chí 3")).toHaveValue(reviewReason);
  await expect(totalLine(page)).toHaveText("Tổng điểm: 82");

  // Side by side: self and reviewed values for leaf 3, with the reason; group and total differences.
  await expect(page.getByRole("heading", { name: "Đối chiếu các lớp điểm" })).toBeVisible();
  const byLeaf = page.getByRole("table", { name: "Điểm từng tiêu chí qua từng lớp" });
  const row3 = byLeaf.getByRole("row").filter({ has: page.getByRole("cell", { name: "3", exact: true }) });
  await expect(row3).toContainText(SELF[2].title);
  await expect(row3.getByRole("cell").nth(2)).toContainText("18");
  await expect(row3.getByRole("cell").nth(3)).toContainText("15");
  await expect(row3.getByRole("cell").nth(3)).toContainText(reviewReason);
  const row1 = byLeaf.getByRole("row").filter({ has: page.getByRole("cell", { name: "1", exact: true }) });
  await expect(row1.getByRole("cell").nth(2)).toContainText("8");
  await expect(row1.getByRole("cell").nth(3)).toHaveText("–");
  const byGroup = page.getByRole("table", { name: "Tổng điểm theo nhóm qua từng lớp" });
  await expect(byGroup.getByRole("row", { name: /^I\. / })).toContainText(/42\s*39 \(.3\)/);
  await expect(byGroup.getByRole("row", { name: /^Tổng điểm/ })).toContainText(/85\s*82/);
  // Nothing appraised yet: no appraisal column repeating the review's totals.
  await expect(byGroup.getByRole("columnheader")).toHaveText(["Nhóm", "Tự chấm", "Chấm chéo"]);
  await expect(byLeaf.getByRole("columnheader", { name: "Thẩm định" })).toHaveCount(0);
  await expectAccessible(page);

  // The leader finishes the review: the unit is told, and the grid is read-only from then on.
  await page.getByRole("button", { name: "Hoàn thành chấm điểm" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Hoàn thành", exact: true }).click();
  await expect(page.getByText(/^Đã hoàn thành chấm điểm lúc .+\(.+\)\.$/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Hoàn thành chấm điểm" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Lưu điểm" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Phiếu chấm", exact: true })).toBeVisible();
  await signOut(page);

  // (4) Another member unit's officer cannot open Thanh tra tỉnh's sheet.
  await signIn(page, "phokhoi");
  await visit(page, SCORING);
  await expect(page.getByRole("link", { name: "Mở phiếu chấm của đơn vị mình" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Thanh tra tỉnh", exact: true })).toHaveCount(0);
  // Not `visit`: like the other specs, the not-found page is not axe-checked (it has no <title>).
  await page.goto(TTT_SHEET);
  await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
  await expect(page.getByText("Phiếu chấm điểm của Thanh tra tỉnh")).toHaveCount(0);
});

/** dd/MM/yyyy of a day `days` after the later of now and the extended close, as typed into the return form. */
function resubmitDay(days: number) {
  const base = Math.max(Date.now(), Date.parse("2026-12-15T10:00:00Z"));
  const vn = new Date(base + days * 24 * 3600 * 1000 + 7 * 3600 * 1000);
  return [vn.getUTCDate(), vn.getUTCMonth() + 1, vn.getUTCFullYear()].map((n) => String(n).padStart(2, "0")).join("/");
}

test("the leader returns the sheet with a resubmission deadline; the unit's home and sheet say until when", async ({ page }) => {
  // After the 90-day extension above, so the deadline is the later of the two and is what the unit sees.
  const day = resubmitDay(120);
  await signIn(page, "truongkhoi");
  await visit(page, TTT_SHEET);
  await page.getByRole("button", { name: "Trả lại phiếu" }).click();
  await expect(page.getByText(/Để trống: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\./)).toBeVisible();
  await page.getByLabel("Lý do trả lại").fill("Tiêu chí 7 thiếu quyết định khen thưởng");
  const deadline = page.getByLabel("Hạn sửa và gửi lại", { exact: true });
  await deadline.fill("31/02/2027");
  await page.getByRole("button", { name: "Trả lại", exact: true }).click();
  await expect(page.getByText("Không có ngày 31/02/2027: tháng 2 năm 2027 chỉ có 28 ngày.")).toBeVisible();
  await deadline.fill(day);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Trả lại", exact: true }).click();
  const until = `Phiếu bị trả lại: đơn vị sửa và gửi lại trước ${day} 23:59.`;
  await expect(page.getByText(until)).toBeVisible();
  await expect(page.getByText("Bị trả lại", { exact: true })).toBeVisible();
  await signOut(page);

  await signIn(page, "donvi");
  await expect(page.getByText(`Gửi lại trước ${day} 23:59`)).toBeVisible();
  await expectAccessible(page);
  await visit(page, TTT_SHEET);
  await expect(page.getByText(until)).toBeVisible();
  await expect(page.getByText(`Hạn chấm điểm của đơn vị: ${day} 23:59`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Lưu nháp" })).toBeVisible();
});
