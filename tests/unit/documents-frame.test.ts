import { describe, expect, it } from "vitest";
import { blocIssuer, issuerStyleFor, parseIssuerStyles, unitIssuer } from "@/lib/documents/issuer";
import { breakName, issuerLines } from "@/lib/documents/name-lines";
import { numberSymbolLine } from "@/lib/documents/layout";
import { headSignature, signatureLines } from "@/lib/documents/signature";
import { groundsPunctuated, titleInUnit, titleWithoutUnit } from "@/lib/documents/content/common";
import { parseTypedNumber, padNumber } from "@/lib/documents/numbering";

// The shared frame of the official documents (docs/ARCHITECTURE.md, "Official documents").

const bloc = { id: "b1", code: "TDMN-SNV", name: "Cụm Thi đua Sở Nội vụ các tỉnh Trung du và Miền núi phía Bắc", symbol: "CSNV" };
const leader = {
  id: "u1",
  code: "TN-SNV",
  name: "Sở Nội vụ tỉnh Thái Nguyên",
  parentBody: "Ủy ban nhân dân tỉnh Thái Nguyên",
  place: "Thái Nguyên",
  symbol: "SNV",
};

describe("the issuer", () => {
  it("prints a bloc alone, with no governing body above it, dated at its leader's seat", () => {
    expect(blocIssuer("BLOC", bloc, leader, "Hà Nam")).toEqual({ parent: "", name: bloc.name, place: "Thái Nguyên", registerKey: "bloc:b1", symbol: "CSNV" });
  });

  it("prints the bloc over its leader unit, or the leader unit's own header for what it submits", () => {
    expect(blocIssuer("BLOC_LEADER", bloc, leader, "Hà Nam")).toMatchObject({ parent: bloc.name, name: leader.name, registerKey: "bloc:b1" });
    expect(blocIssuer("LEADER_UNIT", bloc, leader, "Hà Nam")).toEqual({
      parent: "Ủy ban nhân dân tỉnh Thái Nguyên",
      name: leader.name,
      place: "Thái Nguyên",
      registerKey: "unit:u1",
      symbol: "SNV",
    });
  });

  it("falls back on the council's place and the codes when a unit has no seat or abbreviation on record", () => {
    expect(unitIssuer({ id: "u2", code: "NC-CAT", name: "Công an tỉnh" }, "Ninh Bình")).toMatchObject({ parent: "", place: "Ninh Bình", symbol: "NC-CAT" });
    expect(blocIssuer("LEADER_UNIT", { ...bloc, symbol: null }, null, "Ninh Bình")).toMatchObject({ name: bloc.name, symbol: "TDMN-SNV", place: "Ninh Bình" });
  });

  it("follows the council's practice per kind, with defaults, ignoring unknown stored values", () => {
    expect(issuerStyleFor("award-submission", undefined)).toBe("LEADER_UNIT");
    expect(issuerStyleFor("pledge", undefined)).toBe("BLOC");
    const stored = parseIssuerStyles({ pledge: "BLOC_LEADER", plan: "COUNCIL" });
    expect(stored).toEqual({ pledge: "BLOC_LEADER" });
    expect(issuerStyleFor("pledge", stored)).toBe("BLOC_LEADER");
    expect(issuerStyleFor("plan", stored)).toBe("BLOC_LEADER");
  });
});

