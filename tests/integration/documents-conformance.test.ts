import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { AppSession } from "@/lib/auth/session-types";
import { db } from "@/lib/db";
import { generateDocument } from "@/lib/documents/generate";
import { DOCUMENT_KINDS, type DocumentKind } from "@/lib/documents/kinds";
import { docSymbolOf } from "@/lib/documents/layout";
import { takeNumber } from "@/lib/documents/numbering";
import { setDocumentDate } from "@/lib/documents/service";
import { seedDemo } from "@/prisma/seed/demo";
import { actor, storedActor } from "../support/actors";
import { DEMO_SUBJECTS } from "../support/demo-documents";
import { demoWorkbooks, type DemoWorkbook } from "../support/demo-workbooks";
import { pdfText, unzip } from "../support/document-files";
import { packageProblems } from "../support/ooxml-package";

const session = vi.hoisted(() => ({ current: null as AppSession | null }));
vi.mock("@/lib/auth/session", () => ({ getSession: async () => session.current }));

// The conformance sweep (docs/ARCHITECTURE.md, "The conformance sweep"): every document kind as
// DOCX and PDF and every workbook, made from the demo data, checked against ../shared/DOCUMENTS.md
// as far as a program can read it: the package Word and Excel open without a repair prompt,
// LibreOffice opens each DOCX and XLSX and prints it on A4 with its title, and our own PDF shows
// the frame a clerk checks. LibreOffice and poppler are required, never skipped.

/** What each kind prints: its kind line, whether it has căn cứ, "Nơi nhận:" and a place-and-date line. */
const KINDS: Record<DocumentKind, { docType: string; grounds: boolean; recipients: boolean; placeDate: boolean }> = {
  pledge: { docType: "GIAO ƯỚC THI ĐUA", grounds: false, recipients: true, placeDate: true },
  minutes: { docType: "BIÊN BẢN", grounds: false, recipients: true, placeDate: false },
  plan: { docType: "KẾ HOẠCH", grounds: false, recipients: true, placeDate: true },
  "review-minutes": { docType: "BIÊN BẢN", grounds: false, recipients: true, placeDate: false },
  "award-submission": { docType: "TỜ TRÌNH", grounds: true, recipients: true, placeDate: true },
  "achievement-report": { docType: "BÁO CÁO", grounds: false, recipients: false, placeDate: true },
  "bloc-report": { docType: "BÁO CÁO", grounds: true, recipients: true, placeDate: true },
  registrations: { docType: "BẢNG TỔNG HỢP", grounds: false, recipients: true, placeDate: true },
};

/** The kinds the demo leaves undated (day and month blank, as designed until the act happens). */
const UNDATED: DocumentKind[] = ["pledge", "plan", "bloc-report", "registrations"];

const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const MOTTO = "Độc lập - Tự do - Hạnh phúc";

/** The first of `names` on the PATH, or a failure that says how to install it: never a silent skip. */
function tool(names: string[], install: string): string {
  for (const name of names) for (const dir of (process.env.PATH ?? "").split(path.delimiter)) if (existsSync(path.join(dir, name))) return path.join(dir, name);
  throw new Error(`${names[0]} is not installed: the conformance sweep needs it. Install it with:\n\n  sudo apt-get install -y ${install}\n`);
}

const dir = mkdtempSync(path.join(tmpdir(), "conformance-"));
const docx = new Map<DocumentKind, Buffer>();
const pdf = new Map<DocumentKind, string>();
let workbooks: DemoWorkbook[] = [];
/** Every unit's and bloc's internal code, which a number line must not print where an abbreviation is registered. */
let codes: string[] = [];
/** What LibreOffice printed of each file (by file name): poppler's page sizes and text. */
const printed = new Map<string, { sizes: [number, number][]; text: string; pages: string[] }>();

