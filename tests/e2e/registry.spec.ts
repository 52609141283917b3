import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn, visit } from "./support";

const stamp = Date.now().toString(36).toUpperCase();
const units = [1, 2, 3].map((i) => ({ code: `E2E${stamp}-${i}`, name: `Sở Kiểm thử số ${i} ${stamp}` }));
const bloc = { code: `KT${stamp}`, name: `Khối thi đua Kiểm thử ${stamp}` };

async function createUnit(page: Page, unit: { code: string; name: string }) {
  await visit(page, "/units/new");
  await page.getByLabel("Tên đơn vị").fill(unit.name);
  await page.getByLabel("Tên viết tắt").fill(unit.code);
  await page.getByLabel("Mã đơn vị").fill(unit.code);
  await page.getByRole("button", { name: "Thêm đơn vị" }).click();
  await expect(page.getByRole("heading", { level: 1, name: unit.name })).toBeVisible();
}

test("board staff build a bloc, set its leadership and confirm next year's rotation", async ({ page }) => {
  await signIn(page, "bantdkt");
  for (const unit of units) await createUnit(page, unit);

  // A bloc, with a clear message for bad input first.
  await visit(page, "/blocs/new");
  await page.getByRole("button", { name: "Tạo khối, cụm" }).click();
  await expect(page.getByText("Vui lòng kiểm tra lại các trường được đánh dấu.")).toBeVisible();
  await expect(page.getByText("Trường này là bắt buộc.").first()).toBeVisible();
  await page.getByLabel("Tên khối, cụm").fill(bloc.name);
  await page.getByLabel("Mã khối, cụm").fill(bloc.code);
  await page.getByLabel("Loại").selectOption("KHOI");
  await page.getByLabel("Số quyết định thành lập").fill("42/QĐ-UBND");
  await page.getByRole("button", { name: "Tạo khối, cụm" }).click();
  await expect(page.getByRole("heading", { level: 1, name: bloc.name })).toBeVisible();
  await expectAccessible(page);

  // Its 2026 year with three members, leader and deputy.
  await page.getByLabel("Năm hoạt động").fill("2026");
  await page.getByLabel("Sao chép thành viên từ năm trước").uncheck();
  await page.getByRole("button", { name: "Thêm năm" }).click();
  await page.getByRole("link", { name: "Xem năm 2026" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${bloc.name} – năm 2026` })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Lọc đơn vị").fill(stamp);
  for (const unit of units) await page.getByRole("checkbox", { name: new RegExp(unit.code) }).check();
  await page.getByRole("button", { name: "Lưu danh sách thành viên" }).click();
  await expect(page.getByRole("cell", { name: new RegExp(units[2].name) })).toBeVisible();
  await page.getByRole("combobox", { name: "Trưởng khối", exact: true }).selectOption({ label: units[0].name });
  await page.getByRole("combobox", { name: "Phó trưởng khối", exact: true }).selectOption({ label: units[1].name });
  await page.getByRole("button", { name: "Lưu trưởng, phó khối" }).click();
  await expect(page.getByRole("row", { name: new RegExp(`${units[0].name}.*Trưởng khối`) })).toBeVisible();

  // The planner proposes: this year's deputy leads, the next unit in order is deputy.
  await page.getByRole("link", { name: bloc.name }).first().click();
  await page.getByRole("link", { name: "Lập kế hoạch luân phiên năm 2027" }).click();
  await expectAccessible(page);
  expect(await selectedText(page, "Trưởng khối")).toBe(units[1].name);
  expect(await selectedText(page, "Phó trưởng khối")).toBe(units[2].name);

  // Overriding without a reason is refused; with the decision it goes through.
  await page.getByRole("combobox", { name: "Phó trưởng khối", exact: true }).selectOption({ label: units[0].name });
  await page.getByRole("button", { name: "Xác nhận luân phiên" }).click();
  await expect(page.getByText("Lựa chọn khác với đề xuất: vui lòng nhập lý do điều chỉnh, số quyết định và ngày quyết định.")).toBeVisible();
  await page.getByRole("combobox", { name: "Phó trưởng khối", exact: true }).selectOption({ label: units[2].name });
  await page.getByRole("button", { name: "Xác nhận luân phiên" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${bloc.name} – năm 2027` })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(`${units[1].name}.*Trưởng khối`) })).toBeVisible();
  await expectAccessible(page);

  // Every change is in the audit log.
  await visit(page, "/audit");
  await expect(page.getByRole("table")).toContainText("Xác nhận luân phiên");
});

