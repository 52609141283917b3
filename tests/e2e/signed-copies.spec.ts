import { expect, test } from "@playwright/test";
import { makeCrl } from "../support/pki-tokens";
import { signedPdf } from "../support/signed-pdfs";
import { testPki } from "../support/test-ca";
import { addDocTimestamp, addDss } from "../support/ltv-pdfs";
import { signIn, signOut, visit } from "./support";

// The year plan's signed copy on the plan page: a PDF signed at test time is verified and the
// plan shown as signed, with who signed and when; a PDF changed after signing is refused with
// the reason. The server has no trust anchors here, so the issuer is shown but not judged.
const NC_PLAN = "/blocs/bloc-noi-chinh-tinh/years/2026/plan";

test("the leader files the plan's digitally signed PDF, then its long-term-validation version; a changed one is refused", async ({ page }) => {
  const pki = await testPki();
  const good = await signedPdf(pki.signer);
  const changed = Buffer.concat([good, Buffer.from("\n% sửa sau khi ký\n")]);

  await signIn(page, "bantdkt");
  await visit(page, NC_PLAN);
  const section = page.getByRole("region", { name: "Bản đã ký: kế hoạch hoạt động" });
  await section.getByText(/^(Tải lên|Thay) bản đã ký$/).click();
  const input = section.getByLabel("Bản đã ký (kế hoạch hoạt động)");

  await input.setInputFiles({ name: "ke-hoach-sua.pdf", mimeType: "application/pdf", buffer: changed });
  await section.getByRole("button", { name: "Tải lên" }).click();
  await expect(section.getByText(/Tệp PDF đã bị thay đổi sau khi ký/)).toBeVisible();

  await input.setInputFiles({ name: "ke-hoach-da-ky.pdf", mimeType: "application/pdf", buffer: good });
  await section.getByRole("button", { name: "Tải lên" }).click();
  await expect(section.getByText("Người ký: Nguyễn Văn Minh", { exact: true })).toBeVisible();
  await expect(section.getByText("Đã ký", { exact: true })).toBeVisible();
  await expect(section.getByText("Tệp không bị thay đổi sau khi ký.", { exact: true })).toBeVisible();
  await expect(section.getByText("Thời điểm ký: 01/12/2026 09:30", { exact: true })).toBeVisible();
  await expect(section.getByText(/^Tình trạng thu hồi: không có thông tin thu hồi/)).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 768 });
  await section.screenshot({ path: test.info().outputPath("signed-copy-1366.png") });
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await section.screenshot({ path: test.info().outputPath("signed-copy-390.png") });

  const [download] = await Promise.all([page.waitForEvent("download"), section.getByRole("link", { name: "Tải bản đã ký: ke-hoach-da-ky.pdf" }).click()]);
  expect(download.suggestedFilename()).toBe("ke-hoach-da-ky.pdf");

  // The same PDF as a remote-signing service returns it (PAdES B-LTA): a DSS with a CRL, then a
  // document time-stamp. Accepted, the time-stamp and the revocation status shown.
  const lta = await addDocTimestamp(await addDss(good, { crls: [await makeCrl(pki.ca, [])] }), pki.tsa);
  await page.setViewportSize({ width: 1366, height: 768 });
  if (!(await input.isVisible())) await section.getByText("Thay bản đã ký", { exact: true }).click();
  await input.setInputFiles({ name: "ke-hoach-ltv.pdf", mimeType: "application/pdf", buffer: lta });
  await section.getByRole("button", { name: "Tải lên" }).click();
  await expect(section.getByText("Dấu thời gian tài liệu của Máy chủ cấp dấu thời gian thử nghiệm", { exact: true })).toBeVisible();
  await expect(section.getByText("Thời điểm đóng dấu: 01/12/2026 10:05", { exact: true })).toBeVisible();
  await expect(
    section.getByText("Tình trạng thu hồi: chứng thư chưa bị thu hồi khi ký (theo CRL phát hành lúc 01/12/2026 10:00, có trong tệp).", { exact: true }),
  ).toBeVisible();
  await expect(section.getByText(/^Sau khi ký, tệp chỉ được bổ sung dữ liệu kiểm tra dài hạn/)).toBeVisible();
  await expect(section.getByText(/^Chứng thư của đơn vị cấp dấu thời gian còn hiệu lực khi đóng dấu/)).toBeVisible();
  await section.screenshot({ path: test.info().outputPath("signed-copy-ltv-1366.png") });

  // A member of the bloc sees it signed but cannot file one.
  await signOut(page);
  await signIn(page, "donvi");
  await visit(page, NC_PLAN);
  const seen = page.getByRole("region", { name: "Bản đã ký: kế hoạch hoạt động" });
  await expect(seen.getByText("Người ký: Nguyễn Văn Minh", { exact: true })).toBeVisible();
  await expect(seen.getByText("Tải lên bản đã ký")).toHaveCount(0);
});
