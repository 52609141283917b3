import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn, signOut, visit } from "./support";

// Numbers typed with a decimal comma or a point are the same value in a Vietnamese and an
// English browser (a `type="number"` input read "0,5" as 5 in some locales), are shown back
// with a comma, and a malformed or out-of-range one is refused beside its field before saving.
// Demo data (prisma/seed): Sở Tư pháp (phokhoi) scores the Nội chính bloc's 2026 sheet (Thanh tra
// tỉnh's is left untouched for scoring.spec.ts), whose
// leaves 1 and 2 have a max of 10; board staff (bantdkt) set that year's award quotas and add
// criteria to the Hà Giang bloc's 2026 set (a draft, or none yet).
const YEAR = "/blocs/bloc-noi-chinh-tinh/years/2026";
const SHEET = `${YEAR}/scoring/unit-nc-so-tu-phap`;
const HG_CRITERIA = "/blocs/bloc-xay-dung-dang-ha-giang/years/2026/criteria";
const LEAF_1 = "Chia cụm, khối; gửi đăng ký thi đua đúng hạn";
const LEAF_2 = "Thực hiện nội dung giao ước, tham gia hoạt động cụm, khối";

test.describe.configure({ mode: "serial" });

async function typeAndLeave(page: Page, label: string, text: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(text);
  await field.blur();
  return field;
}

for (const { locale, point } of [
  { locale: "vi-VN", point: "," },
  { locale: "en-US", point: "." },
]) {
  test.describe(`in a ${locale} browser`, () => {
    test.use({ locale });

    test("a score typed with a comma or a point is saved as typed; a bad one is refused naming the criterion", async ({ page }) => {
      await signIn(page, "phokhoi");
      await visit(page, SHEET);
      // The locale's own decimal mark, and the other one, read the same.
      const half = await typeAndLeave(page, LEAF_1, `0${point}5`);
      await expect(half).toHaveValue("0,5");
      const other = point === "," ? "." : ",";

      for (const [typed, message] of [
        ["9,5,1", "Tiêu chí 2: điểm không hợp lệ, dùng dấu phẩy cho phần thập phân, tối đa 2 chữ số sau dấu phẩy."],
        ["1.000", "Tiêu chí 2: tối đa 2 chữ số sau dấu phẩy (ví dụ 0,25); không dùng dấu phân cách hàng nghìn."],
        ["95", "Tiêu chí 2: điểm vượt mức tối đa 10."],
      ]) {
        const field = await typeAndLeave(page, LEAF_2, typed);
        await expect(page.getByText(message)).toBeVisible();
        await expect(field).toHaveValue(typed); // never rewritten into something else
        await expect(field).toHaveAttribute("aria-invalid", "true");
      }
      // How a refused cell looks on a laptop and a phone (kept with the test results for review).
      for (const [width, height] of [
        [1366, 768],
        [390, 844],
      ]) {
        await page.setViewportSize({ width, height });
        await page.getByLabel(LEAF_2, { exact: true }).scrollIntoViewIfNeeded();
        await page.screenshot({ path: `test-results/numbers-grid-${locale}-${width}x${height}.png` });
      }
      await page.setViewportSize({ width: 1280, height: 720 });
      // The save is blocked until the value is fixed.
      await page.getByRole("button", { name: "Lưu nháp" }).click();
      await expect(page.getByText("Có điểm chưa hợp lệ (xem thông báo ở từng tiêu chí): sửa rồi lưu lại.", { exact: false })).toBeVisible();
      await expect(page.getByLabel(LEAF_2, { exact: true })).toBeFocused();
      await expect(page.getByText("Đã lưu.", { exact: true })).toHaveCount(0);

      const fixed = await typeAndLeave(page, LEAF_2, `9${other}5`);
      await expect(fixed).toHaveValue("9,5");
      await expect(page.getByText("Tiêu chí 2:")).toHaveCount(0);
      await page.getByRole("button", { name: "Lưu nháp" }).click();
      await expect(page.getByText("Đã lưu.", { exact: true })).toBeVisible();

      await page.reload();
      await expect(page.getByLabel(LEAF_1, { exact: true })).toHaveValue("0,5");
      await expect(page.getByLabel(LEAF_2, { exact: true })).toHaveValue("9,5");
      await expect(page.getByText("Cộng nhóm: 10", { exact: false })).toBeVisible();
      await expectAccessible(page);
      await signOut(page);
    });

    test("max points and a quota take the shared parser", async ({ page }) => {
      await signIn(page, "bantdkt");

      // Max points of a new criterion: "12.5" and "12,5" are 12,5; "1.000" is refused.
      await visit(page, HG_CRITERIA);
      const create = page.getByRole("button", { name: "Tạo bảng tiêu chí" });
      if (await create.isVisible()) {
        await create.click();
        await expect(page.getByText("Bản nháp", { exact: true })).toBeVisible();
      }
      const code = locale === "vi-VN" ? "N1" : "N2";
      // Required fields' labels end in an aria-hidden "*": match the accessible name.
      await page.getByRole("textbox", { name: "Mã", exact: true }).first().fill(code);
      await page.getByRole("textbox", { name: "Tên tiêu chí", exact: true }).first().fill(`Tiêu chí số thập phân ${locale}`);
      await page.getByRole("combobox", { name: "Loại", exact: true }).first().selectOption("STANDARD");
      const max = await typeAndLeave(page, "Điểm tối đa", "1.000");
      await expect(page.getByText("Điểm tối đa: Tối đa 2 chữ số sau dấu phẩy; không dùng dấu phân cách hàng nghìn.")).toBeVisible();
      await page.getByRole("button", { name: "Thêm", exact: true }).first().click();
      await expect(max).toBeFocused();
      await max.fill(`12${point}5`);
      await max.blur();
      await expect(max).toHaveValue("12,5");
      await page.getByRole("button", { name: "Thêm", exact: true }).first().click();
      await expect(page.getByRole("row").filter({ hasText: `Tiêu chí số thập phân ${locale}` })).toContainText("12,5");
      await page.reload();
      await expect(page.getByRole("row").filter({ hasText: `Tiêu chí số thập phân ${locale}` })).toContainText("12,5");

      // A quota is a whole number: "2,5" is refused, "3" kept.
      await visit(page, `${YEAR}/awards`);
      const quota = page.getByLabel("Số đơn vị", { exact: true }).first();
      await quota.fill("2,5");
      await quota.blur();
      await expect(page.getByText("Số đơn vị: Nhập số nguyên, không có dấu phẩy hay dấu chấm.").first()).toBeVisible();
      await page.getByRole("button", { name: "Lưu chỉ tiêu" }).first().click();
      await expect(page.getByText("Đã lưu chỉ tiêu.")).toHaveCount(0);
      await quota.fill("3");
      await page.getByLabel("Hoặc tỷ lệ (%)", { exact: true }).first().fill(""); // a count or a percentage, not both
      await page.getByRole("button", { name: "Lưu chỉ tiêu" }).first().click();
      await expect(page.getByText("Đã lưu chỉ tiêu.")).toBeVisible();
      await page.reload();
      await expect(page.getByLabel("Số đơn vị", { exact: true }).first()).toHaveValue("3");
      await signOut(page);
    });
  });
}
