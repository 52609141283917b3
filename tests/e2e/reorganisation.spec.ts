import { expect, test } from "@playwright/test";
import { signIn, visit } from "./support";

// Board staff record a merge through the form: Hội Luật gia tỉnh Hà Nam (no longer in a bloc in
// 2026, used by no other spec) into a new unit from the provinces' merger of 01/07/2025; the new
// unit's page then carries its predecessor's years, marked as theirs. Screenshots of both pages at
// a laptop's and a phone's size go to the test's output folder for review.
const stamp = Date.now().toString(36).toUpperCase();
const successor = { code: `NB-HLG-${stamp}`, name: `Hội Luật gia tỉnh Ninh Bình ${stamp}` };

test("board staff merge a unit into a new one and its history follows", async ({ page }, info) => {
  await signIn(page, "bantdkt");
  await visit(page, "/reorganisation");
  await expect(page.getByRole("heading", { level: 1, name: "Sắp xếp, tổ chức lại" })).toBeVisible();
  // The demo's merge of 01/03/2025 is listed with its decision, naming Sở Nội vụ as it was then.
  await expect(
    page.getByRole("row", { name: /01\/03\/2025.*Hợp nhất.*Sở Lao động - Thương binh và Xã hội tỉnh Hà Nam hợp nhất vào Sở Nội vụ tỉnh Hà Nam.*25\/QĐ-UBND/ }),
  ).toBeVisible();
  // The provinces' merger of 01/07/2025: a department absorbs its counterparts and takes the new
  // province's name by the province's decision; the police's new name is by the resolution.
  await expect(
    page.getByRole("row", { name: /01\/07\/2025.*Hợp nhất.*Sở Nội vụ tỉnh Nam Định.*hợp nhất vào Sở Nội vụ tỉnh Ninh Bình.*01\/QĐ-UBND/ }),
  ).toBeVisible();
  await expect(
    page.getByRole("row", {
      name: /01\/07\/2025.*Đổi tên.*Công an tỉnh Hà Nam đổi tên thành Công an tỉnh Ninh Bình.*Nghị quyết số 202\/2025\/QH15 ngày 12\/06\/2025 của Quốc hội/,
    }),
  ).toBeVisible();

  const form = page.locator("form", { has: page.getByRole("button", { name: "Ghi nhận hợp nhất" }) });
  await form.getByRole("checkbox", { name: "Hội Luật gia tỉnh Hà Nam" }).check();
  await form.getByLabel("Mã đơn vị mới").fill(successor.code);
  await form.getByLabel("Tên đơn vị mới").fill(successor.name);
  await form.getByLabel("Tên viết tắt").fill("Hội Luật gia");
  await form.getByLabel("Số quyết định").fill("1678/QĐ-UBND");
  await form.getByRole("textbox", { name: "Ngày quyết định", exact: true }).fill("30/06/2025");
  await form.getByLabel("Cơ quan ban hành").fill("UBND tỉnh Ninh Bình");
  await form.getByRole("textbox", { name: "Ngày có hiệu lực", exact: true }).fill("01/07/2025");
  await form.getByRole("button", { name: "Ghi nhận hợp nhất" }).click();
  await expect(form.getByText("Đã ghi nhận việc hợp nhất.")).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(`01/07/2025.*Hội Luật gia tỉnh Hà Nam hợp nhất vào ${successor.name}`) })).toBeVisible();

  for (const [w, h] of [
    [1366, 768],
    [390, 844],
  ]) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: info.outputPath(`reorganisation-${w}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 768 });

  await visit(page, "/units?q=" + encodeURIComponent(successor.code));
  await page.getByRole("link", { name: successor.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: successor.name })).toBeVisible();
  await expect(page.getByText("Lịch sử của các đơn vị trước hợp nhất")).toBeVisible();
  await expect(page.getByRole("row", { name: /Hội Luật gia \(trước hợp nhất\).*2021.*Khối thi đua Nội chính tỉnh Ninh Bình.*Thành viên/ })).toBeVisible();
  for (const [w, h] of [
    [1366, 768],
    [390, 844],
  ]) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: info.outputPath(`successor-${w}.png`), fullPage: true });
  }
});
