import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { generateDocument } from "@/lib/documents/generate";
import { DOCUMENT_KINDS, type DocumentKind } from "@/lib/documents/kinds";
import { seedDemo } from "../../prisma/seed/demo";
import { actor } from "../support/actors";
import { DEMO_SUBJECTS } from "../support/demo-documents";
import { unzip } from "../support/document-files";

// Word fidelity (docs/ARCHITECTURE.md, "Word files and the achievement report"): every kind's DOCX,
// drawn from the demo data, names real styles on its paragraphs and tables, numbers its pages
// with a PAGE field from page 2, and has no text box.

const parts = new Map<DocumentKind, Map<string, string>>();

beforeAll(async () => {
  await seedDemo(db, { reset: false });
  for (const kind of DOCUMENT_KINDS) {
    const file = await generateDocument(kind, await DEMO_SUBJECTS[kind](), "docx", {}, actor());
    expect(file, kind).not.toBeNull();
    const zip = unzip(Buffer.from(file!.bytes));
    parts.set(kind, new Map([...zip].map(([name, bytes]) => [name, bytes.toString("utf8")])));
  }
}, 120_000);

const count = (xml: string, re: RegExp) => xml.match(re)?.length ?? 0;

describe.each(DOCUMENT_KINDS)("%s as a Word file", (kind) => {
  it("defines Normal, Heading 1-3, Title and a table style, and uses them", () => {
    const files = parts.get(kind)!;
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
    const files = parts.get(kind)!;
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
