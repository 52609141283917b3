// A PDF read revision by revision (ISO 32000-1 §7.5.6, incremental updates), with pdf-lib's
// parser: the document as it stood at a byte offset, the objects one appended update writes or
// frees, and the long-term-validation data (the DSS, ETSI EN 319 142-1 §5.4) it ends up with.
import {
  decodePDFRawStream,
  PDFArray,
  PDFContext,
  PDFDict,
  PDFName,
  PDFObjectStreamParser,
  PDFParser,
  PDFRawStream,
  PDFRef,
  PDFXRefStreamParser,
  type PDFObject,
} from "pdf-lib";
import type { RevocationData } from "@/lib/signed-copies/revocation";

/** What one incremental update writes: objects by "number generation", entries freed, its trailer. */
export type Increment = {
  start: number;
  end: number;
  objects: Map<string, PDFObject>;
  /** Object numbers marked free: deleted (their generation is then the next one to use, so only the number counts). */
  freed: number[];
  /** Cross-reference and object streams: structure, not content; listed so they cannot reuse a content object's number. */
  containers: string[];
  trailer: PDFDict | null;
};

const keyword = (text: string) => [...text].map((c) => c.charCodeAt(0));
const KW = { obj: keyword("obj"), endobj: keyword("endobj"), xref: keyword("xref"), trailer: keyword("trailer"), startxref: keyword("startxref") };

export const refKey = (ref: PDFRef) => `${ref.objectNumber} ${ref.generationNumber}`;

/** Reads updates one by one, strictly: anything that is not an object, an xref section or a trailer stops it. */
class UpdateParser extends PDFParser {
  private sectionEntries(freed: number[]) {
    let objectNumber = -1;
    this.skipWhitespaceAndComments();
    while (!this.bytes.done() && this.bytes.peek() >= 0x30 && this.bytes.peek() <= 0x39) {
      // Either a subsection's "first count", or an entry's "offset generation n|f".
      const first = this.parseRawInt();
      this.skipWhitespaceAndComments();
      this.parseRawInt();
      this.skipWhitespaceAndComments();
      const kind = this.bytes.peek();
      if (kind === 0x6e || kind === 0x66) {
        // "f": the update marks the object free, i.e. deletes it (object 0 heads the free list).
        if (this.bytes.next() === 0x66 && objectNumber > 0) freed.push(objectNumber);
        objectNumber += 1;
      } else objectNumber = first;
      this.skipWhitespaceAndComments();
    }
  }

  private async object(update: Increment) {
    const number = this.parseRawInt();
    this.skipWhitespaceAndComments();
    const generation = this.parseRawInt();
    this.skipWhitespaceAndComments();
    if (!this.matchKeyword(KW.obj)) throw new Error("obj expected");
    this.skipWhitespaceAndComments();
    const object = this.parseObject();
    this.skipWhitespaceAndComments();
    if (!this.matchKeyword(KW.endobj)) throw new Error("endobj expected");
    const key = `${number} ${generation}`;
    const type = object instanceof PDFRawStream ? object.dict.get(PDFName.of("Type")) : null;
    if (type === PDFName.of("XRef") && object instanceof PDFRawStream) {
      update.containers.push(key);
      update.trailer = object.dict;
      for (const entry of PDFXRefStreamParser.forStream(object).parseIntoContext())
        if (entry.deleted && entry.ref.objectNumber > 0) update.freed.push(entry.ref.objectNumber);
    } else if (type === PDFName.of("ObjStm") && object instanceof PDFRawStream) {
      update.containers.push(key);
      await PDFObjectStreamParser.forStream(object).parseIntoContext();
    } else this.context.assign(PDFRef.of(number, generation), object);
  }

  /** The update starting at the parser's offset, up to and including its startxref and %%EOF. */
  async update(): Promise<Increment> {
    const start = this.bytes.offset();
    const update: Increment = { start, end: start, objects: new Map(), freed: [], containers: [], trailer: null };
    for (;;) {
      this.skipWhitespaceAndComments();
      if (this.bytes.done()) throw new Error("unterminated update");
      if (this.matchKeyword(KW.xref)) this.sectionEntries(update.freed);
      else if (this.matchKeyword(KW.trailer)) {
        this.skipWhitespaceAndComments();
        update.trailer = this.parseDict();
      } else if (this.matchKeyword(KW.startxref)) {
        this.skipWhitespaceAndComments();
        this.parseRawInt();
        // The %%EOF after it is a comment to the parser.
        this.skipWhitespaceAndComments();
        update.end = this.bytes.offset();
        for (const [ref, object] of this.context.enumerateIndirectObjects()) update.objects.set(refKey(ref), object);
        return update;
      } else await this.object(update);
    }
  }
}

/** The updates appended after `from`; throws when the bytes there are not well-formed updates. */
export async function incrementsAfter(pdf: Uint8Array, from: number): Promise<Increment[]> {
  const updates: Increment[] = [];
  let offset = from;
  while (offset < pdf.byteLength) {
    const parser = new UpdateParser(pdf.subarray(offset), Infinity, true);
    const update = await parser.update();
    updates.push({ ...update, start: offset + update.start, end: offset + update.end });
    offset += update.end;
  }
  return updates;
}

/** The document as it stood when its first `end` bytes were the whole file. */
export async function revisionAt(pdf: Uint8Array, end: number): Promise<PDFContext> {
  return PDFParser.forBytesWithOptions(pdf.subarray(0, end)).parseDocument();
}

function streamBytes(context: PDFContext, item: PDFObject | undefined): Uint8Array[] {
  const stream = item instanceof PDFRef ? context.lookup(item) : item;
  if (!(stream instanceof PDFRawStream)) return [];
  try {
    return [decodePDFRawStream(stream).decode()];
  } catch {
    return [];
  }
}

function streams(context: PDFContext, dict: PDFDict, key: string): Uint8Array[] {
  const list = dict.lookup(PDFName.of(key));
  return list instanceof PDFArray ? list.asArray().flatMap((item) => streamBytes(context, item)) : [];
}

/** The certificates (DER) and revocation data of the file's DSS, its VRI entries included. */
export async function documentSecurityStore(pdf: Uint8Array): Promise<RevocationData & { certs: Uint8Array[] }> {
  const empty = { certs: [], crls: [], ocsps: [] };
  const context = await revisionAt(pdf, pdf.byteLength).catch(() => null);
  const catalog = context?.lookup(context.trailerInfo.Root);
  const dss = catalog instanceof PDFDict ? catalog.lookup(PDFName.of("DSS")) : null;
  if (!context || !(dss instanceof PDFDict)) return empty;
  const parts = [dss];
  const vri = dss.lookup(PDFName.of("VRI"));
  if (vri instanceof PDFDict) for (const entry of vri.values()) if (context.lookup(entry) instanceof PDFDict) parts.push(context.lookup(entry) as PDFDict);
  return {
    certs: parts.flatMap((d) => [...streams(context, d, "Certs"), ...streams(context, d, "Cert")]),
    crls: parts.flatMap((d) => [...streams(context, d, "CRLs"), ...streams(context, d, "CRL")]),
    ocsps: parts.flatMap((d) => [...streams(context, d, "OCSPs"), ...streams(context, d, "OCSP")]),
  };
}
