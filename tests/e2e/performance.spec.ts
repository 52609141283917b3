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
  await page.getByRole("table", { name: /Tiến độ thi đua/ }).getByRole("row").nth(1).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("năm");
});