describe("names broken between meaningful groups", () => {
  it("never splits a hyphenated group or a two-syllable word, and keeps a place whole", () => {
    const lines = issuerLines({
      issuerParent: "Hội đồng Thi đua - Khen thưởng tỉnh Quảng Ninh",
      issuerName: "Khối thi đua các đơn vị trực thuộc Sở, ngành Văn hóa - Xã hội tỉnh Quảng Ninh",
    });
    expect(lines.parent.join(" / ")).toBe("HỘI ĐỒNG / THI ĐUA - KHEN THƯỞNG / TỈNH QUẢNG NINH");
    expect(lines.name.join(" / ")).toBe("KHỐI THI ĐUA CÁC ĐƠN VỊ / TRỰC THUỘC SỞ, NGÀNH / VĂN HÓA - XÃ HỘI / TỈNH QUẢNG NINH");
    expect(issuerLines({ issuerName: "Trung tâm Điều dưỡng người có công tỉnh Quảng Ninh" }).name.join(" / ")).toBe(
      "TRUNG TÂM ĐIỀU DƯỠNG / NGƯỜI CÓ CÔNG / TỈNH QUẢNG NINH",
    );
    expect(issuerLines({ issuerParent: "", issuerName: bloc.name })).toEqual({
      parent: [],
      name: ["CỤM THI ĐUA SỞ NỘI VỤ", "CÁC TỈNH TRUNG DU", "VÀ MIỀN NÚI PHÍA BẮC"],
    });
  });

  it("keeps a name that fits on one line", () => {
    expect(breakName("SỞ NỘI VỤ TỈNH NINH BÌNH", 190, 12, true)).toEqual(["SỞ NỘI VỤ TỈNH NINH BÌNH"]);
  });
});

describe("number and symbol", () => {
  it("gives numbers under 10 a leading zero and leaves a missing one for the clerk", () => {
    expect(numberSymbolLine("TTr", "SNV", 5)).toBe("Số: 05/TTr-SNV");
    expect(numberSymbolLine("TTr", "SNV", "5")).toBe("Số: 05/TTr-SNV");
    expect(numberSymbolLine("BB", "KNC", 12)).toBe("Số: 12/BB-KNC");
    expect(numberSymbolLine("BB", "KNC", null)).toBe("Số: …/BB-KNC");
    expect(padNumber(7)).toBe("07");
  });

  it("reads a typed number however the clerk wrote it", () => {
    expect(parseTypedNumber("05")).toBe(5);
    expect(parseTypedNumber("12/TTr-KNC")).toBe(12);
    expect(parseTypedNumber("")).toBeNull();
    expect(parseTypedNumber("TTr")).toBeNull();
    expect(parseTypedNumber("0")).toBeNull();
  });
});

describe("signature blocks (Nghị định 30)", () => {
  it("signs KT. for a deputy and Q. for an acting head, else under the head's own title", () => {
    expect(headSignature("Phó Giám đốc", "Nguyễn Văn A")).toEqual({ authority: "KT. GIÁM ĐỐC", title: "PHÓ GIÁM ĐỐC", name: "Nguyễn Văn A" });
    expect(headSignature("Quyền Giám đốc", "Nguyễn Văn B")).toMatchObject({ authority: "Q. GIÁM ĐỐC" });
    expect(headSignature("Giám đốc", "Trần Quốc Hùng")).toEqual({ title: "GIÁM ĐỐC", name: "Trần Quốc Hùng" });
  });

  it("prints the title, room for the signature and seal, then the full name in bold", () => {
    const lines = signatureLines({ authority: "KT. GIÁM ĐỐC", title: "PHÓ GIÁM ĐỐC", name: "Nguyễn Văn A" });
    expect(lines.map((l) => l.runs[0].text)).toEqual(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A"]);
    expect(lines[2].spaceBefore).toBeGreaterThanOrEqual(70);
    expect(lines[2].runs[0].bold).toBe(true);
  });

  it("names the title within or without its unit", () => {
    expect(titleWithoutUnit("Giám đốc Công an tỉnh", "Công an tỉnh")).toBe("Giám đốc");
    expect(titleWithoutUnit("Chánh án", "Tòa án nhân dân tỉnh")).toBe("Chánh án");
    expect(titleInUnit("Giám đốc", "Sở Nội vụ tỉnh Ninh Bình")).toBe("Giám đốc Sở Nội vụ tỉnh Ninh Bình");
    expect(titleInUnit("Giám đốc Sở Nội vụ", "Sở Nội vụ")).toBe("Giám đốc Sở Nội vụ");
  });
});

describe("căn cứ", () => {
  it("ends each with ';' and the last with '.'", () => {
    expect(groundsPunctuated(["Căn cứ A;", "Căn cứ B,", "Căn cứ C"])).toEqual(["Căn cứ A;", "Căn cứ B;", "Căn cứ C."]);
  });
});
