import { describe, expect, it } from "vitest";
import { asciiFileName, cleanFileName, contentDisposition, detectFileType } from "@/lib/attachments/file-types";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p)))));

describe("file type: extension and content must agree", () => {
  it.each([
    ["a.jpg", bytes([0xff, 0xd8, 0xff, 0xe0])],
    ["a.JPEG", bytes([0xff, 0xd8, 0xff, 0xdb])],
    ["a.png", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ["a.gif", bytes("GIF89a")],
    ["a.webp", bytes("RIFF", [0, 0, 0, 0], "WEBPVP8 ")],
    ["a.pdf", bytes("%PDF-1.7")],
    ["a.doc", bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
    ["a.xls", bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
    ["a.docx", bytes("PK", [3, 4], "[Content_Types].xml", "word/document.xml")],
    ["a.xlsx", bytes("PK", [3, 4], "[Content_Types].xml", "xl/workbook.xml")],
  ])("accepts %s", (name, content) => {
    expect(detectFileType(name, content)).not.toBeNull();
  });

  it.each([
    ["an .exe renamed .pdf", "a.pdf", bytes("MZ", [0x90, 0])],
    ["a png named .jpg", "a.jpg", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ["a plain zip named .docx", "a.docx", bytes("PK", [3, 4], "payload.bin")],
    ["a spreadsheet named .docx", "a.docx", bytes("PK", [3, 4], "[Content_Types].xml", "xl/workbook.xml")],
    ["an svg", "a.svg", bytes("<svg xmlns='http://www.w3.org/2000/svg'/>")],
    ["html", "a.html", bytes("<html>")],
    ["no extension", "pdf", bytes("%PDF-1.7")],
  ])("refuses %s", (_what, name, content) => {
    expect(detectFileType(name, content)).toBeNull();
  });
});

describe("file names", () => {
  it("keeps only the last path segment, without control characters", () => {
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("..\\..\\x.pdf")).toBe("x.pdf");
    expect(cleanFileName("C:\\Users\\An\\Ảnh hội nghị.png")).toBe("Ảnh hội nghị.png");
    expect(cleanFileName("a\u0000b\nc.pdf")).toBe("abc.pdf");
    expect(cleanFileName("..")).toBe("tep-dinh-kem");
    expect(cleanFileName(".htaccess")).toBe("htaccess");
    const long = cleanFileName(`${"x".repeat(300)}.docx`);
    expect(long).toHaveLength(200);
    expect(long.endsWith(".docx")).toBe(true);
  });

  it("gives an ASCII name and a UTF-8 name for Content-Disposition", () => {
    expect(asciiFileName("Biên bản Đại hội.pdf")).toBe("Bien_ban_Dai_hoi.pdf");
    expect(asciiFileName('a"b;c\\d.pdf')).toBe("a_b_c_d.pdf");
    expect(asciiFileName("ảnh")).toBe("anh");
    expect(asciiFileName("...")).toBe("file");
    expect(contentDisposition("Ảnh (1).png")).toBe(`attachment; filename="Anh_1.png"; filename*=UTF-8''%E1%BA%A2nh%20%281%29.png`);
  });
});