function selectedText(page: Page, label: string) {
  return page.getByRole("combobox", { name: label, exact: true }).evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text);
}

test("a unit officer sees their bloc and its leadership but cannot change it", async ({ page }) => {
  await signIn(page, "donvi");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Khối thi đua các cơ quan Nội chính tỉnh" }).click();
  await expect(page.getByText("Đơn vị của bạn là thành viên khối năm 2026")).toBeVisible();
  await expect(page.getByRole("row", { name: /Sở Nội vụ.*Trưởng khối/ })).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByRole("button", { name: "Lưu danh sách thành viên" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Lưu trưởng, phó khối" })).toHaveCount(0);

  // Edit pages and other blocs are refused.
  for (const path of ["/blocs/new", "/units/new", "/users", "/blocs/bloc-noi-chinh-ha-nam", "/blocs/bloc-noi-chinh-tinh/rotation?from=2026"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "Không tìm thấy trang" }), path).toBeVisible();
  }
  await visit(page, "/blocs");
  await expect(page.getByRole("link", { name: "Thêm khối, cụm" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Khối thi đua Nội chính tỉnh Ninh Bình" })).toHaveCount(0);
});

test("a unit or a bloc named like an existing one warns, and is created only with “Vẫn tạo”; codes stay unique", async ({ page }) => {
  const unit = { code: `TT${stamp}`, name: `Sở Kiểm thử trùng tên ${stamp}` };
  await signIn(page, "bantdkt");
  await createUnit(page, unit);

  // The same name in other case and spacing: a warning naming the existing unit, nothing created yet.
  await visit(page, "/units/new");
  await page.getByLabel("Tên đơn vị").fill(` sở kiểm THỬ  trùng tên ${stamp.toLowerCase()} `);
  await page.getByLabel("Tên viết tắt").fill("TT");
  await page.getByLabel("Mã đơn vị").fill(`${unit.code}-2`);
  await page.getByRole("button", { name: "Thêm đơn vị" }).click();
  const warning = page.getByRole("status").filter({ hasText: `Đã có đơn vị “${unit.name}” (mã ${unit.code}) trùng tên.` });
  await expect(warning).toBeVisible();
  await expectAccessible(page);
  // Confirming does not let a taken code through.
  await page.getByLabel("Mã đơn vị").fill(unit.code);
  await warning.getByRole("button", { name: "Vẫn tạo" }).click();
  await expect(page.getByText(`Mã đơn vị ${unit.code} đã được dùng cho đơn vị khác.`)).toBeVisible();
  await page.getByLabel("Mã đơn vị").fill(`${unit.code}-2`);
  await page.getByRole("button", { name: "Thêm đơn vị" }).click();
  await warning.getByRole("button", { name: "Vẫn tạo" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `sở kiểm THỬ trùng tên ${stamp.toLowerCase()}` })).toBeVisible();

  const bloc = { code: `KTT${stamp}`, name: `Khối Kiểm thử trùng tên ${stamp}` };
  await visit(page, "/blocs/new");
  await page.getByLabel("Tên khối, cụm").fill(bloc.name);
  await page.getByLabel("Mã khối, cụm").fill(bloc.code);
  await page.getByLabel("Loại").selectOption("KHOI");
  await page.getByRole("button", { name: "Tạo khối, cụm" }).click();
  await expect(page.getByRole("heading", { level: 1, name: bloc.name })).toBeVisible();
  await visit(page, "/blocs/new");
  await page.getByLabel("Tên khối, cụm").fill(bloc.name.toUpperCase());
  await page.getByLabel("Mã khối, cụm").fill(`${bloc.code}-2`);
  await page.getByLabel("Loại").selectOption("CUM");
  await page.getByRole("button", { name: "Tạo khối, cụm" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Đã có khối, cụm “${bloc.name}” (mã ${bloc.code}) trùng tên.` })).toBeVisible();
  await page.getByRole("button", { name: "Vẫn tạo" }).click();
  await expect(page.getByRole("heading", { level: 1, name: bloc.name.toUpperCase() })).toBeVisible();
});
