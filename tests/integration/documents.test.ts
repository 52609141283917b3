import { beforeAll, describe, expect, it, vi } from "vitest";
import { PDFDict, PDFDocument, PDFName } from "pdf-lib";
import { db } from "@/lib/db";
import { visibleBlocsWhere } from "@/lib/blocs/policy";
import { buildDocument, generateDocument } from "@/lib/documents/generate";
import type { AppSession } from "@/lib/auth/session-types";
import { GET } from "@/app/api/documents/[kind]/[id]/route";
import { actor } from "../support/actors";
import { docxText, pdfText, unzip } from "../support/document-files";

// The route reads the session through getSession (next-auth); here it is whoever the test says.
const session = vi.hoisted(() => ({ current: null as AppSession | null }));
vi.mock("@/lib/auth/session", () => ({ getSession: async () => session.current }));

// The three official documents, generated from rows in the real database, checked as files:
// the DOCX as a zip of WordprocessingML, the PDF through its extracted text.

const stamp = Math.random().toString(36).slice(2, 7).toUpperCase();
const code = `DOC${stamp}`;
const signers = [
  { name: "Trần Thị Ngọc Ánh", title: "Giám đốc Sở Nội vụ" },
  { name: "Nguyễn Đức Hưởng", title: "Giám đốc Sở Tư pháp" },
  { name: "Phạm Quốc Việt", title: "Chánh Thanh tra tỉnh" },
];
const NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const MOTTO = "Độc lập - Tự do - Hạnh phúc";

let unitIds: string[] = [];
let outsiderUnitId: string;
let blocYearId: string;
let pledgeId: string;
let conferenceId: string;

beforeAll(async () => {
  const names = ["Sở Nội vụ", "Sở Tư pháp", "Thanh tra tỉnh", "Tòa án nhân dân tỉnh"];
  unitIds = [];
  for (const [i, name] of names.entries()) {
    const u = await db.unit.create({
      data: { code: `${code}-${i}`, name: `${name} ${stamp}`, shortName: name, headName: signers[i]?.name, headTitle: signers[i]?.title },
    });
    unitIds.push(u.id);
  }
  outsiderUnitId = (await db.unit.create({ data: { code: `${code}-X`, name: `Sở Y tế ${stamp}`, shortName: "Sở Y tế" } })).id;
  const bloc = await db.bloc.create({ data: { code, name: `Khối thi đua các cơ quan Nội chính ${stamp}`, kind: "KHOI" } });
  const year = await db.blocYear.create({
    data: {
      blocId: bloc.id,
      year: 2026,
      leaderUnitId: unitIds[0],
      deputyUnitId: unitIds[1],
      theme: "Đoàn kết, sáng tạo, thi đua xây dựng và bảo vệ Tổ quốc",
      motto: "Đoàn kết, kỷ cương, đổi mới, sáng tạo, khát vọng phát triển",
      members: { create: unitIds.map((unitId) => ({ unitId })) },
    },
  });
  blocYearId = year.id;
  await db.planItem.createMany({
    data: [
      { blocYearId, position: 1, title: "Hội nghị ký kết giao ước thi đua năm 2026", startDate: new Date("2026-02-28"), hostUnitId: unitIds[0] },
      {
        blocYearId,
        position: 2,
        title: "Giao lưu thể thao chào mừng Quốc khánh 02/9",
        startDate: new Date("2026-08-15"),
        endDate: new Date("2026-08-20"),
        hostUnitId: unitIds[1],
      },
    ],
  });
  const pledge = await db.pledge.create({
    data: {
      blocYearId,
      status: "OPEN",
      title: "Giao ước thi đua năm 2026",
      preamble: "Căn cứ Luật Thi đua, khen thưởng năm 2022, các đơn vị thành viên thống nhất giao ước thi đua với các nội dung sau:",
      openedAt: new Date("2026-02-20T02:00:00Z"),
      items: {
        create: [
          { position: 1, content: "Hoàn thành xuất sắc nhiệm vụ chính trị được giao; bảo đảm an ninh chính trị, trật tự an toàn xã hội." },
          { position: 2, content: "Đẩy mạnh cải cách hành chính, chuyển đổi số; giải quyết đúng hạn 100% hồ sơ." },
        ],
      },
      signatures: {
        create: signers.map((s, i) => ({
          unitId: unitIds[i],
          signerName: s.name,
          signerTitle: s.title,
          byHead: i !== 2,
          signedAt: new Date(`2026-02-28T0${3 + i}:00:00Z`),
        })),
      },
    },
  });
  pledgeId = pledge.id;
  const conference = await db.conference.create({
    data: {
      blocYearId,
      kind: "MID_YEAR",
      title: "Hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2026",
      date: new Date("2026-07-22T01:30:00Z"),
      venue: "Hội trường Sở Nội vụ",
      hostUnitId: unitIds[0],
      chairName: signers[0].name,
      chairTitle: signers[0].title,
      agenda: "Báo cáo sơ kết 6 tháng.\nThảo luận.",
      minutes: "Các đại biểu thống nhất với báo cáo sơ kết.",
      guests: { create: [{ position: 1, name: "Lê Quang Huy", title: "Phó Trưởng ban", organisation: "Ban Thi đua - Khen thưởng" }] },
      attendance: {
        create: [
          { unitId: unitIds[0], status: "PRESENT", representativeName: signers[0].name },
          { unitId: unitIds[1], status: "PRESENT", representativeName: signers[1].name },
          { unitId: unitIds[2], status: "PRESENT", representativeName: signers[2].name },
          { unitId: unitIds[3], status: "ABSENT", absenceReason: "Xét xử lưu động" },
        ],
      },
      decisions: {
        create: [
          {
            position: 1,
            content: "Thông qua báo cáo sơ kết.",
            needsVote: true,
            votesFor: 3,
            votesAgainst: 0,
            votesAbstain: 0,
            presentCount: 3,
            memberCount: 4,
          },
        ],
      },
    },
  });
  conferenceId = conference.id;
});

