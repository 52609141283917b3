import { expect, test } from "@playwright/test";
import { signIn } from "./support";

// What the browser asks of the server, as a user would cause it (the figures are in `npm run bench`).

test("opening the dashboard fetches no other pages in the background, and its links still work", async ({ page }) => {
  await signIn(page, "bantdkt");
  const background: string[] = [];
  page.on("request", (r) => {
    if (r.headers()["next-router-prefetch"]) background.push(r.url());
  });
  await page.goto("/");
  await expect(page.getByRole("table", { name: /Tiến độ thi đua/ })).toBeVisible();
  await page.mouse.wheel(0, 2000);
  await page.waitForLoadState("networkidle");
  expect(background).toEqual([]);

  // The first body row's bloc name (row 0 holds the sortable headers).
  await page
    .getByRole("table", { name: /Tiến độ thi đua/ })
    .getByRole("row")
    .nth(1)
    .getByRole("link")
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("năm");
});

// Pages are rendered for every request (docs/PERFORMANCE.md, "The page cache: removed"): a list
// another user has open shows what was just saved on their next visit, and no page-cache header
// is sent any more.
test("anything saved shows at once, to everyone", async ({ page, browser }) => {
  const stamp = Date.now().toString(36).toUpperCase();
  const unit = { code: `PC${stamp}`, name: `Sở Hiển thị ngay ${stamp}` };
  const list = `/units?q=${unit.code}`;
  await signIn(page, "bantdkt");
  await page.goto(list);
  await expect(page.getByRole("link", { name: unit.name })).toHaveCount(0);

  // Another member of the board has the same list open.
  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const otherPage = await other.newPage();
  await signIn(otherPage, "admin");
  expect((await otherPage.goto(list))?.headers()["x-page-cache"]).toBeUndefined();
  await expect(otherPage.getByRole("link", { name: unit.name })).toHaveCount(0);

  await page.goto("/units/new");
  await page.getByLabel("Tên đơn vị").fill(unit.name);
  await page.getByLabel("Tên viết tắt").fill(unit.code);
  await page.getByLabel("Mã đơn vị").fill(unit.code);
  await page.getByRole("button", { name: "Thêm đơn vị" }).click();
  await expect(page.getByRole("heading", { level: 1, name: unit.name })).toBeVisible();

  await page.goto(list);
  await expect(page.getByRole("link", { name: unit.name })).toBeVisible();
  await otherPage.goto(list);
  await expect(otherPage.getByRole("link", { name: unit.name })).toBeVisible();
  await other.close();
});
