// Incremental updates appended to a signed PDF the way long-term-validation tools write them
// (ISO 32000-1 §7.5.6; PAdES B-LT / B-LTA, ETSI EN 319 142-1): a DSS with certificates and CRLs,
// a document time-stamp, and, for the refusals, updates that change what a reader sees. Written
// by hand, since pdf-lib only saves whole files.
import * as pkijs from "pkijs";
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, type PDFObject } from "pdf-lib";
import { timeStampToken, type Identity } from "./signed-pdfs";

export type NewObject = { num: number; body: string | Buffer };

const der = (cert: pkijs.Certificate) => Buffer.from(cert.toSchema().toBER(false));
const stream = (bytes: Uint8Array) =>
  Buffer.concat([Buffer.from(`<< /Length ${bytes.byteLength} >>\nstream\n`, "latin1"), bytes, Buffer.from("\nendstream", "latin1")]);

/** The file as pdf-lib reads it (latest revision), with the numbers the next update may use. */
export async function inspect(pdf: Uint8Array) {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  let next = doc.context.largestObjectNumber + 1;
  return { doc, context: doc.context, root: doc.context.trailerInfo.Root as PDFRef, nextNumber: () => next++ };
}

/** `pdf` with one more update: `objects`, an xref section for them, and a trailer pointing back. */
export function appendUpdate(pdf: Uint8Array, objects: NewObject[], options: { root?: string; free?: number[] } = {}) {
  const text = Buffer.from(pdf).toString("latin1");
  const prev = Number(/startxref\s+(\d+)\s*%%EOF\s*$/.exec(text)![1]);
  const root = options.root ?? /\/Root\s+(\d+ \d+ R)/.exec(text.slice(text.lastIndexOf("trailer")))![1];
  const parts: Buffer[] = [Buffer.from(pdf), Buffer.from("\n", "latin1")];
  let offset = pdf.byteLength + 1;
  const rows: string[] = [];
  for (const o of objects) {
    const bytes = Buffer.concat([
      Buffer.from(`${o.num} 0 obj\n`, "latin1"),
      Buffer.isBuffer(o.body) ? o.body : Buffer.from(o.body, "latin1"),
      Buffer.from("\nendobj\n", "latin1"),
    ]);
    rows.push(`${o.num} 1\n${String(offset).padStart(10, "0")} 00000 n \n`);
    parts.push(bytes);
    offset += bytes.byteLength;
  }
  for (const num of options.free ?? []) rows.push(`${num} 1\n0000000000 00001 f \n`);
  const size = Math.max(
    ...objects.map((o) => o.num + 1),
    ...(options.free ?? []).map((n) => n + 1),
    Number(/\/Size\s+(\d+)/.exec(text.slice(text.lastIndexOf("trailer")))![1]),
  );
  parts.push(
    Buffer.from(
      `xref\n0 1\n0000000000 65535 f \n${rows.join("")}trailer\n<< /Size ${size} /Root ${root} /Prev ${prev} >>\nstartxref\n${offset}\n%%EOF\n`,
      "latin1",
    ),
  );
  return Buffer.concat(parts);
}

/** Appends a DSS (certificates, CRLs, OCSP responses) and the catalog gaining /DSS; `catalogExtra` adds other keys to the catalog too. */
export async function addDss(
  pdf: Uint8Array,
  content: { certs?: pkijs.Certificate[]; crls?: Uint8Array[]; ocsps?: Uint8Array[] },
  catalogExtra: Record<string, PDFObject> = {},
) {
  const { context, root, nextNumber } = await inspect(pdf);
  const objects: NewObject[] = [];
  const refs = (items: Uint8Array[]) =>
    items.map((bytes) => {
      const num = nextNumber();
      objects.push({ num, body: stream(bytes) });
      return `${num} 0 R`;
    });
  const certs = refs((content.certs ?? []).map(der));
  const crls = refs(content.crls ?? []);
  const ocsps = refs(content.ocsps ?? []);
  const dss = nextNumber();
  objects.push({ num: dss, body: `<< /Type /DSS /Certs [${certs.join(" ")}] /CRLs [${crls.join(" ")}] /OCSPs [${ocsps.join(" ")}] >>` });
  const catalog = (context.lookup(root) as PDFDict).clone(context);
  catalog.set(PDFName.of("DSS"), PDFRef.of(dss));
  for (const [k, v] of Object.entries(catalogExtra)) catalog.set(PDFName.of(k), v);
  objects.push({ num: root.objectNumber, body: catalog.toString() });
  return appendUpdate(pdf, objects);
}

