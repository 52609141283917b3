import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn, signOut, visit } from "./support";

const BLOC = "/blocs/bloc-noi-chinh-tinh";
const MID_YEAR = "Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2026";
const TITLE = "Quy chế tổ chức và hoạt động của Khối thi đua các cơ quan Nội chính tỉnh";
const SHOTS = process.env.SCREENSHOT_DIR;
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

// Screenshots for a person to look at (SCREENSHOT_DIR set), at a laptop's and a phone's size.
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

test("board staff file the decision and the draft regulation; the leader records its adoption at the mid-year conference", async ({ page }) => {
  await signIn(page, "bantdkt");
  await visit(page, BLOC);
  await expect(page.getByText("Khối, cụm chưa có quy chế được thông qua.")).toBeVisible();

  // The decision goes into the bloc's library.
  await page.getByRole("link", { name: "Văn bản", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Văn bản của/ })).toBeVisible();
  await page.getByLabel("Trích yếu").fill("Quyết định ban hành Quy chế tổ chức và hoạt động của Khối");
  await page.getByLabel("Loại văn bản").selectOption("REGULATION");
  await page.getByLabel("Số ký hiệu").fill("05/QĐ-KNC");
  await page.getByRole("textbox", { name: "Ngày ban hành", exact: true }).fill("22/07/2026");
  await page.getByLabel("Cơ quan ban hành").fill("Sở Nội vụ (Trưởng khối)");
  await page.getByRole("button", { name: "Thêm văn bản" }).click();
  await expect(page.getByText("Đã thêm văn bản.")).toBeVisible();
  await expect(page.getByText("05/QĐ-KNC", { exact: true })).toBeVisible();
  // Its signed copy.
  await page.getByText("Tệp văn bản").click();
  await page.getByLabel("Chọn tệp để tải lên").setInputFiles({ name: "05-qd-knc.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Tải lên", exact: true }).click();
  await expect(page.getByRole("link", { name: "Tải về: 05-qd-knc.pdf" })).toBeVisible();
  await expectAccessible(page);

  // The council's decision on this year's leadership: the rotation planner links to it.
  await page.getByLabel("Trích yếu").fill("Quyết định phân công Trưởng khối, Phó trưởng khối năm 2026");
  await page.getByLabel("Loại văn bản").selectOption("LEADERSHIP_DECISION");
  await page.getByLabel("Số ký hiệu").fill("19/QĐ-HĐTĐKT");
  await page.getByRole("textbox", { name: "Ngày ban hành", exact: true }).fill("12/01/2026");
  await page.getByLabel("Cơ quan ban hành").fill("Hội đồng Thi đua - Khen thưởng tỉnh");
  await page.getByRole("button", { name: "Thêm văn bản" }).click();
  await expect(page.getByText("19/QĐ-HĐTĐKT", { exact: true })).toBeVisible();
  await visit(page, `${BLOC}/rotation?from=2025`);
  await page.getByRole("link", { name: "Quyết định: 19/QĐ-HĐTĐKT – Quyết định phân công Trưởng khối, Phó trưởng khối năm 2026" }).click();
  await expect(page.getByRole("heading", { name: "1 văn bản" })).toBeVisible();
  await visit(page, `${BLOC}/library`);

  // Found without diacritics.
  await page.getByRole("searchbox", { name: "Tìm văn bản" }).fill("quy che to chuc");
  await page.getByRole("button", { name: "Tìm", exact: true }).click();
  await expect(page).toHaveURL(/q=quy\+che\+to\+chuc/);
  await expect(page.getByText("Quyết định ban hành Quy chế tổ chức và hoạt động của Khối", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "1 văn bản" })).toBeVisible();
  await shoot(page, "library");

  // The draft.
  await visit(page, `${BLOC}/regulation`);
  await page.getByLabel("Tên quy chế").fill(TITLE);
  await page.getByLabel("Nội dung").fill("Chương I. Những quy định chung\nĐiều 1. Phạm vi điều chỉnh");
  await page.getByRole("button", { name: "Thêm dự thảo" }).click();
  await expect(page.getByText("Đã thêm dự thảo.")).toBeVisible();
  await expect(page.getByText("Dự thảo", { exact: true })).toBeVisible();
  await signOut(page);

  // The leader records that the mid-year conference adopted it by the decision.
  await signIn(page, "truongkhoi");
  await visit(page, `${BLOC}/regulation`);
  await page.getByRole("button", { name: "Ghi nhận thông qua" }).click();
  await page.getByRole("textbox", { name: "Ngày thông qua", exact: true }).fill("22/07/2026");
  await page.getByLabel("Hội nghị thông qua").selectOption({ label: `${MID_YEAR} (22/07/2026)` });
  await page.getByLabel("Quyết định ban hành (trong Văn bản)").selectOption({ label: "05/QĐ-KNC – Quyết định ban hành Quy chế tổ chức và hoạt động của Khối" });
  await page.getByRole("region", { name: "Ghi nhận thông qua" }).getByRole("button", { name: "Ghi nhận thông qua" }).click();
  await expect(page.getByText("Đang có hiệu lực", { exact: true })).toBeVisible();
  await expectAccessible(page);
  await shoot(page, "regulation");

  // The bloc's page shows it in force, with the conference and the decision.
  await visit(page, BLOC);
  await expect(page.getByText(`${TITLE}, thông qua ngày 22/07/2026`)).toBeVisible();
  await expect(page.getByRole("link", { name: `Tại: ${MID_YEAR}` })).toBeVisible();
  await shoot(page, "bloc");
  await page.getByRole("link", { name: `Tại: ${MID_YEAR}` }).click();
  await expect(page.getByText(`Hội nghị này đã thông qua: ${TITLE}`)).toBeVisible();
  // The quorum it applies names the regulation.
  await expect(page.getByTestId("regulation-source").first()).toHaveText(`Theo ${TITLE} (ngày 22/07/2026)`);
  await expectAccessible(page);
  await shoot(page, "conference");
  // So do the year's tie-break rules and award quotas.
  await visit(page, `${BLOC}/years/2026/awards`);
  await expect(page.getByTestId("regulation-source")).toHaveText(`Theo ${TITLE} (ngày 22/07/2026)`);
  await signOut(page);

  // The deputy's unit (never a leader of this bloc) reads the library and the regulation, and changes neither.
  await signIn(page, "phokhoi");
  await visit(page, `${BLOC}/library`);
  await expect(page.getByText("05/QĐ-KNC", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Thêm văn bản" })).toHaveCount(0);
  await visit(page, `${BLOC}/regulation`);
  await expect(page.getByRole("button", { name: "Ghi nhận thông qua" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Thêm dự thảo" })).toHaveCount(0);
});
