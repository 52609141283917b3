import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn, signOut, visit } from "./support";

// Demo data (prisma/seed/data.ts): the 2026 pledge of Khối thi đua các cơ quan Nội chính tỉnh is open
// and signed by 3 of its 8 members; Thanh tra tỉnh (donvi, thutruong) and Sở Nội vụ (truongkhoi) have
// not signed. Cụm Sở Nội vụ Trung du và Miền núi phía Bắc has no pledge for 2026 and no unit accounts.
const NC_PLEDGE = "/blocs/bloc-noi-chinh-tinh/years/2026/pledge";
const TD_PLEDGE = "/blocs/bloc-cum-noi-vu-trung-du-mien-nui/years/2026/pledge";
const TD_PLAN = "/blocs/bloc-cum-noi-vu-trung-du-mien-nui/years/2026/plan";

/** The "Đã ký x/y đơn vị" count of the progress view. */
async function signedCount(page: Page, total: number) {
  const text = await page.getByText(new RegExp(`^Đã ký \\d+/${total} đơn vị$`)).textContent();
  return Number(/Đã ký (\d+)\//.exec(text ?? "")?.[1]);
}

async function confirmIn(page: Page, button: string, confirm: string) {
  await page.getByRole("button", { name: button, exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: confirm, exact: true }).click();
  await expect(dialog).toBeHidden();
}

test("board staff draft a pledge, open it for signing, record signatures and reopen it with a reason", async ({ page }) => {
  await signIn(page, "bantdkt");
  await visit(page, TD_PLEDGE);
  await expect(page.getByRole("heading", { level: 1, name: "Giao ước thi đua năm 2026" })).toBeVisible();
  await expect(page.getByLabel("Tên giao ước")).toHaveValue("Giao ước thi đua năm 2026");
  await page
    .getByLabel("Phần mở đầu")
    .fill("Thực hiện Kế hoạch công tác thi đua, khen thưởng năm 2026, các Sở Nội vụ trong Cụm thống nhất ký kết giao ước thi đua.");
  await page.getByRole("button", { name: "Tạo giao ước" }).click();
  await expect(page.getByText("Dự thảo", { exact: true })).toBeVisible();

  // Opening an empty draft is not offered; two items, each saved before the next (every write carries the version).
  await expect(page.getByRole("button", { name: "Mở ký giao ước" })).toHaveCount(0);
  for (const content of [
    "Thực hiện tốt nhiệm vụ chính trị, chuyên môn được giao.",
    "Đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong công tác thi đua, khen thưởng.",
  ]) {
    await page.getByLabel("Nội dung giao ước mới").fill(content);
    await page.getByRole("button", { name: "Thêm nội dung" }).click();
    await expect(page.getByRole("listitem").filter({ hasText: content })).toBeVisible();
  }
  await expect(page.getByText("2 nội dung")).toBeVisible();
  await expectAccessible(page);

  await confirmIn(page, "Mở ký giao ước", "Mở ký");
  await expect(page.getByText("Đang ký", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Nội dung giao ước mới")).toHaveCount(0);
  await expect(page.getByText("Đã ký 0/7 đơn vị")).toBeVisible();

  // Signed on paper: the board ticks the units in one form; the signer defaults to the unit's head.
  // No conference this year, so the day defaults to today; a day still to come is refused.
  const form = page.locator("#record");
  const submit = (count: number) => form.getByRole("button", { name: `Ghi nhận chữ ký (${count} đơn vị)` });
  await form.getByRole("checkbox", { name: "Sở Nội vụ tỉnh Bắc Kạn" }).check();
  await form.getByLabel("Ngày ký", { exact: true }).fill("31/12/2099");
  await expect(form.getByLabel("Họ và tên người ký của Sở Nội vụ tỉnh Bắc Kạn")).toHaveValue("Lê Văn Hội");
  await submit(1).click();
  await expect(form.getByText(/Ngày không được sau \d{2}\/\d{2}\/\d{4}\./).first()).toBeVisible();
  await expect(page.getByText("Đã ký 0/7 đơn vị")).toBeVisible();
  // Ticked before the day is fixed: leaving the date field takes its message away, and the form moves up.
  await form.getByRole("checkbox", { name: "Sở Nội vụ tỉnh Bắc Giang" }).check();
  await form.getByLabel("Họ và tên người ký của Sở Nội vụ tỉnh Bắc Giang").fill("Nguyễn Văn Sơn");
  await form.getByLabel("Ngày ký", { exact: true }).fill("15/07/2026");
  await submit(2).click();
  await expect(page.getByText("Đã ký 2/7 đơn vị")).toBeVisible();
  await expect(page.getByRole("row", { name: /Sở Nội vụ tỉnh Bắc Kạn.*Đã ký.*Lê Văn Hội.*Giám đốc.*Ký trên giấy ngày 15\/07\/2026/ })).toBeVisible();
  await expect(
    page.getByRole("row", { name: /Sở Nội vụ tỉnh Bắc Giang.*Đã ký.*Nguyễn Văn Sơn.*Ký trên giấy ngày 15\/07\/2026.*Ký thay, ghi nhận bởi Nguyễn Thị Thu Hà/ }),
  ).toBeVisible();
  // "Chọn tất cả" ticks every unit not yet signed, and clears them again.
  const all = form.getByRole("checkbox", { name: /^Chọn tất cả/ });
  await all.check();
  await expect(submit(5)).toBeVisible();
  await expect(form.getByRole("checkbox", { name: "Sở Nội vụ tỉnh Phú Thọ" })).toBeChecked();
  await all.uncheck();
  await expect(submit(0)).toBeVisible();
  await expect(page.getByRole("row", { name: /Sở Nội vụ tỉnh Phú Thọ.*Chưa ký/ })).toBeVisible();
  await expectAccessible(page);

  // Reopening needs a reason; it keeps the signatures and says so.
  await page.getByRole("button", { name: "Mở lại giao ước" }).click();
  await page.getByRole("button", { name: "Xác nhận mở lại" }).click();
  await expect(page.getByText("Trường này là bắt buộc.")).toBeVisible();
  await page.getByLabel("Lý do mở lại").fill("Bổ sung nội dung về cải cách hành chính theo góp ý của Cụm trưởng");
  await page.getByRole("button", { name: "Xác nhận mở lại" }).click();
  await expect(page.getByText("Dự thảo", { exact: true })).toBeVisible();
  await expect(page.getByText(/Lý do: Bổ sung nội dung về cải cách hành chính/)).toBeVisible();
  await expect(page.getByText(/Các chữ ký có trước khi mở lại \(2 đơn vị\) vẫn được giữ/)).toBeVisible();
  await expect(page.getByText("Đã ký 2/7 đơn vị")).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Nội dung giao ước mới").fill("Đẩy mạnh cải cách hành chính.");
  await page.getByRole("button", { name: "Thêm nội dung" }).click();
  await expect(page.getByText("3 nội dung")).toBeVisible();
  await confirmIn(page, "Mở ký giao ước", "Mở ký");
  await expect(page.getByText("Đang ký", { exact: true })).toBeVisible();
  await expect(page.getByText("Đã ký 2/7 đơn vị")).toBeVisible();

  // The audit log shows the reopening.
  await visit(page, "/audit");
  // The action code is the cell's title whether or not the log has a readable label for it.
  await expect(page.getByRole("table").locator('[title="pledge.reopen"]').first()).toBeVisible();
});

test("two unit officers sign for their own units and the progress view updates", async ({ page }) => {
  // The unit head signs in person.
  await signIn(page, "thutruong");
  await visit(page, NC_PLEDGE);
  const before = await signedCount(page, 8);
  await expect(page.getByRole("heading", { name: "Ký giao ước cho Thanh tra tỉnh" })).toBeVisible();
  await expect(page.getByText("Bạn là thủ trưởng đơn vị: chữ ký được ghi nhận là của thủ trưởng.")).toBeVisible();
  await expect(page.getByLabel("Họ và tên người ký")).toHaveValue("Hoàng Văn Nam");
  await expect(page.getByLabel("Chức vụ")).toHaveValue("Chánh Thanh tra tỉnh");
  // A unit officer cannot edit the frozen content, reopen it or record other units' signatures.
  await expect(page.getByRole("button", { name: "Mở lại giao ước" })).toHaveCount(0);
  await expect(page.locator("#record")).toHaveCount(0);
  await page.getByRole("button", { name: "Ký giao ước", exact: true }).click();
  await expect(page.getByText(/^Đơn vị của bạn đã ký giao ước lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \(Hoàng Văn Nam\)\.$/)).toBeVisible();
  await expect(page.getByText(`Đã ký ${before + 1}/8 đơn vị`)).toBeVisible();
  await expect(
    page.getByRole("row", { name: /Thanh tra tỉnh.*Đã ký.*Hoàng Văn Nam.*Chánh Thanh tra tỉnh.*Ký trực tuyến lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/ }),
  ).toBeVisible();
  // The demo's paper signature carries its conference's day, not the day it was typed.
  await expect(
    page.getByRole("row", { name: /Bộ Chỉ huy Quân sự tỉnh.*Đã ký.*Ký trên giấy ngày 27\/02\/2026 \(tại Hội nghị ký kết giao ước thi đua năm 2026\)/ }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Ký giao ước", exact: true })).toHaveCount(0);
  await expectAccessible(page);
  await signOut(page);

  // An officer of the leader unit records the head's signature; the table marks it.
  await signIn(page, "truongkhoi");
  await visit(page, NC_PLEDGE);
  await expect(page.getByText(`Đã ký ${before + 1}/8 đơn vị`)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ký giao ước cho Sở Nội vụ" })).toBeVisible();
  await expect(page.getByText(/Bạn ghi nhận chữ ký trên giấy của thủ trưởng đơn vị, thay mặt thủ trưởng/)).toBeVisible();
  await expect(page.getByLabel("Họ và tên người ký")).toHaveValue("Lê Thị Thanh Hương");
  await expect(page.getByRole("button", { name: "Mở lại giao ước" })).toHaveCount(0);
  // The head signed on paper: the officer gives the day it was made.
  await page.getByLabel("Ngày ký", { exact: true }).fill("02/03/2026");
  await page.getByRole("button", { name: "Ký giao ước", exact: true }).click();
  await expect(page.getByText(`Đã ký ${before + 2}/8 đơn vị`)).toBeVisible();
  await expect(
    page.getByRole("row", { name: /Sở Nội vụ.*Đã ký.*Lê Thị Thanh Hương.*Ký trên giấy ngày 02\/03\/2026.*Ký thay, ghi nhận bởi Phạm Thị Lan/ }),
  ).toBeVisible();
  await expect(page.getByText("Đơn vị của bạn đã ký giao ước trên giấy ngày 02/03/2026 (Lê Thị Thanh Hương).")).toBeVisible();
  await expect(page.getByRole("row", { name: /Thanh tra tỉnh.*Đã ký.*Hoàng Văn Nam/ })).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  // The other officer of Thanh tra tỉnh sees the unit has signed and cannot sign again.
  await signIn(page, "donvi");
  await visit(page, NC_PLEDGE);
  await expect(page.getByText(/Đơn vị của bạn đã ký giao ước lúc .*\(Hoàng Văn Nam\)/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Ký giao ước", exact: true })).toHaveCount(0);
});

test("board staff follow a mid-year conference's link to the bulk form, with the conference and its day preselected", async ({ page }) => {
  await signIn(page, "bantdkt");
  await visit(page, "/blocs/bloc-noi-chinh-tinh/years/2026/conferences/conf-noi-chinh-tinh-2026-mid-year");
  await page.getByRole("link", { name: "Ký giao ước tại hội nghị này" }).click();
  await expect(page).toHaveURL(/\/pledge\?conference=conf-noi-chinh-tinh-2026-mid-year#record$/);
  const form = page.locator("#record");
  await expect(form.getByLabel("Ký tại hội nghị")).toHaveValue("conf-noi-chinh-tinh-2026-mid-year");
  await expect(form.getByLabel("Ngày ký", { exact: true })).toHaveValue("22/07/2026");
  await expectAccessible(page);
  await signOut(page);
  // A unit officer may not record other units' signatures: no link.
  await signIn(page, "donvi");
  await visit(page, "/blocs/bloc-noi-chinh-tinh/years/2026/conferences/conf-noi-chinh-tinh-2026-mid-year");
  await expect(page.getByRole("link", { name: "Ký giao ước tại hội nghị này" })).toHaveCount(0);
});

test("a unit officer cannot open the pledge or plan of a bloc their unit is not in", async ({ page }) => {
  await signIn(page, "donvi");
  for (const path of [TD_PLEDGE, TD_PLAN]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "Không tìm thấy trang" }), path).toBeVisible();
  }
  // Their own bloc's plan is shown read-only.
  await visit(page, "/blocs/bloc-noi-chinh-tinh/years/2026/plan");
  await expect(page.getByRole("heading", { level: 1, name: "Kế hoạch hoạt động năm 2026" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Hội nghị ký kết giao ước thi đua năm 2026.*27\/02\/2026.*Sở Nội vụ/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Thêm hoạt động" })).toHaveCount(0);
});

test("board staff add an activity to a year plan", async ({ page }) => {
  await signIn(page, "bantdkt");
  await visit(page, TD_PLAN);
  await page.getByLabel("Nội dung hoạt động").fill("Hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2026");
  await page.getByLabel("Ngày bắt đầu", { exact: true }).fill("22/07/2026");
  await page.getByLabel("Ngày kết thúc", { exact: true }).fill("21/07/2026");
  await page.getByLabel("Đơn vị chủ trì").selectOption({ label: "Sở Nội vụ tỉnh Thái Nguyên" });
  await page.getByRole("button", { name: "Thêm hoạt động" }).click();
  await expect(page.getByText("Ngày kết thúc không được trước ngày bắt đầu.")).toBeVisible();
  await page.getByLabel("Ngày kết thúc", { exact: true }).fill("22/07/2026");
  await page.getByRole("button", { name: "Thêm hoạt động" }).click();
  const item = page.getByRole("listitem").filter({ hasText: "Hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2026" });
  await expect(item).toContainText("22/07/2026");
  await expect(item).toContainText("Sở Nội vụ tỉnh Thái Nguyên");
  await expectAccessible(page);
});