const PLACEHOLDER_BYTES = 8192;
const RANGE_PLACEHOLDER = "/ByteRange [0 0000000000 0000000000 0000000000]";

/** Appends a document time-stamp by `tsa` (SubFilter ETSI.RFC3161): an invisible field on page 1, the AcroForm and page gaining it. */
export async function addDocTimestamp(pdf: Uint8Array, tsa: Identity, options: { genTime?: Date; stampOther?: boolean; visible?: boolean } = {}) {
  const { context, root, nextNumber, doc } = await inspect(pdf);
  const sig = nextNumber();
  const field = nextNumber();
  const page = doc.getPage(0);
  const objects: NewObject[] = [
    {
      num: sig,
      body: `<< /Type /DocTimeStamp /Filter /Adobe.PPKLite /SubFilter /ETSI.RFC3161 ${RANGE_PLACEHOLDER} /Contents <${"0".repeat(PLACEHOLDER_BYTES * 2)}> >>`,
    },
    {
      num: field,
      body: `<< /Type /Annot /Subtype /Widget /FT /Sig /T (Dau thoi gian 1) /V ${sig} 0 R /Rect [${options.visible ? "50 50 200 100" : "0 0 0 0"}] /F 132 /P ${page.ref.toString()} >>`,
    },
  ];
  const fieldRef = PDFRef.of(field);
  const catalog = context.lookup(root) as PDFDict;
  const form = catalog.get(PDFName.of("AcroForm"));
  const formDict = (form instanceof PDFRef ? context.lookup(form) : form) as PDFDict;
  const fields = formDict.lookup(PDFName.of("Fields"), PDFArray).clone(context);
  fields.push(fieldRef);
  const newForm = formDict.clone(context);
  newForm.set(PDFName.of("Fields"), fields);
  if (form instanceof PDFRef) objects.push({ num: form.objectNumber, body: newForm.toString() });
  else {
    const newCatalog = catalog.clone(context);
    newCatalog.set(PDFName.of("AcroForm"), newForm);
    objects.push({ num: root.objectNumber, body: newCatalog.toString() });
  }
  const pageDict = page.node.clone(context);
  const annots = page.node.lookup(PDFName.of("Annots"), PDFArray)?.clone(context) ?? context.obj([]);
  annots.push(fieldRef);
  pageDict.set(PDFName.of("Annots"), annots);
  objects.push({ num: page.ref.objectNumber, body: pageDict.toString() });

  const withPlaceholder = appendUpdate(pdf, objects);
  const text = withPlaceholder.toString("latin1");
  const rangeAt = text.lastIndexOf(RANGE_PLACEHOLDER);
  const gapStart = text.indexOf("/Contents <", rangeAt) + "/Contents ".length;
  const gapEnd = gapStart + PLACEHOLDER_BYTES * 2 + 2;
  const range = `/ByteRange [0 ${String(gapStart).padStart(10, "0")} ${String(gapEnd).padStart(10, "0")} ${String(withPlaceholder.byteLength - gapEnd).padStart(10, "0")}]`;
  const out = Buffer.from(withPlaceholder);
  out.write(range, rangeAt, "latin1");
  const covered = Buffer.concat([out.subarray(0, gapStart), out.subarray(gapEnd)]);
  const token = await timeStampToken(options.stampOther ? Buffer.from("khác") : covered, tsa, options.genTime ?? new Date("2026-12-01T03:05:00Z"));
  out.write(token.toString("hex").padEnd(PLACEHOLDER_BYTES * 2, "0"), gapStart + 1, "latin1");
  return out;
}
