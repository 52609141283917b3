import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn, signOut, visit } from "./support";

// Demo data (prisma/seed/scores.ts): the Trung du cluster's 2026 year is scored and reviewed.
// Hòa Bình 97; Bắc Giang and Phú Thọ tie on 95 and the published rules separate them by group I
// (46 > 44); Phú Thọ fails the gate G1; then Thái Nguyên 93 (the leader: cumtruong, its head),
// Yên Bái 89, Bắc Kạn 88, Tuyên Quang 82. Quotas: the flag 1 unit, certificates of merit 2.
const YEAR = "/blocs/bloc-cum-noi-vu-trung-du-mien-nui/years/2026";
const RANKING = `${YEAR}/ranking`;
const AWARDS = `${YEAR}/awards`;
const FLAG = "Cờ thi đua của Ủy ban nhân dân tỉnh";
const MERIT = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh";

test.describe.configure({ mode: "serial" });

async function confirm(page: Page, button: string, confirmLabel = button) {
  await page.getByRole("button", { name: button, exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: confirmLabel, exact: true }).click();
  await expect(dialog).toBeHidden();
}

const rankingRows = (page: Page) => page.getByRole("table").first().locator("tbody tr");

test("the leader signs the ranking off, the board approves, a member then sees the ranking and the chart", async ({ page }) => {
  // (1) A member sees nothing before the ranking is signed off and approved.
  await signIn(page, "cumvien");
  await visit(page, RANKING);
  await expect(page.getByText("Kết quả xếp hạng chỉ được công khai cho các đơn vị thành viên")).toBeVisible();
  await expect(page.getByText("Sở Nội vụ tỉnh Hòa Bình")).toHaveCount(0);
  await signOut(page);

  // (2) The leader's head sees the live ranking, each rank explained, and signs it off.
  await signIn(page, "cumtruong");
  await visit(page, RANKING);
  await expect(page.getByText("Tạm tính", { exact: true }).first()).toBeVisible();
  const rows = rankingRows(page);
  await expect(rows).toHaveCount(7);
  await expect(rows.nth(0)).toContainText("Sở Nội vụ tỉnh Hòa Bình");
  await expect(rows.nth(0)).toContainText("97");
  await expect(rows.nth(1)).toContainText("Sở Nội vụ tỉnh Bắc Giang");
  await expect(rows.nth(1)).toContainText("Bằng điểm; hơn ở điểm nhóm I (46 > 44)");
  await expect(rows.nth(2)).toContainText("Sở Nội vụ tỉnh Phú Thọ");
  await expect(rows.nth(2)).toContainText("Không đạt: G1");
  await confirm(page, "Ký xác nhận");
  await expect(page.getByText(/^Đã ký: Đặng Quốc Khánh ký xác nhận lúc/)).toBeVisible();
  await expectAccessible(page);

  // The sheets are locked: the leader's own sheet says so.
  await visit(page, `${YEAR}/scoring/unit-tn-so-noi-vu`);
  await expect(page.getByText(/Phiếu chấm đã bị khóa/).first()).toBeVisible();
  await signOut(page);

  // (3) The board approves.
  await signIn(page, "bantdkt");
  await visit(page, RANKING);
  await confirm(page, "Phê duyệt");
  await expect(page.getByText(/^Đã phê duyệt lúc/)).toBeVisible();
  await expectAccessible(page);
  // …and publishes the approved ranking: a read-only page anyone can open without signing in.
  await confirm(page, "Bật trang công khai");
  const publicLink = page.getByRole("link", { name: /^\/cong-khai\/xep-hang\// });
  await expect(publicLink).toBeVisible();
  const publicPath = (await publicLink.getAttribute("href"))!;
  await signOut(page);
  await visit(page, publicPath);
  await expect(page.getByRole("heading", { name: "Kết quả xếp hạng thi đua năm 2026" })).toBeVisible();
  await expect(rankingRows(page).nth(0)).toContainText("Sở Nội vụ tỉnh Hòa Bình");
  await expect(page.getByText("Hội nghị sơ kết tổ chức chậm so với kế hoạch.")).toHaveCount(0);

  // (4) The member now sees the ranking, the chart, and another unit's sheet.
  await signIn(page, "cumvien");
  await visit(page, RANKING);
  await expect(rankingRows(page).nth(0)).toContainText("Sở Nội vụ tỉnh Hòa Bình");
  await expect(page.getByRole("img", { name: /Tổng điểm của từng đơn vị theo nhóm tiêu chí năm 2026/ })).toBeVisible();
  await page.getByRole("link", { name: "Sở Nội vụ tỉnh Hòa Bình" }).first().click();
  await expect(page).toHaveURL(new RegExp(`${YEAR}/scoring/unit-hb-so-noi-vu$`));
  await expect(page.getByText("Hội nghị sơ kết tổ chức chậm so với kế hoạch.").first()).toBeVisible();
  await expectAccessible(page);
  await signOut(page);
});

test("the leader proposes awards within the quotas; an over-quota submit is refused with the reason; the minutes download", async ({ page }) => {
  await signIn(page, "cumtruong");
  await visit(page, AWARDS);
  await confirm(page, "Lập đề nghị từ kết quả xếp hạng");

  // Drafted from the ranking: the leading unit for the flag, the next two that pass the gate for certificates (Phú Thọ is skipped).
  const nominees = page.locator("main table");
  await expect(nominees.getByRole("rowheader", { name: "Sở Nội vụ tỉnh Hòa Bình" })).toBeVisible();
  await expect(nominees.getByRole("rowheader", { name: "Sở Nội vụ tỉnh Bắc Giang" })).toBeVisible();
  await expect(nominees.getByRole("rowheader", { name: "Sở Nội vụ tỉnh Thái Nguyên" })).toBeVisible();
  await expect(nominees.getByRole("rowheader", { name: "Sở Nội vụ tỉnh Phú Thọ" })).toHaveCount(0);
  await expectAccessible(page);

  // A third certificate breaks the quota of two: the submit is refused and says why.
  await page.getByRole("combobox", { name: "Đơn vị", exact: true }).selectOption({ label: "Sở Nội vụ tỉnh Yên Bái" });
  await page.getByRole("combobox", { name: "Hình thức khen thưởng", exact: true }).selectOption({ label: MERIT });
  await page.getByRole("button", { name: "Thêm", exact: true }).click();
  await expect(nominees.getByRole("rowheader", { name: "Sở Nội vụ tỉnh Yên Bái" })).toBeVisible();
  const overQuota = `Vượt chỉ tiêu "${MERIT}": chỉ tiêu 2 đơn vị, đề nghị 3 đơn vị.`;
  // The page warns before the submit (once); the refused submit says it again under the form.
  await expect(page.getByText(overQuota)).toHaveCount(1);
  await page.getByRole("textbox", { name: "Số tờ trình" }).fill("12/TTr-CSNV");
  await page.getByRole("button", { name: "Gửi đề nghị tới Ban Thi đua - Khen thưởng" }).click();
  await expect(page.getByText(overQuota)).toHaveCount(2);
  await expect(page.getByText("Dự thảo", { exact: true }).first()).toBeVisible();

  // Back within the quota, the submit goes through.
  await nominees.getByRole("button", { name: "Bỏ Sở Nội vụ tỉnh Yên Bái khỏi đề nghị", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("Bỏ Sở Nội vụ tỉnh Yên Bái khỏi đề nghị");
  await dialog.getByRole("button", { name: "Bỏ", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(nominees.getByRole("rowheader", { name: "Sở Nội vụ tỉnh Yên Bái" })).toHaveCount(0);
  await page.getByRole("button", { name: "Gửi đề nghị tới Ban Thi đua - Khen thưởng" }).click();
  await expect(page.getByText("Đã gửi", { exact: true }).first()).toBeVisible();
  await expect(page.getByText(FLAG).first()).toBeVisible();
  await expectAccessible(page);

  // The review meeting minutes download as a Word document.
  const dossier = page.getByRole("region", { name: "Hồ sơ đề nghị khen thưởng" });
  const [download] = await Promise.all([page.waitForEvent("download"), dossier.getByRole("link", { name: /Tải DOCX.*biên bản họp bình xét/i }).click()]);
  expect(download.suggestedFilename()).toBe("bien-ban-binh-xet_TDMN-SNV_2026.docx");
  const bytes = await download.createReadStream().then(async (s) => {
    const chunks: Buffer[] = [];
    for await (const c of s) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  });
  expect(bytes.subarray(0, 2).toString()).toBe("PK");
  await signOut(page);
});
