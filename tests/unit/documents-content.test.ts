import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { minutesDocument } from "@/lib/documents/content/minutes";
import { PLAN_COLUMNS, planDocument } from "@/lib/documents/content/plan";
import { SIZE, TEXT_WIDTH_MM, mmToPt } from "@/lib/documents/layout";
import { pledgeDocument } from "@/lib/documents/content/pledge";
import type { MinutesDocData, PlanDocData, PledgeDocData } from "@/lib/documents/data";
import fontkit from "@pdf-lib/fontkit";
import { fontBytes, subsetSafeFontkit, textWidthPt } from "@/lib/documents/fonts";
import type { Block, Cell, Table } from "@/lib/documents/model";
import { layoutRuns } from "@/lib/documents/pdf/text-layout";

const settings = { councilName: "Hội đồng Thi đua - Khen thưởng tỉnh Hà Nam", boardName: "Ban Thi đua - Khen thưởng", place: "Hà Nam" };
const unit = (id: string, name: string) => ({ id, name, shortName: name, headName: null, headTitle: null });
const members = [unit("u1", "Sở Nội vụ"), unit("u2", "Sở Tư pháp"), unit("u3", "Thanh tra tỉnh")];
const year = {
  id: "y",
  year: 2026,
  bloc: { id: "b", code: "NOICHINH", name: "Khối thi đua các cơ quan Nội chính tỉnh", kind: "KHOI" },
  leaderUnitId: "u1",
  deputyUnitId: "u2",
  leader: members[0],
  deputy: members[1],
  members,
  theme: "Đoàn kết, sáng tạo",
  slogan: null,
  motto: null,
};

const cellText = (c: Cell) => c.map((l) => l.map((r) => r.text).join("")).join(" / ");
const tableOf = (blocks: Block[]) => blocks.find((b): b is Table => b.type === "table")!;
const allText = (blocks: Block[]) =>
  blocks.flatMap((b) => (b.type === "paragraph" ? [b.runs.map((r) => r.text).join("")] : b.type === "table" ? b.rows.flat().map(cellText) : [])).join("\n");

describe("pledge document", () => {
  const data = {
    title: "Giao ước thi đua năm 2026",
    preamble: "Căn cứ Luật Thi đua, khen thưởng năm 2022.",
    openedAt: null,
    signingConferenceDate: new Date("2026-02-28T02:00:00Z"),
    actDate: { date: new Date("2026-02-28T02:00:00Z"), year: null },
    blocYear: year,
    items: [{ content: "Hoàn thành xuất sắc nhiệm vụ." }, { content: "Đẩy mạnh chuyển đổi số." }],
    signatures: [
      {
        unitId: "u2",
        unit: members[1],
        signerName: "Nguyễn Đức Hưởng",
        signerTitle: "Giám đốc Sở Tư pháp",
        signedAt: new Date("2026-07-15T03:00:00Z"),
        byHead: true,
        onPaper: false,
      },
      {
        unitId: "u3",
        unit: members[2],
        signerName: "Hoàng Văn Nam",
        signerTitle: "Chánh Thanh tra tỉnh",
        signedAt: new Date("2026-02-26T17:00:00Z"),
        byHead: false,
        onPaper: true,
      },
    ],
  } as unknown as PledgeDocData;
  const doc = pledgeDocument(data, settings);

  it("carries the frame: issuer, number and symbol, place and date, type", () => {
    expect(doc.frame).toMatchObject({
      issuerParent: settings.councilName,
      issuerName: year.bloc.name,
      numberLine: "Số: …/GƯTĐ-NOICHINH",
      placeDate: "Hà Nam, ngày 28 tháng 02 năm 2026",
      docType: "GIAO ƯỚC THI ĐUA",
    });
    expect(doc.frame.summary).toEqual(["Giao ước thi đua năm 2026", year.bloc.name]);
  });

  it("numbers the content items and shows the theme", () => {
    const text = allText(doc.blocks);
    expect(text).toContain("Chủ đề: “Đoàn kết, sáng tạo”");
    expect(text).toContain("1. Hoàn thành xuất sắc nhiệm vụ.");
    expect(text).toContain("2. Đẩy mạnh chuyển đổi số.");
  });

  it("has one signature row per member unit: the signed ones with name, title, date and how, the others blank", () => {
    const rows = tableOf(doc.blocks).rows.map((r) => r.map(cellText));
    expect(rows).toHaveLength(3);
    expect(rows[0][1]).toBe("Sở Nội vụ (Trưởng khối)");
    expect(rows[1]).toEqual(["2", "Sở Tư pháp (Phó Trưởng khối)", "Nguyễn Đức Hưởng / Giám đốc Sở Tư pháp", "15/07/2026", "Đã ký trực tuyến"]);
    // Signed on paper: the day it was made, and the table says where the ink is.
    expect(rows[2]).toEqual(["3", "Thanh tra tỉnh", "Hoàng Văn Nam / Chánh Thanh tra tỉnh", "27/02/2026", "Đã ký trên giấy"]);
    expect(rows[0][2]).toMatch(/^…+ \/ …+$/);
  });
});

