import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn } from "./support";

// "Việc cần làm" on the home page (lib/todo): what waits for the signed-in person, at a laptop's
// and a phone's size, each item a link to the page where it is done. The demo data is read at
// today's date: the Nội chính bloc's 2026 round closes on 15/12/2026 at 17:00. The file's name
// puts it first of the run (files run in name order on one server): the journeys after it score,
// return, sign off and approve the very years these lists are about, and it writes nothing.

const SIZES = [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
];

const todo = (page: Page) => page.getByRole("list", { name: /Việc đang chờ bạn/ });

async function shoot(page: Page, name: string) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await expect(todo(page)).toBeVisible();
    // The page never scrolls sideways (docs/conventions.md, "Layout").
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.screenshot({ path: test.info().outputPath(`todo-${name}-${size.width}.png`), fullPage: true });
  }
  await page.setViewportSize(SIZES[0]);
}

test("a member unit's officer sees the sheet with its deadline and the pledge, and opens the sheet", async ({ page }) => {
  await signIn(page, "donvi");
  await expect(page.getByRole("heading", { name: "Việc cần làm" })).toBeVisible();
  const items = todo(page).getByRole("listitem");
  await expect(items).toHaveCount(2);
  // The deadline first: the sheet, with its criteria left, its date and the days left.
  await expect(items.nth(0)).toContainText("Hoàn thành bảng tự chấm điểm: còn 12 tiêu chí chưa chấm");
  await expect(items.nth(0)).toContainText("Khối thi đua các cơ quan Nội chính tỉnh · năm 2026");
  await expect(items.nth(0)).toContainText("Hạn 15/12/2026 17:00");
  await expect(items.nth(0)).toContainText(/Còn \d+ ngày|Hết hạn hôm nay/);
  await expect(items.nth(1)).toContainText("Đơn vị chưa ký giao ước thi đua: chuẩn bị và trình thủ trưởng ký");
  await expectAccessible(page);
  await shoot(page, "officer");

  await items.nth(0).getByRole("link").click();
  await expect(page).toHaveURL(/\/blocs\/bloc-noi-chinh-tinh\/years\/2026\/scoring\/unit-nc-thanh-tra-tinh$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Thanh tra tỉnh");
});

test("the leader unit's head sees the ranking to sign off, and opens it", async ({ page }) => {
  await signIn(page, "cumtruong");
  const items = todo(page).getByRole("listitem");
  await expect(items).toHaveCount(1);
  await expect(items.nth(0)).toContainText("Các đơn vị đã gửi đủ bảng điểm: ký xác nhận kết quả xếp hạng");
  await expect(items.nth(0)).toContainText("Cụm Thi đua Sở Nội vụ các tỉnh Trung du và Miền núi phía Bắc · năm 2026");
  // The head is named as the head in the header, not as one of the unit's officers.
  await expect(page.getByText(/^Thủ trưởng đơn vị · /)).toBeVisible();
  // A cluster's leader is its cụm trưởng, not a khối's trưởng khối, wherever the page names it.
  await expect(page.getByText(/Cụm trưởng: .+ · Cụm phó: /).first()).toBeVisible();
  await expect(page.getByText(/Trưởng khối|Phó trưởng khối/)).toHaveCount(0);
  await shoot(page, "leader-head");

  await items.nth(0).getByRole("link").click();
  await expect(page).toHaveURL(/\/blocs\/bloc-cum-noi-vu-trung-du-mien-nui\/years\/2026\/ranking$/);
  await expect(page.getByRole("button", { name: /Ký xác nhận/ }).first()).toBeVisible();
  await expect(page.getByText("Bạn ký với tư cách Thủ trưởng đơn vị cụm trưởng.")).toBeVisible();
});

test("board staff see the reviewed sheets to appraise above the blocs' stages", async ({ page }) => {
  await signIn(page, "bantdkt");
  const items = todo(page).getByRole("listitem");
  await expect(items).toHaveCount(1);
  await expect(items.nth(0)).toContainText("Thẩm định 7 bảng điểm đã chấm chéo");
  await shoot(page, "board");
  await items.nth(0).getByRole("link").click();
  await expect(page).toHaveURL(/\/blocs\/bloc-cum-noi-vu-trung-du-mien-nui\/years\/2026\/scoring$/);
});

test("a member with nothing waiting sees it said plainly", async ({ page }) => {
  await signIn(page, "cumvien");
  await expect(page.getByText("Không có việc nào đang chờ bạn.")).toBeVisible();
  await page.setViewportSize(SIZES[1]);
  await page.screenshot({ path: test.info().outputPath("todo-empty-390.png"), fullPage: true });
});
