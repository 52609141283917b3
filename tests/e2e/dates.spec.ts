import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn, visit } from "./support";

// Dates read and show dd/MM/yyyy whatever the browser's language: the same steps run in a
// Vietnamese and an English browser, where the browser's own date input would read 03/04/2026 as
// 4 March. The file picker speaks Vietnamese in both.

const PLAN = "/blocs/bloc-cum-noi-vu-trung-du-mien-nui/years/2026/plan";
const NEW_CONFERENCE = "/blocs/bloc-noi-chinh-tinh/years/2026/conferences/new";

const addForm = (page: Page) => page.locator("section", { has: page.getByRole("heading", { name: "Thêm hoạt động vào kế hoạch" }) });

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`) });
}

for (const locale of ["vi-VN", "en-US"]) {
  test.describe(`a browser in ${locale}`, () => {
    test.use({ locale });
    test.describe.configure({ mode: "serial" });

    test("a plan item's dates are typed and picked as dd/MM/yyyy, stored as that day, and an impossible day is refused", async ({ page }) => {
      const title = `Giao lưu thể thao ngày 3 tháng 4 (${locale})`;
      await signIn(page, "bantdkt");
      await visit(page, PLAN);
      const form = addForm(page);
      await form.getByLabel("Nội dung hoạt động").fill(title);
      const start = form.getByLabel("Ngày bắt đầu", { exact: true });
      const end = form.getByLabel("Ngày kết thúc", { exact: true });

      // An impossible day is refused inline, in Vietnamese, before anything is sent.
      await start.fill("31/02/2026");
      await start.press("Tab");
      await expect(form.getByText("Không có ngày 31/02/2026: tháng 2 năm 2026 chỉ có 28 ngày.")).toBeVisible();
      await expect(start).toHaveAttribute("aria-invalid", "true");
      await expectAccessible(page);

      // d/M/yyyy is read day first and shown back as dd/MM/yyyy.
      await start.fill("03/04/2026");
      await end.fill("3/4/2026");
      await end.press("Tab");
      await expect(end).toHaveValue("03/04/2026");
      await expect(form.getByText(/Không có ngày/)).toHaveCount(0);
      await form.getByRole("button", { name: "Thêm hoạt động" }).click();
      await expect(page.getByText("Đã thêm hoạt động.")).toBeVisible();
      // The form is cleared for the next item.
      await expect(start).toHaveValue("");

      // Stored as 3 April: the list prints 03/04/2026 (4 March would print 04/03/2026), also after a reload.
      const item = () => page.getByRole("listitem").filter({ hasText: title });
      await expect(item()).toContainText("Thời gian: 03/04/2026 ·");
      await page.reload();
      await expect(item()).toContainText("Thời gian: 03/04/2026 ·");
      await expect(item()).not.toContainText("04/03/2026");

      // The edit form shows the stored day as typed; the calendar picks another.
      await item()
        .getByRole("button", { name: `Sửa hoạt động ${title}` })
        .click();
      const editStart = item().getByLabel("Ngày bắt đầu", { exact: true });
      const editEnd = item().getByLabel("Ngày kết thúc", { exact: true });
      await expect(editStart).toHaveValue("03/04/2026");
      await expect(editEnd).toHaveValue("03/04/2026");

      const openCalendar = item().getByRole("button", { name: "Mở lịch: Ngày kết thúc" });
      await openCalendar.click();
      const calendar = page.getByRole("dialog", { name: "Chọn ngày" });
      await expect(calendar).toBeVisible();
      await expect(openCalendar).toHaveAttribute("aria-expanded", "true");
      await expect(calendar.getByText("Tháng 4 năm 2026")).toBeVisible();
      await expect(calendar.getByRole("columnheader")).toHaveText(["T2", "T3", "T4", "T5", "T6", "T7", "CN"]);
      // 1 April 2026 is a Wednesday: the first row starts with two empty Monday and Tuesday cells.
      await expect(calendar.getByRole("row").nth(1).getByRole("gridcell").nth(2)).toHaveText("1");
      await expect(calendar.getByRole("button", { name: "Thứ Sáu, ngày 3 (03/04/2026)" })).toBeFocused();
      await expect(calendar.getByRole("gridcell", { selected: true })).toHaveText("3");
      await shoot(page, "calendar-1366x768");
      await expectAccessible(page);

      // Keyboard: a day on, Enter picks it and focus returns to the input.
      await page.keyboard.press("ArrowRight");
      await expect(calendar.getByRole("button", { name: "Thứ Bảy, ngày 4 (04/04/2026)" })).toBeFocused();
      await page.keyboard.press("ArrowDown");
      await expect(calendar.getByRole("button", { name: "Thứ Bảy, ngày 11 (11/04/2026)" })).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(calendar).toHaveCount(0);
      await expect(editEnd).toHaveValue("11/04/2026");
      await expect(editEnd).toBeFocused();

      // Escape closes without a change; Page Down and the buttons change the month.
      await openCalendar.click();
      await page.keyboard.press("PageDown");
      await expect(calendar.getByText("Tháng 5 năm 2026")).toBeVisible();
      await page.keyboard.press("Escape");
      await expect(calendar).toHaveCount(0);
      await expect(editEnd).toBeFocused();
      await expect(editEnd).toHaveValue("11/04/2026");

      await openCalendar.click();
      await calendar.getByRole("button", { name: "Tháng sau" }).click();
      await expect(calendar.getByText("Tháng 5 năm 2026")).toBeVisible();
      await calendar.getByRole("button", { name: "Thứ Hai, ngày 11 (11/05/2026)" }).click();
      await expect(editEnd).toHaveValue("11/05/2026");

      await item().getByRole("button", { name: "Lưu hoạt động" }).click();
      await expect(item()).toContainText("Thời gian: 03/04/2026 – 11/05/2026");
      await page.reload();
      await expect(item()).toContainText("Thời gian: 03/04/2026 – 11/05/2026");

      // The calendar on a phone: it stays within the screen.
      await page.setViewportSize({ width: 390, height: 844 });
      await addForm(page).getByRole("button", { name: "Mở lịch: Ngày kết thúc" }).click();
      const box = await calendar.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
      await shoot(page, "calendar-390x844");
      await expectAccessible(page);
    });

    test("a conference's date and time are typed as dd/MM/yyyy and 24-hour HH:mm", async ({ page }) => {
      const title = `Hội nghị giao ban quý II (${locale})`;
      await signIn(page, "bantdkt");
      await visit(page, NEW_CONFERENCE);
      await page.getByLabel("Loại hội nghị").selectOption("OTHER");
      const day = page.getByRole("textbox", { name: "Thời gian", exact: true });
      const time = page.getByLabel("Giờ (Thời gian)");

      await day.fill("30/02/2026");
      await time.fill("25:00");
      await time.press("Tab");
      await expect(page.getByText("Không có ngày 30/02/2026: tháng 2 năm 2026 chỉ có 28 ngày.")).toBeVisible();
      await day.fill("3/4/2026");
      await expect(page.getByText("Nhập giờ theo dạng 24 giờ (HH:mm), ví dụ 08:30.")).toBeVisible();
      await time.fill("14h30");
      await time.press("Tab");
      await expect(time).toHaveValue("14:30");
      await expect(page.getByText(/Nhập giờ/)).toHaveCount(0);

      await page.getByLabel("Tên hội nghị").fill(title);
      await page.getByRole("button", { name: "Tạo hội nghị" }).click();
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
      // 3 April at 14:30 Vietnam time, not 4 March and not 2:30.
      await expect(page.getByText("03/04/2026 14:30").first()).toBeVisible();
      await page.reload();
      await expect(page.getByText("03/04/2026 14:30").first()).toBeVisible();
    });

    test("the file picker is labelled in Vietnamese", async ({ page }) => {
      await signIn(page, "bantdkt");
      await visit(page, "/imports/scores");
      const input = page.getByLabel("Tệp Excel (.xlsx)");
      await expect(page.getByText("Chọn tệp…")).toBeVisible();
      await expect(page.getByText("Chưa chọn tệp nào")).toBeVisible();
      await expect(page.getByText(/Choose File|No file chosen/)).toHaveCount(0);
      // The native input is still there for the keyboard and for screen readers.
      await input.focus();
      await expect(input).toBeFocused();
      await input.setInputFiles({
        name: "diem-tu-cham.xlsx",
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: Buffer.from("x"),
      });
      await expect(page.getByText("diem-tu-cham.xlsx")).toBeVisible();
      await expect(page.getByText("Chưa chọn tệp nào")).toHaveCount(0);
      await expectAccessible(page);
    });
  });
}
