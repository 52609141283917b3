// Incremental updates appended to a signed PDF the way long-term-validation tools write them
// (ISO 32000-1 §7.5.6; PAdES B-LT / B-LTA, ETSI EN 319 142-1): a DSS with certificates and CRLs,
// a document time-stamp, and, for the refusals, updates that change what a reader sees. Written
// by hand, since pdf-lib only saves whole files.
import * as pkijs from "pkijs";
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, type PDFObject } from "pdf-lib";
import { timeStampToken } from "./pki-tokens";
import type { Identity } from "./test-ca";

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

/**
 * `pdf` with one more update: `objects`, a cross-reference section for them (a classic table, or
 * with `xrefStream` a cross-reference stream as PDF 1.5 writers make) and a trailer pointing back.
 */
export function appendUpdate(pdf: Uint8Array, objects: NewObject[], options: { root?: string; free?: number[]; xrefStream?: boolean } = {}) {
  const text = Buffer.from(pdf).toString("latin1");
  const prev = Number(/startxref\s+(\d+)\s*%%EOF\s*$/.exec(text)![1]);
  // The latest trailer's (or cross-reference stream's) values.
  const last = (pattern: RegExp) => [...text.matchAll(pattern)].at(-1)![1];
  const root = options.root ?? last(/\/Root\s+(\d+ \d+ R)/g);
  const parts: Buffer[] = [Buffer.from(pdf), Buffer.from("\n", "latin1")];
  let offset = pdf.byteLength + 1;
  const entries: { num: number; offset: number | null }[] = [];
  for (const o of objects) {
    const bytes = Buffer.concat([
      Buffer.from(`${o.num} 0 obj\n`, "latin1"),
      Buffer.isBuffer(o.body) ? o.body : Buffer.from(o.body, "latin1"),
      Buffer.from("\nendobj\n", "latin1"),
    ]);
    entries.push({ num: o.num, offset });
    parts.push(bytes);
    offset += bytes.byteLength;
  }
  for (const num of options.free ?? []) entries.push({ num, offset: null });
  const lastSize = Number(last(/\/Size\s+(\d+)/g));
  // A cross-reference stream is an object too, numbered after all others.
  const self = Math.max(lastSize, ...entries.map((e) => e.num + 1));
  const size = options.xrefStream ? self + 1 : self;
  if (options.xrefStream) {
    // Its own entry too; /W [1 4 2]: type (1 in use, 0 free), offset, generation.
    entries.push({ num: self, offset });
    const rows = entries.map((e) => {
      const row = Buffer.alloc(7);
      row.writeUInt8(e.offset === null ? 0 : 1, 0);
      row.writeUInt32BE(e.offset ?? 0, 1);
      row.writeUInt16BE(e.offset === null ? 1 : 0, 5);
      return row;
    });
    const index = entries.map((e) => `${e.num} 1`).join(" ");
    const data = Buffer.concat(rows);
    parts.push(
      Buffer.from(
        `${self} 0 obj\n<< /Type /XRef /Size ${size} /Root ${root} /Prev ${prev} /W [1 4 2] /Index [${index}] /Length ${data.byteLength} >>\nstream\n`,
        "latin1",
      ),
    );
    parts.push(data, Buffer.from(`\nendstream\nendobj\nstartxref\n${offset}\n%%EOF\n`, "latin1"));
    return Buffer.concat(parts);
  }
  const rows = entries.map((e) => `${e.num} 1\n${e.offset === null ? "0000000000 00001 f" : `${String(e.offset).padStart(10, "0")} 00000 n`} \n`);
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
  update: { xrefStream?: boolean } = {},
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
  return appendUpdate(pdf, objects, update);
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