beforeAll(async () => {
  const soffice = tool(["soffice", "libreoffice"], "libreoffice-writer-nogui libreoffice-calc-nogui");
  const pdfinfo = tool(["pdfinfo"], "poppler-utils");
  const pdftotext = tool(["pdftotext"], "poppler-utils");
  await seedDemo(db, { reset: false });
  const board = actor();
  const clerk = await storedActor();
  for (const kind of DOCUMENT_KINDS) {
    const id = await DEMO_SUBJECTS[kind]();
    // A number under 10 from the issuer's register, where the kind is numbered, so the leading zero shows.
    if (docSymbolOf(kind)) await db.$transaction((tx) => takeNumber(tx, kind, id, null, null));
    // 05/02/2026 by hand, where the demo leaves the day and month blank for the clerk.
    if (UNDATED.includes(kind)) await setDocumentDate(clerk, { kind, subjectId: id, date: new Date("2026-02-05T00:00:00Z") });
    docx.set(kind, Buffer.from((await generateDocument(kind, id, "docx", {}, board))!.bytes));
    pdf.set(kind, await pdfText((await generateDocument(kind, id, "pdf", {}, board))!.bytes));
  }
  workbooks = await demoWorkbooks((s) => (session.current = s));
  codes = [...(await db.unit.findMany({ select: { code: true } })), ...(await db.bloc.findMany({ select: { code: true } }))].map((r) => r.code);

  const files = [...[...docx].map(([kind, bytes]) => ({ file: `${kind}.docx`, bytes })), ...workbooks.map((w) => ({ file: `${w.name}.xlsx`, bytes: w.bytes }))];
  for (const { file, bytes } of files) writeFileSync(path.join(dir, file), bytes);
  // One LibreOffice start for all of them, with a profile of its own (a shared one locks).
  const started = Date.now();
  execFileSync(
    soffice,
    [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, ...files.map((f) => path.join(dir, f.file))],
    { stdio: "ignore", timeout: 240_000 },
  );
  if (process.env.CONFORMANCE_TIMING) console.log(`soffice converted ${files.length} files in ${Date.now() - started} ms`);
  for (const { file } of files) {
    const out = path.join(dir, file.replace(/\.\w+$/, ".pdf"));
    if (!existsSync(out)) continue;
    const info = execFileSync(pdfinfo, ["-l", "999", out], { encoding: "utf8" });
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map(
      (m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))] as [number, number],
    );
    // pdftotext ends each page with a form feed.
    const pages = execFileSync(pdftotext, [out, "-"], { encoding: "utf8" }).normalize("NFC").split("\f").slice(0, -1);
    printed.set(file, { sizes, pages, text: pages.join(" ").replace(/\s+/g, " ") });
  }
}, 300_000);

afterAll(() => (process.env.KEEP_CONFORMANCE ? console.log(dir) : rmSync(dir, { recursive: true, force: true })));

// A4 is 595 × 842 points.
const A4_PORTRAIT: [number, number] = [595, 842];
const A4_LANDSCAPE: [number, number] = [842, 595];

describe("every Word file and workbook is a package Word and Excel open without repairing", () => {
  it.each(DOCUMENT_KINDS)("%s.docx", (kind) => {
    expect(packageProblems(docx.get(kind)!, "docx")).toEqual([]);
  });

  it("every workbook", () => {
    expect(workbooks.length).toBeGreaterThanOrEqual(16);
    for (const w of workbooks) expect(packageProblems(w.bytes, "xlsx"), w.name).toEqual([]);
  });
});

const count = (xml: string, re: RegExp) => xml.match(re)?.length ?? 0;
const partsOf = (kind: DocumentKind) => new Map([...unzip(docx.get(kind)!)].map(([name, bytes]) => [name, bytes.toString("utf8")]));

