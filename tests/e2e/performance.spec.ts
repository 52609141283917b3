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

test("a page seen again comes from the page cache, and anything saved shows at once, to everyone", async ({ page, browser }) => {
  const stamp = Date.now().toString(36).toUpperCase();
  const unit = { code: `PC${stamp}`, name: `Sở Bộ nhớ đệm ${stamp}` };
  const list = `/units?q=${unit.code}`;
  await signIn(page, "bantdkt");
  expect((await page.goto(list))?.headers()["x-page-cache"]).toBe("miss");
  expect((await page.goto(list))?.headers()["x-page-cache"]).toBe("hit");
  await expect(page.getByRole("link", { name: unit.name })).toHaveCount(0);

  // Another member of the board has the same list open, from their own cache entry.
  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const otherPage = await other.newPage();
  await signIn(otherPage, "admin");
  await otherPage.goto(list);
  expect((await otherPage.goto(list))?.headers()["x-page-cache"]).toBe("hit");

  await page.goto("/units/new");
  await page.getByLabel("Tên đơn vị").fill(unit.name);
  await page.getByLabel("Tên viết tắt").fill(unit.code);
  await page.getByLabel("Mã đơn vị").fill(unit.code);
  await page.getByRole("button", { name: "Thêm đơn vị" }).click();
  await expect(page.getByRole("heading", { level: 1, name: unit.name })).toBeVisible();

  expect((await page.goto(list))?.headers()["x-page-cache"]).toBe("miss");
  await expect(page.getByRole("link", { name: unit.name })).toBeVisible();
  expect((await otherPage.goto(list))?.headers()["x-page-cache"]).toBe("miss");
  await expect(otherPage.getByRole("link", { name: unit.name })).toBeVisible();
  await other.close();
});