describe("minutes document", () => {
  const data = {
    kind: "MID_YEAR",
    title: "Hội nghị sơ kết 6 tháng đầu năm 2026",
    date: new Date("2026-07-22T01:30:00Z"),
    venue: "Hội trường Sở Nội vụ",
    host: members[0],
    chairName: "Trần Thị Ngọc Ánh",
    chairTitle: "Giám đốc Sở Nội vụ",
    agenda: "Báo cáo sơ kết.\nThảo luận.",
    minutes: null,
    guests: [],
    attendance: [
      { unitId: "u1", unit: members[0], status: "PRESENT", absenceReason: null, representativeName: "Trần Thị Ngọc Ánh" },
      { unitId: "u2", unit: members[1], status: "ABSENT", absenceReason: "Công tác", representativeName: null },
    ],
    decisions: [{ content: "Thông qua báo cáo.", needsVote: true, votesFor: 2, votesAgainst: 0, votesAbstain: 0, presentCount: 2, memberCount: 3 }],
    nextLeaderUnitId: null,
    nextDeputyUnitId: null,
    blocYear: year,
  } as unknown as MinutesDocData;
  const doc = minutesDocument(data, settings);

  it("records time, venue, attendance with reasons, decisions with the vote", () => {
    expect(doc.frame.docType).toBe("BIÊN BẢN");
    expect(doc.frame.numberLine).toBe("Số: …/BB-NOICHINH");
    const text = allText(doc.blocks);
    expect(text).toContain("Thời gian: Vào hồi 08 giờ 30, ngày 22 tháng 7 năm 2026.");
    expect(text).toContain("có mặt 1/3 đơn vị");
    expect(text).toContain("Lý do: Công tác");
    expect(text).toContain("Chưa ghi nhận");
    expect(text).toContain("tán thành 2 (100% số đơn vị có mặt), không tán thành 0, không có ý kiến 0.");
    const signatures = doc.blocks.at(-1)!;
    expect(signatures.type).toBe("columns");
  });
});

