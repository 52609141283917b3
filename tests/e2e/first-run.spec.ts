import type { ChildProcess } from "node:child_process";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { emptyDatabase, postgresReachable, productionUrl, runSetup, startProductionServer, stopProductionServer } from "./production-server";
import { signIn, signOut, visit } from "./support";

// A province's first day, as the README's "Deploy for a province" tells it: an empty PostgreSQL
// database, `npm run setup` from the command line, the server started in production mode with no
// demo data, and the administrator signing in to what setup created. The province is not the
// defaults' Ninh Bình, so what the pages show is what setup was given.
const ADMIN = { SETUP_ADMIN_USERNAME: "quantri", SETUP_ADMIN_PASSWORD: "Ha-Long-Thi-Dua-2026", SETUP_ADMIN_NAME: "Trần Văn Quản" };
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
  await expect(page.getByRole("link", { name: "quantri", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "admin", exact: true })).toHaveCount(0);
});

// The province's own data, as a board would have it in spreadsheets: 40 units, 3 blocs, 60 accounts
// (2 board staff, 40 unit officers, 18 unit heads) and the 2026 members of each bloc with its
// leader and deputy. Each file is the page's own template with the rows added.
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const BLOCS = [
  ["QN-NC", "Khối thi đua các cơ quan Nội chính", "Khối"],
  ["QN-KT", "Khối thi đua các cơ quan Kinh tế - Tổng hợp", "Khối"],
  ["QN-VX", "Khối thi đua các cơ quan Văn hóa - Xã hội", "Khối"],
];
const pad = (i: number) => String(i).padStart(2, "0");
const UNITS = Array.from({ length: 40 }, (_, i) => [
  `QN${pad(i + 1)}`,
  `Đơn vị số ${pad(i + 1)} tỉnh Quảng Ninh`,
  `ĐV ${pad(i + 1)}`,
  "UBND tỉnh Quảng Ninh",
  `Thủ trưởng ${pad(i + 1)}`,
  "Giám đốc",
  "",
  "",
]);
const blocOf = (i: number) => BLOCS[i % 3][0];
const ACCOUNTS = [
  ["bantdkt.qn1", "Nguyễn Thị Ban", "", "", "Cán bộ Ban Thi đua - Khen thưởng", "Không", "Tất cả"],
  ["bantdkt.qn2", "Lê Văn Khối", "", "", "Cán bộ Ban Thi đua - Khen thưởng", "Không", "QN-NC, QN-KT"],
  ...UNITS.map((u, i) => [`canbo.${u[0].toLowerCase()}`, `Cán bộ ${pad(i + 1)}`, "", u[0], "Cán bộ TĐKT đơn vị", "Không", ""]),
  ...UNITS.slice(0, 18).map((u, i) => [`thutruong.${u[0].toLowerCase()}`, `Thủ trưởng ${pad(i + 1)}`, "", u[0], "Cán bộ TĐKT đơn vị", "Có", ""]),
];
// The first unit of each bloc leads it in 2026, the second is its deputy.
const MEMBERS = UNITS.map((u, i) => ["2026", blocOf(i), u[0], i < 3 ? "Trưởng khối" : i < 6 ? "Phó khối" : "Thành viên"]);

async function importFile(page: Page, kind: string, rows: string[][], expected: { created: number }) {
  const card = page.locator(`[data-kind="${kind}"]`);
  const download = page.waitForEvent("download");
  await card.getByRole("link", { name: "Tải tệp mẫu" }).click();
  const chunks: Buffer[] = [];
  for await (const chunk of await (await download).createReadStream()) chunks.push(chunk as Buffer);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  for (const row of rows) workbook.worksheets[0].addRow(row);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  await card.getByLabel("Tệp Excel (.xlsx, tối đa 5 MB)").setInputFiles({ name: `${kind}.xlsx`, mimeType: XLSX, buffer });
  await card.getByRole("button", { name: "Xem trước" }).click();
  await expect(card.getByText(`${expected.created} mới · 0 thay đổi · 0 giữ nguyên`)).toBeVisible();
  await card.getByRole("button", { name: "Áp dụng" }).click();
  await expect(card.getByText(new RegExp(`^Đã áp dụng: ${expected.created} mới, 0 thay đổi`))).toBeVisible();
}

test("the administrator brings the province's units, blocs, accounts and members in from Excel", async ({ page }) => {
  server ??= await startProductionServer();
  await signIn(page, ADMIN.SETUP_ADMIN_USERNAME, ADMIN.SETUP_ADMIN_PASSWORD);
  await visit(page, "/imports/onboarding");
  await importFile(page, "units", UNITS, { created: 40 });
  await importFile(
    page,
    "blocs",
    BLOCS.map((b) => [...b, "", "", "", ""]),
    { created: 3 },
  );
  await importFile(page, "accounts", ACCOUNTS, { created: 60 });
  await importFile(page, "members", MEMBERS, { created: 40 });

  await visit(page, "/blocs");
  const nc = page.getByRole("row").filter({ hasText: "Khối thi đua các cơ quan Nội chính" });
  await expect(nc).toBeVisible();
  await nc.getByRole("link", { name: "Khối thi đua các cơ quan Nội chính" }).click();
  await expect(page.getByText("Đơn vị số 01 tỉnh Quảng Ninh").first()).toBeVisible();
});

test("links for every imported account at once; an imported officer sets a password through one and signs in to the unit's work", async ({ page }) => {
  server ??= await startProductionServer();
  await signIn(page, ADMIN.SETUP_ADMIN_USERNAME, ADMIN.SETUP_ADMIN_PASSWORD);
  await visit(page, "/users");
  await page.getByRole("button", { name: "Cấp cho mọi tài khoản chưa có mật khẩu (60)" }).click();
  await expect(page.getByRole("heading", { name: /Bàn giao liên kết đặt mật khẩu/ })).toBeVisible();
  await expect(page.getByTestId("set-password-link")).toHaveCount(60);
  const row = page.getByRole("row").filter({ hasText: "canbo.qn01" });
  const link = (await row.getByTestId("set-password-link").textContent())!.trim();
  expect(link).toMatch(new RegExp(`^${productionUrl}/dat-mat-khau/[A-Za-z0-9_-]{43}$`));
  await signOut(page);

  // An imported account has no password anyone knows: signing in is refused until it sets one.
  await page.goto("/login");
  await page.getByLabel("Tên đăng nhập").fill("canbo.qn01");
  await page.getByLabel("Mật khẩu").fill("Demo@2026");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByText("Tên đăng nhập hoặc mật khẩu không đúng.")).toBeVisible();

  await page.goto(link);
  await expect(page.getByText("Chào Cán bộ 01. Hãy đặt mật khẩu cho tài khoản canbo.qn01.")).toBeVisible();
  const password = "Hoa ban nở trắng núi rừng 2026";
  await page.getByLabel(/^Mật khẩu mới/).fill(password);
  await page.getByLabel("Nhập lại mật khẩu mới").fill(password);
  await page.getByRole("button", { name: "Đặt mật khẩu" }).click();
  await expect(page.getByText(/Đã đặt mật khẩu/)).toBeVisible();

  await signIn(page, "canbo.qn01", password);
  await expect(page.getByText("Đơn vị số 01 tỉnh Quảng Ninh").first()).toBeVisible();
  await expect(page.getByText(/Khối thi đua các cơ quan Nội chính/).first()).toBeVisible();
});