// Word fidelity (docs/ARCHITECTURE.md, "Word files and the achievement report"): real styles on
// every paragraph and table, pages numbered by a PAGE field from page 2, no text box.
describe.each(DOCUMENT_KINDS)("%s as a Word file", (kind) => {
  it("defines Normal, Heading 1-3, Title and a table style, and uses them", () => {
    const files = partsOf(kind);
    const styles = files.get("word/styles.xml")!;
    for (const id of ["Normal", "BodyText", "Heading1", "Heading2", "Heading3", "Title", "Subtitle", "TableText", "DocumentTable"])
      expect(styles, id).toMatch(new RegExp(`w:styleId="${id}"`));
    expect(styles).toMatch(/<w:style w:type="table"[^>]*w:styleId="DocumentTable"/);
    const body = files.get("word/document.xml")!;
    const paragraphs = count(body, /<w:p>|<w:p /g);
    // Every paragraph names its style: no paragraph left to direct formatting alone.
    expect(count(body, /<w:pStyle w:val="/g)).toBe(paragraphs);
    expect(body).toContain('<w:pStyle w:val="Title"/>');
    // No run sets the font itself: it comes from the styles.
    expect(body).not.toContain("<w:rFonts");
    // Tables take their borders from the table style.
    expect(count(body, /<w:tblStyle w:val="/g)).toBe(count(body, /<w:tbl>/g));
    expect(body).not.toMatch(/<w:tblBorders>/);
  });

  it("numbers pages with a PAGE field from page 2, top centre, and has no text box", () => {
    const files = partsOf(kind);
    const body = files.get("word/document.xml")!;
    expect(body).toContain("<w:titlePg/>");
    const headers = [...files].filter(([name]) => /^word\/header\d+\.xml$/.test(name)).map(([, xml]) => xml);
    const numbered = headers.filter((xml) => /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/.test(xml));
    expect(numbered).toHaveLength(1);
    expect(numbered[0]).toContain('<w:pStyle w:val="Header"/>');
    expect(files.get("word/styles.xml")).toMatch(/w:styleId="Header"[\s\S]*?<w:jc w:val="center"\/>/);
    for (const xml of [body, ...headers]) expect(xml).not.toMatch(/txbxContent|v:textbox|wps:txbx|<w:txbx/);
  });
});

describe("LibreOffice opens each DOCX and prints it on A4 portrait with its title", () => {
  it.each(DOCUMENT_KINDS)("%s.docx", (kind) => {
    const out = printed.get(`${kind}.docx`);
    expect(out, "LibreOffice made no PDF").toBeDefined();
    for (const size of out!.sizes) expect(size).toEqual(A4_PORTRAIT);
    expect(out!.text).toContain(NATIONAL_TITLE);
    expect(out!.text).toContain(KINDS[kind].docType);
  });

  it.each(DOCUMENT_KINDS)("%s.docx numbers its pages from page 2, at the top", (kind) => {
    const pages = printed.get(`${kind}.docx`)!.pages.map((page) => page.trim());
    expect(pages[0]).not.toMatch(/^1\s/);
    pages.slice(1).forEach((page, i) => expect(page).toMatch(new RegExp(`^${i + 2}\\s`)));
  });
});

describe("LibreOffice opens each workbook and prints it on A4 with its title and its wording", () => {
  it("every workbook", () => {
    for (const w of workbooks) {
      const out = printed.get(`${w.name}.xlsx`);
      expect(out, `${w.name}: LibreOffice made no PDF`).toBeDefined();
      for (const size of out!.sizes) expect([A4_PORTRAIT, A4_LANDSCAPE], w.name).toContainEqual(size);
      // On the first page: the title row, or the title printed in the page header.
      expect(out!.pages[0].replace(/\s+/g, " "), w.name).toContain(w.title);
      expect(out!.text, w.name).toContain("Trang 1/");
      // Numbers with the decimal comma: a digit, a point and a digit (not a thousands group) is a
      // decimal point. The score template's guide says a typed point is read too ("9,5 hoặc 9.5").
      expect(out!.text.replace("9,5 hoặc 9.5", ""), w.name).not.toMatch(/\d\.\d(?!\d{2})/);
      if (w.wording) expect(out!.text, w.name).toContain(w.wording.says);
      if (w.wording) expect(out!.text, w.name).not.toContain(w.wording.never);
    }
  });

  it("prints a wide table landscape, as lib/xlsx/print.ts decides", () => {
    const sizes = (name: string) => printed.get(`${name}.xlsx`)!.sizes;
    expect(sizes("xep-hang-khoi")[0]).toEqual(A4_LANDSCAPE);
    expect(sizes("bang-diem-khoi")[0]).toEqual(A4_LANDSCAPE);
    // An onboarding template's guide sheet, its last page, is narrow.
    expect(sizes("mau-don-vi").at(-1)).toEqual(A4_PORTRAIT);
  });
});

describe.each(DOCUMENT_KINDS)("our PDF of %s shows the frame a clerk checks", (kind) => {
  const rules = KINDS[kind];
  const text = () => pdf.get(kind)!;

  it("has the national title and motto, and its kind", () => {
    expect(text()).toContain(NATIONAL_TITLE);
    expect(text()).toContain(MOTTO);
    expect(text()).toContain(rules.docType);
  });

  it("is numbered with a leading zero where the kind is numbered, under the issuer's abbreviation, not its code", () => {
    const symbol = docSymbolOf(kind);
    if (!symbol) expect(text()).not.toMatch(/Số: \d/);
    else expect(text()).toMatch(new RegExp(`Số: \\d{2,}/${symbol}-\\S+`));
    const issuer = /Số: \S+?\/[^-\s]+-(\S+)/.exec(text())?.[1];
    expect(issuer, "no number line").toBeDefined();
    expect(codes).not.toContain(issuer);
  });

  it("has a place-and-date line with leading zeros, except a biên bản", () => {
    const header = text().slice(0, text().indexOf(rules.docType));
    if (!rules.placeDate) return expect(header).not.toMatch(/ngày/);
    const line = /\S+, ngày (\d+) tháng (\d+) năm \d{4}/.exec(header);
    expect(line, "no place-and-date line above the kind").not.toBeNull();
    const [, day, month] = line!;
    expect(day).toMatch(/^\d{2}$/);
    if (Number(month) <= 2) expect(month).toMatch(/^0\d$/);
  });

  it("ends each căn cứ with a semicolon and the last with a full stop", () => {
    const grounds = [...text().matchAll(/Căn cứ [^;.]*?(?:[;.](?=\s)|$)/g)].map((m) => m[0]);
    if (!rules.grounds) return;
    expect(grounds.length).toBeGreaterThan(0);
    for (const g of grounds.slice(0, -1)) expect(g.endsWith(";"), g).toBe(true);
    expect(grounds.at(-1)!.endsWith("."), grounds.at(-1)).toBe(true);
  });

  it("lists Nơi nhận where the kind has it, ending with the copy kept", () => {
    if (rules.recipients) expect(text()).toMatch(/Nơi nhận:.*- Lưu: VT/);
  });

  it("is NFC, with no blank year, no doubled year and no decimal point", () => {
    expect(text()).toBe(text().normalize("NFC"));
    expect(text()).not.toMatch(/năm 20…|năm 20\.\.\./);
    expect(text()).not.toMatch(/năm (\d{4}),? năm \1/);
    // A score or a share is written 95,5 and 87,5%: a digit, a point and a digit is a decimal point.
    expect(text()).not.toMatch(/\d\.\d(?!\d{2})/);
  });
});