describe("plan document", () => {
  it("lists the plan items with time and host", () => {
    const data = {
      blocYear: year,
      planItems: [{ title: "Hội nghị ký kết giao ước", startDate: new Date("2026-02-28"), endDate: null, host: members[0], note: null }],
    } as unknown as PlanDocData;
    const doc = planDocument(data, settings);
    expect(doc.frame.docType).toBe("KẾ HOẠCH");
    expect(doc.frame.placeDate).toContain("năm 2026");
    expect(tableOf(doc.blocks).rows.map((r) => r.map(cellText))).toEqual([["1", "Hội nghị ký kết giao ước", "28/02/2026", "Sở Nội vụ", ""]]);
  });

  it("runs I. Mục đích, yêu cầu; II. Nội dung (the activities); III. Tổ chức thực hiện, in that order", () => {
    const data = {
      blocYear: year,
      planItems: [{ title: "Tổng kết", startDate: new Date("2026-11-16"), endDate: new Date("2026-11-30"), host: members[0], note: "Trước ngày 30/11/2026." }],
    } as unknown as PlanDocData;
    const doc = planDocument(data, settings);
    const headings = doc.blocks.filter((b) => b.type === "paragraph" && b.level === 1).map((b) => (b as { runs: { text: string }[] }).runs[0].text);
    expect(headings).toEqual(["I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN"]);
    const tableAt = doc.blocks.findIndex((b) => b.type === "table");
    const third = doc.blocks.findIndex((b) => b.type === "paragraph" && b.level === 1 && b.runs[0].text.startsWith("III."));
    expect(tableAt).toBeLessThan(third);
    expect(tableOf(doc.blocks).rows[0][2].map((l) => l.map((r) => r.text).join(""))).toEqual(["16/11/2026 -", "30/11/2026"]);
  });

  it("keeps a date on one line in the time and notes columns", () => {
    const total = PLAN_COLUMNS.reduce((s, c) => s + c.width, 0);
    const inner = (header: string) => (PLAN_COLUMNS.find((c) => c.header === header)!.width / total) * mmToPt(TEXT_WIDTH_MM) - 2 * 4;
    expect(textWidthPt("30/11/2026 -", SIZE.table)).toBeLessThan(inner("Thời gian"));
    expect(textWidthPt("30/11/2026.", SIZE.table)).toBeLessThan(inner("Ghi chú"));
  });
});

describe("PDF line layout", () => {
  it("wraps at word boundaries within the width, keeping every word", async () => {
    const pdf = await PDFDocument.create();
    pdf.registerFontkit(subsetSafeFontkit);
    const regular = await pdf.embedFont(fontBytes("regular"), { subset: true });
    const bold = await pdf.embedFont(fontBytes("bold"), { subset: true });
    const fonts = { regular, bold, italic: regular, boldItalic: bold };
    const text = "Đẩy mạnh cải cách hành chính, chuyển đổi số; nâng cao chất lượng giải quyết khiếu nại, tố cáo của công dân.";
    const lines = layoutRuns([{ text: "1. ", bold: true }, { text }], fonts, 14, 200, 20);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(l.width + l.indent).toBeLessThanOrEqual(200.01);
    expect(lines[0].indent).toBe(20);
    expect(lines.at(-1)!.last).toBe(true);
    const words = lines.flatMap((l) => l.words.map((w) => w.frags.map((f) => f.text).join("")));
    expect(words.join(" ")).toBe(`1. ${text}`);
  });
});

describe("PDF font subset", () => {
  // @pdf-lib/fontkit 1.1.1 alone corrupts TrueType subsets (glyphs blank or garbled while the text
  // still extracts); lib/documents/fonts.ts works around it. Compare every embedded outline.
  it("keeps every glyph outline of the Vietnamese text intact", async () => {
    const text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ỘữặđơưĐƠƯ ẫỹỵ abcdefghijklmnopqrstuvwxyz 0123456789";
    const pdf = await PDFDocument.create();
    pdf.registerFontkit(subsetSafeFontkit);
    const font = await pdf.embedFont(fontBytes("regular"), { subset: true });
    pdf.addPage().drawText(text, { x: 20, y: 500, size: 12, font });

    const loaded = await PDFDocument.load(await pdf.save());
    const descriptor = loaded.context
      .enumerateIndirectObjects()
      .map(([, obj]) => obj)
      .find((obj): obj is PDFDict => obj instanceof PDFDict && obj.has(PDFName.of("FontFile2")))!;
    const file = descriptor.lookup(PDFName.of("FontFile2"));
    if (!(file instanceof PDFRawStream)) throw new Error("FontFile2 is not a stream");
    const subset = fontkit.create(Buffer.from(decodePDFRawStream(file).decode()));
    const original = fontkit.create(Buffer.from(fontBytes("regular")));

    // The subset holds .notdef, then the glyphs in order of first use.
    const used = [0, ...new Set(original.layout(text.normalize("NFC")).glyphs.map((g) => g.id))];
    const broken = used.filter((gid, i) => {
      try {
        return subset.getGlyph(i).path.toSVG() !== original.getGlyph(gid).path.toSVG();
      } catch {
        return true;
      }
    });
    expect(broken).toEqual([]);
  });
});
