import { describe, expect, it } from "vitest";
import { asciiCode, asciiSlug, documentFileName, stripDiacritics } from "@/lib/documents/slug";

describe("asciiSlug", () => {
  it("strips Vietnamese diacritics, đ included", () => {
    expect(asciiSlug("Giao ước thi đua")).toBe("giao-uoc-thi-dua");
    expect(asciiSlug("Biên bản hội nghị")).toBe("bien-ban-hoi-nghi");
    expect(asciiSlug("Kế hoạch hoạt động")).toBe("ke-hoach-hoat-dong");
    expect(asciiSlug("ĐOÀN KẾT, Đổi mới")).toBe("doan-ket-doi-moi");
  });

  it("handles every tone on every vowel, composed or decomposed", () => {
    const vowels = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";
    const plain = "a".repeat(17) + "e".repeat(11) + "i".repeat(5) + "o".repeat(17) + "u".repeat(11) + "y".repeat(5);
    expect(stripDiacritics(vowels)).toBe(plain);
    expect(stripDiacritics(vowels.toUpperCase())).toBe(plain.toUpperCase());
    expect(asciiSlug("Tòa án nhân dân tỉnh".normalize("NFD"))).toBe("toa-an-nhan-dan-tinh");
  });

  it("leaves only lower-case ASCII letters, digits and single hyphens", () => {
    expect(asciiSlug("  Hội nghị (sơ kết) 6 tháng / 2026!  ")).toBe("hoi-nghi-so-ket-6-thang-2026");
    expect(asciiSlug("—")).toBe("");
    expect(asciiSlug("Sở Nội vụ")).toMatch(/^[a-z0-9-]+$/);
  });

  it("keeps codes upper-case", () => {
    expect(asciiCode("NOICHINH")).toBe("NOICHINH");
    expect(asciiCode("hn-nc")).toBe("HN-NC");
    expect(asciiCode("Khối Đ 1")).toBe("KHOI-D-1");
  });
});

describe("documentFileName", () => {
  it("says what and when, in ASCII", () => {
    expect(documentFileName("giao ước thi đua", "NOICHINH", "2026", "docx")).toBe("giao-uoc-thi-dua_NOICHINH_2026.docx");
    expect(documentFileName("biên bản hội nghị", "NOICHINH", "2026-07-22", "pdf")).toBe("bien-ban-hoi-nghi_NOICHINH_2026-07-22.pdf");
    expect(documentFileName("kế hoạch hoạt động", "HN-NC", "2026", "docx")).toBe("ke-hoach-hoat-dong_HN-NC_2026.docx");
  });

  it("never lets a code carry quotes, slashes or non-ASCII into the header", () => {
    const name = documentFileName("giao ước", 'A"/\\Ư;B', "2026", "pdf");
    expect(name).toBe("giao-uoc_A-U-B_2026.pdf");
    expect(name).toMatch(/^[\x20-\x7e]+$/);
  });
});
