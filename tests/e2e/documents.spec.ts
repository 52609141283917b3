import { readFile } from "node:fs/promises";
import { expect, test, type Download, type Page } from "@playwright/test";
import { pdfText } from "./pdf-text";
import { signIn, signOut, visit } from "./support";

// Demo data (prisma/seed/data.ts): the 2026 pledge of Khối thi đua các cơ quan Nội chính tỉnh
// (code NOICHINH) is open, signed at the signing conference by the heads of Công an tỉnh,
// Viện Kiểm sát nhân dân tỉnh and Bộ Chỉ huy Quân sự tỉnh.
const NC_PLEDGE = "/blocs/bloc-noi-chinh-tinh/years/2026/pledge";
const NC_PLAN = "/blocs/bloc-noi-chinh-tinh/years/2026/plan";
const SEEDED_SIGNERS = ["Trần Quốc Hùng", "Đinh Thị Mai", "Nguyễn Đức Thắng"];
const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const MOTTO = "Độc lập - Tự do - Hạnh phúc";
// A bloc year that `bantdkt.khoi` (assigned to two other blocs only) may not see.
const QN_PLAN_API = "/api/documents/plan/year-van-hoa-xa-hoi-quang-ninh-2026";

async function download(page: Page, linkName: string): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: linkName, exact: true }).click()]);
  const path = await file.path();
  return { file, bytes: await readFile(path) };
}

test("board staff download the pledge as DOCX and PDF, with the national title and the signers' names", async ({ page }) => {
  await signIn(page, "bantdkt");
  await visit(page, NC_PLEDGE);

  const docx = await download(page, "Tải DOCX (giao ước)");
  expect(docx.file.suggestedFilename()).toBe("giao-uoc-thi-dua_NOICHINH_2026.docx");
  expect(docx.bytes.subarray(0, 2).toString("latin1")).toBe("PK"); // a zip…
  expect(docx.bytes.includes(Buffer.from("word/document.xml"))).toBe(true); // …of WordprocessingML

  const pdf = await download(page, "Tải PDF (giao ước)");
  expect(pdf.file.suggestedFilename()).toBe("giao-uoc-thi-dua_NOICHINH_2026.pdf");
  expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const text = await pdfText(pdf.bytes);
  expect(text).toContain(NATIONAL_TITLE.normalize("NFC"));
  expect(text).toContain(MOTTO.normalize("NFC"));
  expect(text).toContain("GIAO ƯỚC THI ĐUA");
  for (const name of SEEDED_SIGNERS) expect(text).toContain(name.normalize("NFC"));
});

test("the year plan downloads from the plan page", async ({ page }) => {
  await signIn(page, "bantdkt");
  await visit(page, NC_PLAN);
  const pdf = await download(page, "Tải PDF (kế hoạch hoạt động)");
  expect(pdf.file.suggestedFilename()).toBe("ke-hoach-hoat-dong_NOICHINH_2026.pdf");
  const text = await pdfText(pdf.bytes);
  expect(text).toContain(NATIONAL_TITLE.normalize("NFC"));
  expect(text).toContain("KẾ HOẠCH");
  const docx = await download(page, "Tải DOCX (kế hoạch hoạt động)");
  expect(docx.file.suggestedFilename()).toBe("ke-hoach-hoat-dong_NOICHINH_2026.docx");
});

test("documents are refused to anyone who may not see the bloc", async ({ page }) => {
  // Not signed in.
  expect((await page.request.get(`${QN_PLAN_API}?format=pdf`)).status()).toBe(401);

  // Board staff of all blocs may; staff assigned to other blocs get the same 404 as a missing document.
  await signIn(page, "bantdkt");
  const allowed = await page.request.get(`${QN_PLAN_API}?format=pdf`);
  expect(allowed.status()).toBe(200);
  expect(allowed.headers()["content-type"]).toBe("application/pdf");
  expect(allowed.headers()["content-disposition"]).toMatch(/^attachment; filename="ke-hoach-hoat-dong_QN-VHXH_2026\.pdf"$/);
  await signOut(page);

  await signIn(page, "bantdkt.khoi");
  expect((await page.request.get(`${QN_PLAN_API}?format=pdf`)).status()).toBe(404);
  expect((await page.request.get("/api/documents/pledge/does-not-exist?format=docx")).status()).toBe(404);
  expect((await page.request.get("/api/documents/pledge/pledge-noi-chinh-tinh-2026?format=exe")).status()).toBe(400);
  const own = await page.request.get("/api/documents/pledge/pledge-noi-chinh-tinh-2026?format=docx");
  expect(own.status()).toBe(200);
  expect(own.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
});

test("whoever keeps the plan sets the date it carries before issue, and the PDF prints it", async ({ page }) => {
  await signIn(page, "bantdkt");
  await visit(page, NC_PLAN);
  const field = page.getByLabel("Ngày ghi trên văn bản", { exact: true });
  await field.fill("31/12/2099");
  await page.getByRole("button", { name: "Lưu ngày" }).click();
  await expect(page.getByText(/Ngày không được sau/)).toBeVisible();
  await field.fill("10/01/2026");
  await page.getByRole("button", { name: "Lưu ngày" }).click();
  await expect(page.getByText("Đã lưu ngày ghi trên văn bản.")).toBeVisible();
  const text = await pdfText((await download(page, "Tải PDF (kế hoạch hoạt động)")).bytes);
  expect(text).toContain("ngày 10 tháng 01 năm 2026");
  // Back to the rule (blank day and month) for the other tests.
  await field.fill("");
  await page.getByRole("button", { name: "Lưu ngày" }).click();
  await expect(page.getByText("Đã lưu ngày ghi trên văn bản.")).toBeVisible();
});

test("the clerk takes the minutes' number from the bloc's register, a malformed one is refused, and the PDF prints it", async ({ page }) => {
  await signIn(page, "bantdkt");
  await visit(page, "/blocs/bloc-noi-chinh-tinh/years/2026/conferences/conf-noi-chinh-tinh-2026-mid-year");
  const field = page.getByLabel("Số văn bản", { exact: true });
  await field.fill("");
  await page.getByRole("button", { name: "Lấy số" }).click();
  await expect(page.getByText("Đã cấp số văn bản.")).toBeVisible();
  await expect(field).toHaveValue(/^\d{2,}$/);
  const number = await field.inputValue();
  const text = await pdfText((await download(page, "Tải PDF (biên bản hội nghị)")).bytes);
  expect(text).toContain(`Số: ${number}/BB-KNC`);
  // Mẫu 1.9: no place-and-date line, the meeting's time in the first line.
  expect(text).toContain("Thời gian bắt đầu: Vào hồi 14 giờ 00, ngày 22 tháng 7 năm 2026.");
  await field.fill("5a");
  await page.getByRole("button", { name: "Lấy số" }).click();
  await expect(page.getByText("Nhập số nguyên, không có dấu phẩy hay dấu chấm.")).toBeVisible();
});
