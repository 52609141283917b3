import axe from "axe-core";
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Demo@2026";

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("button", { name: "Đăng xuất", exact: true })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Đăng xuất", exact: true }).click();
  await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeVisible();
}

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
type WithAxe = { axe?: typeof axe };

/**
 * axe-core run in the page itself, its script added once per document (a click inside the app
 * keeps it). @axe-core/playwright added the 550 KB script again on every check and finished each
 * run in a new blank page: 1.3–2.7 s a check on the CI machine, about 45 % of the end-to-end
 * tier, against 0.5–1 s here (docs/conventions.md, "End-to-end tests").
 */
async function axeViolations(page: Page) {
  await page.waitForLoadState("networkidle");
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(
    async (values) => (await (window as WithAxe).axe!.run(document, { runOnly: { type: "tag", values }, resultTypes: ["violations"] })).violations,
    WCAG_21_AA,
  );
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/**
 * Every page a test visits is checked with axe (WCAG 2.1 A and AA). A page caught in the middle
 * of a client refresh is checked once more after it settles; a real violation persists.
 */
export async function expectAccessible(page: Page) {
  let summary = await axeViolations(page);
  if (summary.length > 0) {
    await page.waitForTimeout(1000);
    summary = await axeViolations(page);
  }
  expect(summary, `accessibility violations on ${page.url()}`).toEqual([]);
}

export async function visit(page: Page, path: string) {
  await page.goto(path);
  await expectAccessible(page);
}
