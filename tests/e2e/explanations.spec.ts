import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn, signOut, visit } from "./support";

// Giải trình in the Trung du cluster's 2026 year (prisma/seed/scores.ts): the leader (cumtruong)
// cut Hòa Bình's leaf 3 from 19 to 18 and Yên Bái's leaf 8 in review. The leader opens a short
// window; sign-off is refused while the units may still answer; Hòa Bình's officer (an account
// the administrator creates here: the demo has none for Hòa Bình) explains; the leader keeps
// the score with a reason. The spec then waits for the window to close, so the ranking spec,
// which signs the year off, finds nothing awaited. Screenshots go to test-results/screenshots.

const YEAR = "/blocs/bloc-cum-noi-vu-trung-du-mien-nui/years/2026";
const HB_SHEET = `${YEAR}/scoring/unit-hb-so-noi-vu`;
const PASSWORD = "Đồi chè xanh mướt 2026";
const WINDOW_MINUTES = 3;
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

const SIZES = [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
];

async function screenshots(page: Page, name: string, heading = "Giải trình") {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    await page.getByRole("heading", { name: heading }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screenshots/${name}-${size.width}x${size.height}.png` });
  }
  await page.setViewportSize(SIZES[0]);
}

/** A wall time in Vietnam `minutes` ahead, as the date and time fields take it. */
function vietnamTime(minutes: number) {
  const d = new Date(Date.now() + minutes * 60_000 + 7 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return { day: `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`, time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` };
}

// A step that cannot happen fails in seconds, not at the end of the long test's time.
test.use({ actionTimeout: 30_000 });

const leaf = (page: Page, code: string) => page.locator(`li[data-leaf="${code}"]`);

test("a unit answers a cut score and the leader keeps it with a reason before sign-off", async ({ page }) => {
  test.setTimeout(600_000);
  // (0) An officer account for Hòa Bình, with a password set through its link.
  await signIn(page, "admin");
  await page.goto("/users/new");
  await page.getByLabel("Họ và tên").fill("Bùi Thị Lan");
  await page.getByLabel("Tên đăng nhập").fill("hb.thidua");
  await page.getByLabel("Vai trò").selectOption("UNIT_OFFICER");
  await page.getByRole("combobox", { name: "Đơn vị", exact: true }).selectOption("unit-hb-so-noi-vu");
  await page.getByRole("button", { name: "Thêm người dùng" }).click();
  const link = (await page.getByTestId("set-password-link").textContent())!;
  await signOut(page);
  await page.goto(link);
  await page.getByLabel(/^Mật khẩu mới/).fill(PASSWORD);
  await page.getByLabel("Nhập lại mật khẩu mới").fill(PASSWORD);
  await page.getByRole("button", { name: "Đặt mật khẩu" }).click();
  await expect(page.getByText(/Đã đặt mật khẩu/)).toBeVisible();

  // (1) The leader opens the window from a reviewed sheet.
  await signIn(page, "cumtruong");
  await visit(page, HB_SHEET);
  await expect(page.getByText("Chưa mở thời hạn giải trình.")).toBeVisible();
  // The demo's review is finished (prisma/seed/scores.ts): the unit is told to answer.
  await expect(page.getByText(/^Đã hoàn thành chấm điểm lúc/)).toBeVisible();
  const until = vietnamTime(WINDOW_MINUTES);
  await page.getByRole("textbox", { name: "Giải trình đến", exact: true }).fill(until.day);
  await page.getByLabel("Giờ (Giải trình đến)").fill(until.time);
  await page.getByRole("button", { name: "Mở thời hạn giải trình" }).click();
  await expect(page.getByText(`Đơn vị giải trình đến hết ${until.day} ${until.time}.`)).toBeVisible();
  await expect(leaf(page, "3")).toContainText("Hội nghị sơ kết tổ chức chậm so với kế hoạch.");
  await expect(leaf(page, "3")).toContainText("Chờ đơn vị trả lời");

  // (2) Sign-off is refused while the units may still answer, naming them.
  await visit(page, `${YEAR}/ranking`);
  await page.getByRole("button", { name: "Ký xác nhận", exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Ký xác nhận", exact: true }).click();
  await expect(page.getByText(/Chưa thể ký kết quả xếp hạng: còn chờ giải trình .*Sở Nội vụ tỉnh Hòa Bình/)).toBeVisible();
  await page.getByRole("dialog").getByRole("button", { name: "Hủy", exact: true }).click();
  await expect(page.getByRole("dialog")).toBeHidden();
  await signOut(page);

  // (3) Hòa Bình explains its leaf 3.
  await signIn(page, "hb.thidua", PASSWORD);
  await visit(page, HB_SHEET);
  await leaf(page, "3").getByLabel("Nội dung giải trình").fill("Hội nghị sơ kết lùi một tuần theo chỉ đạo của Ủy ban nhân dân tỉnh (Công văn số 215).");
  await leaf(page, "3").getByRole("button", { name: "Gửi ý kiến" }).click();
  await expect(leaf(page, "3")).toContainText("Đơn vị giải trình (Bùi Thị Lan");
  await expect(leaf(page, "3")).toContainText("Chờ người chấm quyết định");
  // …with the document as evidence, kept with the answer.
  await leaf(page, "3")
    .getByLabel("Đính kèm minh chứng cho giải trình tiêu chí 3")
    .setInputFiles({ name: "cong-van-215.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(leaf(page, "3").getByRole("link", { name: "cong-van-215.pdf" })).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, "explanation-answered");
  await signOut(page);

  // (4) The leader keeps the score, with the reason.
  await signIn(page, "cumtruong");
  await visit(page, HB_SHEET);
  await expect(leaf(page, "3")).toContainText("Công văn số 215");
  // The reviewer reads the unit's evidence before deciding.
  const evidence = leaf(page, "3").getByRole("link", { name: "cong-van-215.pdf" });
  const file = await page.request.get((await evidence.getAttribute("href"))!);
  expect(file.status()).toBe(200);
  expect((await file.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await leaf(page, "3").getByLabel("Lý do").fill("Công văn cho phép lùi hội nghị không áp dụng cho Khối; giữ nguyên điểm.");
  await leaf(page, "3").getByRole("button", { name: "Lưu quyết định" }).click();
  await expect(leaf(page, "3")).toContainText("Giữ nguyên điểm (Đặng Quốc Khánh");
  await expect(leaf(page, "3")).toContainText("không áp dụng cho Khối");
  await expectAccessible(page);
  await screenshots(page, "explanation-decided");

  // (5) The window closes; nothing is awaited any more (the ranking spec signs the year off).
  await expect(async () => {
    await page.reload();
    await expect(page.getByText(/^Đã hết thời hạn giải trình/)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: (WINDOW_MINUTES + 2) * 60_000, intervals: [15_000] });
  await visit(page, `${YEAR}/scoring/unit-yb-so-noi-vu`);
  await expect(leaf(page, "8")).toContainText("Đơn vị không trả lời trong thời hạn");

  // (6) Fair cross-review: the leader sees the balanced proposal on the scoring page (not applied here).
  await visit(page, `${YEAR}/scoring`);
  await expect(page.getByRole("heading", { name: "Phân công chấm chéo cân đối" })).toBeVisible();
  await expect(page.getByText("Sở Nội vụ tỉnh Bắc Giang do Sở Nội vụ tỉnh Bắc Kạn chấm")).toBeVisible();
  await screenshots(page, "balanced-review", "Phân công chấm chéo cân đối");
});