describe("pledge as DOCX", () => {
  it("is a valid WordprocessingML zip in the Nghị định 30 frame, with every signer", async () => {
    const file = await generateDocument("pledge", pledgeId, "docx", {});
    expect(file).not.toBeNull();
    expect(file!.fileName).toBe(`giao-uoc-thi-dua_${code}_2026.docx`);
    expect(file!.contentType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    const zip = unzip(Buffer.from(file!.bytes));
    expect([...zip.keys()]).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/document.xml", "word/styles.xml"]));
    const xml = zip.get("word/document.xml")!.toString("utf8");
    const text = docxText(xml);
    expect(text).toContain(NATIONAL);
    expect(text).toContain(MOTTO);
    expect(text).toContain("GIAO ƯỚC THI ĐUA");
    expect(text).toContain(`Số: …/GƯTĐ-${code}`);
    // Not signed by every member yet: the day and month are left blank, never the day it was opened or generated.
    expect(text).toMatch(/Ninh Bình, ngày\s+tháng\s+năm 2026/);
    for (const s of signers) {
      expect(text).toContain(s.name.normalize("NFC"));
      expect(text).toContain(s.title.normalize("NFC"));
    }
    expect(text).toContain(`Tòa án nhân dân tỉnh ${stamp}`); // the unit that has not signed still has its row

    // A4 (210 × 297 mm) and margins top/bottom 20 mm, left 30 mm, right 15 mm, in twips.
    expect(xml).toMatch(/<w:pgSz[^>]*w:w="11906"[^>]*w:h="16838"/);
    const margins = /<w:pgMar ([^>]*)\/>/.exec(xml)![1];
    expect(margins).toContain('w:top="1134"');
    expect(margins).toContain('w:bottom="1134"');
    expect(margins).toContain('w:left="1701"');
    expect(margins).toContain('w:right="850"');
    // Times New Roman everywhere, from the styles (no run sets its font), national title in bold.
    const styles = zip.get("word/styles.xml")!.toString("utf8");
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(styles).toContain('w:hAnsi="Times New Roman"');
    expect(xml).not.toContain("<w:rFonts");
    expect(xml).toMatch(new RegExp(`<w:r><w:rPr>(?:(?!</w:rPr>).)*<w:b/>(?:(?!</w:r>).)*${NATIONAL}`));
  });
});

describe("pledge as PDF", () => {
  it("embeds the font so the national title and signers' names extract with their diacritics", async () => {
    const file = await generateDocument("pledge", pledgeId, "pdf", {});
    expect(file!.fileName).toBe(`giao-uoc-thi-dua_${code}_2026.pdf`);
    expect(file!.contentType).toBe("application/pdf");
    const bytes = file!.bytes;
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    // The TrueType font is embedded (FontFile2), as a subset.
    const loaded = await PDFDocument.load(bytes);
    const fontFiles = loaded.context.enumerateIndirectObjects().filter(([, obj]) => obj instanceof PDFDict && obj.has(PDFName.of("FontFile2")));
    expect(fontFiles.length).toBeGreaterThanOrEqual(2); // regular and bold at least
    expect(bytes.byteLength).toBeLessThan(300_000); // subset, not the whole font

    const text = await pdfText(bytes);
    expect(text).toContain(NATIONAL.normalize("NFC"));
    expect(text).toContain(MOTTO.normalize("NFC"));
    expect(text).toContain("GIAO ƯỚC THI ĐUA");
    for (const s of signers) expect(text).toContain(s.name.normalize("NFC"));
    expect(text).toContain("Hoàn thành xuất sắc nhiệm vụ chính trị được giao");
  });
});

describe("minutes and plan", () => {
  it("generates the conference minutes with attendance, vote and signature block", async () => {
    const docx = await generateDocument("minutes", conferenceId, "docx", {});
    expect(docx!.fileName).toBe(`bien-ban-hoi-nghi_${code}_2026-07-22.docx`);
    const text = docxText(unzip(Buffer.from(docx!.bytes)).get("word/document.xml")!.toString("utf8"));
    expect(text).toContain(NATIONAL);
    expect(text).toContain("BIÊN BẢN");
    expect(text).toContain("Vào hồi 08 giờ 30, ngày 22 tháng 7 năm 2026.");
    expect(text).toContain("Lý do: Xét xử lưu động");
    expect(text).toContain("tán thành 3");
    expect(text).toContain("CHỦ TRÌ HỘI NGHỊ");

    const pdf = await generateDocument("minutes", conferenceId, "pdf", {});
    expect(pdf!.fileName).toBe(`bien-ban-hoi-nghi_${code}_2026-07-22.pdf`);
    const pdfTextContent = await pdfText(pdf!.bytes);
    expect(pdfTextContent).toContain("BIÊN BẢN");
    expect(pdfTextContent).toContain(signers[0].name);
  });

  it("generates the year plan from the bloc year id", async () => {
    const pdf = await generateDocument("plan", blocYearId, "pdf", {});
    expect(pdf!.fileName).toBe(`ke-hoach-hoat-dong_${code}_2026.pdf`);
    const text = await pdfText(pdf!.bytes);
    expect(text).toContain("KẾ HOẠCH");
    expect(text).toContain("Giao lưu thể thao chào mừng Quốc khánh 02/9");
    expect(text).toContain("15/08/2026 - 20/08/2026");
    expect(text).toContain("Phương châm:");
    const docx = await generateDocument("plan", blocYearId, "docx", {});
    expect(docx!.fileName).toBe(`ke-hoach-hoat-dong_${code}_2026.docx`);
  });
});

describe("who may download", () => {
  it("gives a member unit's officer and board staff the documents, and nobody outside the bloc", async () => {
    const member = actor({ role: "UNIT_OFFICER", unitId: unitIds[3], allBlocs: false });
    const outsider = actor({ role: "UNIT_OFFICER", unitId: outsiderUnitId, allBlocs: false });
    const otherBoard = actor({ role: "BOARD", allBlocs: false, assignedBlocIds: ["some-other-bloc"] });
    expect(await buildDocument("pledge", pledgeId, visibleBlocsWhere(member))).not.toBeNull();
    expect(await buildDocument("pledge", pledgeId, visibleBlocsWhere(actor()))).not.toBeNull();
    for (const who of [outsider, otherBoard]) {
      expect(await buildDocument("pledge", pledgeId, visibleBlocsWhere(who))).toBeNull();
      expect(await buildDocument("minutes", conferenceId, visibleBlocsWhere(who))).toBeNull();
      expect(await buildDocument("plan", blocYearId, visibleBlocsWhere(who))).toBeNull();
    }
  });

  it("reports a missing document as null, whatever the id", async () => {
    expect(await buildDocument("pledge", "missing", {})).toBeNull();
    expect(await buildDocument("minutes", pledgeId, {})).toBeNull(); // an id of another kind
    expect(await buildDocument("plan", "../../etc/passwd", {})).toBeNull();
  });
});

describe("GET /api/documents/[kind]/[id]", () => {
  const call = (kind: string, id: string, format?: string) =>
    GET(new Request(`http://localhost/api/documents/${kind}/${id}${format ? `?format=${format}` : ""}`), { params: Promise.resolve({ kind, id }) });

  it("sends the file as an attachment with an ASCII name and the right type", async () => {
    session.current = actor();
    const docx = await call("pledge", pledgeId, "docx");
    expect(docx.status).toBe(200);
    expect(docx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(docx.headers.get("content-disposition")).toBe(`attachment; filename="giao-uoc-thi-dua_${code}_2026.docx"`);
    expect(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString("latin1"),
    ).toBe("PK");

    const pdf = await call("minutes", conferenceId, "pdf");
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("content-disposition")).toBe(`attachment; filename="bien-ban-hoi-nghi_${code}_2026-07-22.pdf"`);
    expect(Number(pdf.headers.get("content-length"))).toBe((await pdf.arrayBuffer()).byteLength);
  });

  it("needs a session, a known kind and format, and a bloc the caller may see", async () => {
    session.current = null;
    expect((await call("pledge", pledgeId, "pdf")).status).toBe(401);
    session.current = actor();
    expect((await call("report", pledgeId, "pdf")).status).toBe(404);
    expect((await call("pledge", pledgeId, "exe")).status).toBe(400);
    expect((await call("plan", blocYearId)).status).toBe(200); // PDF by default
    session.current = actor({ role: "UNIT_OFFICER", unitId: outsiderUnitId, allBlocs: false });
    expect((await call("pledge", pledgeId, "pdf")).status).toBe(404);
    expect((await call("minutes", conferenceId, "docx")).status).toBe(404);
  });
});
