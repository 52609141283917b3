import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import type { DocumentKind } from "@/lib/documents/kinds";
import { generateDocument } from "@/lib/documents/generate";
import { takeNumber } from "@/lib/documents/numbering";
import { DomainError } from "@/lib/errors";
import { seedDemo } from "@/prisma/seed/demo";
import { actor } from "../support/actors";
import { docxText, pdfText, unzip } from "../support/document-files";

const session = vi.hoisted(() => ({ current: null as AppSession | null }));
vi.mock("@/lib/auth/session", () => ({ getSession: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const { takeDocumentNumberAction } = await import("@/lib/documents/actions");

// The shared frame on the demo data (docs/ARCHITECTURE.md, "Official documents"): who heads each
// kind and where it is dated, the numbering register, the biên bản of Mẫu 1.9, the tờ trình's căn
// cứ and columns, the review minutes' votes per award form and the pledge's signing rows.

const NC = "bloc-noi-chinh-tinh";
const YEAR_2025 = "year-noi-chinh-tinh-2025";
const board = actor();

async function texts(kind: DocumentKind, id: string) {
  const docx = await generateDocument(kind, id, "docx", {}, board);
  const pdf = await generateDocument(kind, id, "pdf", {}, board);
  const xml = unzip(Buffer.from(docx!.bytes)).get("word/document.xml")!.toString("utf8");
  return { xml, docx: docxText(xml), pdf: await pdfText(pdf!.bytes) };
}

beforeAll(async () => {
  await seedDemo(db, { reset: false });
});

describe("the tờ trình", () => {
  it("is headed by the leader unit, numbered in its register, cites the minutes by number and date, and punctuates its căn cứ", async () => {
    const t = await texts("award-submission", `proposal-${YEAR_2025}`);
    for (const text of [t.docx, t.pdf]) {
      expect(text).toContain("CÔNG AN TỈNH");
      expect(text).not.toMatch(/HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH[^K]*CÔNG AN TỈNH/); // the council is not above the unit
      expect(text).toContain("Số: 05/TTr-CAT");
      expect(text).toContain("Căn cứ Biên bản số 02/BB-KNC họp bình xét thi đua năm 2025");
      expect(text).toContain("ngày 20/12/2025."); // the meeting's day, as the minutes print it
      expect(text).not.toMatch(/năm 2025 năm 2025/);
      expect(text).not.toMatch(/Căn cứ[^;]*,\s*Công an tỉnh, đơn vị/);
      expect(text).toContain("Thành tích");
      expect(text).toContain("Dẫn đầu phong trào thi đua năm 2025 của Khối");
      expect(text).toContain("GIÁM ĐỐC");
      expect(text).toContain("Trần Quốc Hùng");
    }
  });
});

describe("the tờ trình's căn cứ", () => {
  it("cites the decree with its issuer and the bloc's regulation in force, both from the records", async () => {
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    // Examples written by this test, not claims about the law: a province records its own.
    await db.legalDocument.create({
      data: {
        number: "99/2099/NĐ-CP",
        title: "Nghị định quy định chi tiết một số điều của Luật Thi đua, khen thưởng",
        issuer: "Chính phủ",
        issuedOn: day("2024-01-01"),
        inForceFrom: day("2024-01-01"),
        position: 2,
      },
    });
    const decision = await db.libraryDocument.create({
      data: {
        blocYearId: YEAR_2025,
        kind: "REGULATION",
        number: "01/QĐ-KNC",
        issuedOn: day("2025-03-05"),
        issuer: "Khối thi đua Nội chính tỉnh",
        title: "Quyết định ban hành Quy chế",
        searchKey: "quyet dinh ban hanh quy che",
      },
    });
    await db.regulation.create({
      data: { blocYearId: YEAR_2025, title: "Quy chế tổ chức và hoạt động của Khối", status: "ADOPTED", adoptedOn: day("2025-03-05"), decisionId: decision.id },
    });
    const t = await texts("award-submission", `proposal-${YEAR_2025}`);
    for (const text of [t.docx, t.pdf].map((x) => x.replace(/\s+/g, " "))) {
      expect(text).toContain(
        "Căn cứ Nghị định số 99/2099/NĐ-CP ngày 1 tháng 1 năm 2024 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;",
      );
      expect(text).toContain(
        "Căn cứ Quy chế tổ chức và hoạt động của Khối ban hành kèm theo Quyết định số 01/QĐ-KNC ngày 5 tháng 3 năm 2025 của Khối thi đua Nội chính tỉnh;",
      );
    }
  });
});

describe("the biên bản (Mẫu 1.9)", () => {
  it("records the review meeting: start and end, chair and secretary by name, the vote per award form; no place-and-date line", async () => {
    const t = await texts("review-minutes", `ranking-${YEAR_2025}`);
    for (const text of [t.docx, t.pdf]) {
      expect(text).toContain("KHỐI THI ĐUA CÁC CƠ QUAN");
      expect(text).toContain("Số: 02/BB-KNC");
      expect(text).not.toMatch(/, ngày \d{2} tháng \d{1,2} năm \d{4}BIÊN BẢN/);
      expect(text).toContain("Thời gian bắt đầu: Vào hồi 08 giờ 00, ngày 20 tháng 12 năm 2025.");
      expect(text).toContain("Chủ trì (chủ tọa): Trần Quốc Hùng");
      expect(text).toContain("Thư ký (người ghi biên bản): Nguyễn Thu Trang");
      expect(text).toContain("Biểu quyết đề nghị khen thưởng");
      expect(text).toContain("8/8 (100%)");
      expect(text).toContain("7/8 (87,5%)");
      expect(text).toContain("kết thúc vào hồi 11 giờ 15 cùng ngày");
      expect(text).toMatch(/THƯ KÝ[\s\S]*CHỦ TỌA/);
      expect(text).toContain("Nơi nhận:");
    }
  });

  it("prints the conference's chair by name, not a title in the name's place", async () => {
    const t = await texts("minutes", "conf-noi-chinh-tinh-2026-signing");
    for (const text of [t.docx, t.pdf]) {
      expect(text).toContain("Chủ trì (chủ tọa): Lê Thị Thanh Hương, Giám đốc Sở Nội vụ, Trưởng khối");
      expect(text).toMatch(/CHỦ TỌA\s*(Nguyễn Thu Trang\s*)?Lê Thị Thanh Hương|Lê Thị Thanh Hương/);
    }
  });
});

describe("the pledge", () => {
  it("gives each member a signing row of at least 30 mm, the head's name and title, and online signing as a note", async () => {
    const pledge = await db.pledge.findFirstOrThrow({ where: { blocYear: { blocId: NC, year: 2026 } }, select: { id: true } });
    const t = await texts("pledge", pledge.id);
    const heights = [...t.xml.matchAll(/<w:trHeight w:val="(\d+)" w:hRule="atLeast"\/>/g)].map((m) => Number(m[1]));
    expect(heights.length).toBe(8);
    for (const h of heights) expect(h).toBeGreaterThanOrEqual(Math.round((30 / 25.4) * 1440));
    for (const text of [t.docx, t.pdf]) {
      expect(text).toContain("Ký tên, đóng dấu");
      expect(text).toContain("Đã ký trực tuyến:");
      expect(text).not.toContain("Đã ký trên hệ thống");
      expect(text).toContain("Nơi nhận:");
      expect(text.indexOf("Sở Nội vụ (Trưởng khối)")).toBeLessThan(text.indexOf("Sở Tư pháp (Phó Trưởng khối)"));
    }
  });
});

describe("the numbering register", () => {
  it("gives the next number of the issuer's register, keeps it, refuses a typed number already given", async () => {
    const a = await db.$transaction((tx) => takeNumber(tx, "minutes", "conf-noi-chinh-tinh-2026-signing", null, null));
    const b = await db.$transaction((tx) => takeNumber(tx, "minutes", "conf-noi-chinh-tinh-2026-mid-year", null, null));
    expect(b).toBe(a + 1);
    expect(await db.$transaction((tx) => takeNumber(tx, "minutes", "conf-noi-chinh-tinh-2026-signing", null, null))).toBe(a);
    const pledge = await db.pledge.findFirstOrThrow({ where: { blocYear: { blocId: NC, year: 2026 } }, select: { id: true } });
    expect(await db.$transaction((tx) => takeNumber(tx, "pledge", pledge.id, null, null))).toBeGreaterThan(0);
    await expect(db.$transaction((tx) => takeNumber(tx, "minutes", "conf-noi-chinh-tinh-2026-mid-year", a, null))).rejects.toBeInstanceOf(DomainError);
    // Typed ahead of the counter: the next one skips it.
    const plan = "year-noi-chinh-tinh-2026";
    const typed = await db.$transaction((tx) => takeNumber(tx, "minutes", "conf-noi-chinh-tinh-2026-mid-year", b + 5, null));
    expect(typed).toBe(b + 5);
    expect(await db.$transaction((tx) => takeNumber(tx, "plan", plan, null, null))).toBe(1); // its own ký hiệu: KH
    const t = await texts("minutes", "conf-noi-chinh-tinh-2026-mid-year");
    expect(t.pdf).toContain(`Số: ${String(b + 5).padStart(2, "0")}/BB-KNC`);
  });

  it("never gives one number twice to concurrent takers", async () => {
    const years = await db.blocYear.findMany({ where: { blocId: NC }, select: { id: true } });
    const conferences = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        db.conference.create({
          data: { blocYearId: years[0].id, kind: "OTHER", title: `Họp ${i}`, date: new Date("2026-03-01T01:00:00Z") },
          select: { id: true },
        }),
      ),
    );
    const numbers = await Promise.all(conferences.map((c) => db.$transaction((tx) => takeNumber(tx, "minutes", c.id, null, null))));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it("goes through the action: Vietnamese refusals for a taken or malformed number", async () => {
    session.current = actor();
    const taken = await db.documentNumber.findFirstOrThrow({ where: { kind: "minutes", subjectId: "conf-noi-chinh-tinh-2026-signing" } });
    const other = await db.conference.create({
      data: { blocYearId: "year-noi-chinh-tinh-2026", kind: "OTHER", title: "Họp thêm", date: new Date("2026-04-01T01:00:00Z") },
    });
    expect(await takeDocumentNumberAction({ kind: "minutes", subjectId: other.id, number: String(taken.number) })).toMatchObject({
      error: "documents.errors.numberTaken",
    });
    expect(await takeDocumentNumberAction({ kind: "minutes", subjectId: other.id, number: "5a" })).toMatchObject({ error: "errors.validation" });
    expect(await takeDocumentNumberAction({ kind: "minutes", subjectId: other.id, number: "" })).toMatchObject({ ok: true });
  });
});
