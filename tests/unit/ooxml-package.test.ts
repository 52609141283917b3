import { describe, expect, it } from "vitest";
import { packageProblems } from "../support/ooxml-package";
import { zip } from "../support/xlsx-files";

// The package checker of the conformance sweep finds each fault that makes Word or Excel offer to
// repair a file, on a small package that is sound until one part of it is broken.

const TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`;
const ROOT = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOC_RELS = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.vn" TargetMode="External"/></Relationships>`;
const DOC = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Số: 05/TTr-SNV</w:t></w:r></w:p></w:body></w:document>`;
const STYLES = `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`;

const sound = {
  "[Content_Types].xml": TYPES,
  "_rels/.rels": ROOT,
  "word/document.xml": DOC,
  "word/_rels/document.xml.rels": DOC_RELS,
  "word/styles.xml": STYLES,
};

describe("packageProblems", () => {
  it("finds nothing in a sound package", () => {
    expect(packageProblems(zip(sound), "docx")).toEqual([]);
  });

  it("finds a part without a content type", () => {
    expect(packageProblems(zip({ ...sound, "word/media/image1.png": Buffer.from([1, 2, 3]) }), "docx")).toEqual(["no content type for word/media/image1.png"]);
  });

  it("finds an override for a part that is not there", () => {
    const rest: Record<string, string> = { ...sound };
    delete rest["word/styles.xml"];
    expect(packageProblems(zip({ ...rest, "word/_rels/document.xml.rels": DOC_RELS.replace(/<Relationship Id="rId1"[^>]*\/>/, "") }), "docx")).toEqual([
      "content type override for a missing part /word/styles.xml",
    ]);
  });

  it("finds a relationship to a missing part, and one id used twice", () => {
    const rels = DOC_RELS.replace('Target="styles.xml"', 'Target="numbering.xml"').replace('Id="rId2"', 'Id="rId1"');
    expect(packageProblems(zip({ ...sound, "word/_rels/document.xml.rels": rels }), "docx")).toEqual([
      "word/_rels/document.xml.rels: rId1 points to a missing part word/numbering.xml",
      "word/_rels/document.xml.rels: relationship id rId1 used twice",
    ]);
  });

  it("finds XML that is not well-formed or uses an unbound prefix", () => {
    const broken = packageProblems(zip({ ...sound, "word/document.xml": DOC.replace("</w:t>", "") }), "docx");
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatch(/^word\/document\.xml is not well-formed/);
    expect(packageProblems(zip({ ...sound, "word/styles.xml": "<x:styles/>" }), "docx")[0]).toMatch(/^word\/styles\.xml is not well-formed: .*prefix/);
  });

  it("finds a duplicate zip entry and a main part of the wrong kind", () => {
    const twice = zip({ ...sound, "WORD/styles.xml": STYLES });
    expect(packageProblems(twice, "docx")).toContain("duplicate zip entry WORD/styles.xml");
    expect(packageProblems(zip(sound), "xlsx")[0]).toMatch(/^the main part word\/document\.xml is not a xlsx main part/);
  });
});
