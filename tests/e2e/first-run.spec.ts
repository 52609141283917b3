import type { ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { emptyDatabase, postgresReachable, productionUrl, runSetup, startProductionServer, stopProductionServer } from "./production-server";
import { signIn, visit } from "./support";

// A province's first day, as the README's "Deploy for a province" tells it: an empty PostgreSQL
// database, `npm run setup` from the command line, the server started in production mode with no
// demo data, and the administrator signing in to what setup created. The province is not the
// defaults' Ninh Bình, so what the pages show is what setup was given.
const ADMIN = { SETUP_ADMIN_USERNAME: "quantri", SETUP_ADMIN_PASSWORD: "Ninh-Binh-Thi-Dua-2026", SETUP_ADMIN_NAME: "Trần Văn Quản" };
const COUNCIL = { SETUP_COUNCIL_NAME: "Hội đồng Thi đua - Khen thưởng tỉnh Quảng Ninh", SETUP_COUNCIL_PLACE: "Quảng Ninh" };

test.use({ baseURL: productionUrl });
test.describe.configure({ mode: "serial" });

let server: ChildProcess | undefined;

test.beforeAll(async () => {
  test.skip(!(await postgresReachable()) && !process.env.CI, "PostgreSQL is not reachable here");
  await emptyDatabase();
});

test.afterAll(() => stopProductionServer(server));

test("setup refuses a weak password with the reason, then creates the administrator once", () => {
  const weak = runSetup({ ...ADMIN, ...COUNCIL, SETUP_ADMIN_PASSWORD: "password1" });
  expect(weak.code).toBe(1);
  expect(weak.output).toContain("Không cài đặt được, không thay đổi gì");
  expect(weak.output).toContain("Mật khẩu:");

  const first = runSetup({ ...ADMIN, ...COUNCIL });
  expect(first.output).toContain(`Đã tạo quản trị viên "quantri"`);
  expect(first.code).toBe(0);

  const again = runSetup({ ...ADMIN, ...COUNCIL, SETUP_ADMIN_USERNAME: "quantri2" });
  expect(again.code).toBe(1);
  expect(again.output).toContain("Đã có quản trị viên (quantri)");
});

test("the production server starts on the set-up database with no demo data, and the administrator signs in", async ({ page }) => {
  server = await startProductionServer();
  await signIn(page, ADMIN.SETUP_ADMIN_USERNAME, ADMIN.SETUP_ADMIN_PASSWORD);
  await expect(page.getByText(COUNCIL.SETUP_COUNCIL_NAME).first()).toBeVisible();

  await visit(page, "/settings");
  await expect(page.getByLabel("Địa danh")).toHaveValue("Quảng Ninh");
  await visit(page, "/units");
  await expect(page.getByText("Sở Tư pháp")).toHaveCount(0);
  await visit(page, "/users");
  await expect(page.getByRole("cell", { name: "quantri", exact: true })).toBeVisible();
  await expect(page.getByRole("cell", { name: "admin", exact: true })).toHaveCount(0);
});
