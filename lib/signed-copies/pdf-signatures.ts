// The signature fields of a PDF as bytes: each /ByteRange, the signed bytes it names and the
// CMS blob in the gap between them (ISO 32000-1 §12.8.1; PAdES, ETSI EN 319 142-1). Pure: bytes
// in, facts out. Whether the CMS is sound is cms.ts's business.

export type SignatureField = {
  /** [offset1, length1, offset2, length2] as written. */
  byteRange: [number, number, number, number];
  /** The two signed ranges, concatenated: what the signature's digest must be over. */
  signedBytes: Uint8Array;
  /** The hex of /Contents as bytes: the CMS ContentInfo's DER, then the zero padding of the placeholder. */
  cms: Uint8Array;
  /** Whether the ranges start at 0 and leave out only the /Contents hex string, so nothing else goes unsigned. */
  wellFormed: boolean;
  /** Where the signed ranges end: the file's length when nothing was appended after signing. */
  end: number;
  /** The dictionary's /M (the signing application's clock), when present. */
  claimedTime: Date | null;
  /** The dictionary's /SubFilter: adbe.pkcs7.detached, ETSI.CAdES.detached… */
  subFilter: string | null;
};

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;
const HEX = /^[0-9A-Fa-f\s]*$/;
/** How far around /ByteRange the rest of its dictionary (/M, /SubFilter) is looked for. */
const AROUND = 2048;

/** "D:20261201093000+07'00'" as a Date (PDF date strings, ISO 32000-1 §7.9.4); null when unreadable. */
export function pdfDate(text: string): Date | null {
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(text.trim());
  if (!m) return null;
  const [, y, mo = "01", d = "01", h = "00", mi = "00", s = "00", zone] = m;
  let offset = "Z";
  if (zone && zone !== "Z") offset = `${zone.slice(0, 3)}:${zone.replace(/'/g, "").slice(3, 5) || "00"}`;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`);
  return Number.isNaN(date.getTime()) ? null : date;
}

function dictionaryFacts(text: string, at: number, gapEnd: number) {
  const before = text.slice(Math.max(0, at - AROUND), at);
  const after = text.slice(gapEnd, gapEnd + AROUND);
  // The dictionary ends at the first ">>" after the gap; /M and /SubFilter may sit on either side.
  const near = before.slice(before.lastIndexOf("<<")) + " " + after.slice(0, Math.max(0, after.indexOf(">>")));
  const time = /\/M\s*\(([^)]*)\)/.exec(near)?.[1];
  const subFilter = /\/SubFilter\s*\/([A-Za-z0-9.#_-]+)/.exec(near)?.[1] ?? null;
  return { claimedTime: time ? pdfDate(time) : null, subFilter };
}

/** Every signature field found in the file, in file order (an incremental update appends later ones). */
export function signatureFields(pdf: Uint8Array): SignatureField[] {
  const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const text = bytes.toString("latin1");
  const fields: SignatureField[] = [];
  for (const m of text.matchAll(BYTE_RANGE)) {
    const range = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])] as [number, number, number, number];
    const [start, firstLength, second, secondLength] = range;
    const end = second + secondLength;
    const inside = firstLength < second && end <= bytes.length && start === 0;
    const gap = inside ? text.slice(firstLength, second) : "";
    // The gap must be exactly "<hex>": anything else left out of the ranges could be changed unseen.
    const wellFormed = inside && gap.startsWith("<") && gap.endsWith(">") && HEX.test(gap.slice(1, -1));
    const hex = wellFormed ? gap.slice(1, -1).replace(/\s+/g, "") : "";
    const cms = Buffer.from(hex.length % 2 ? `${hex}0` : hex, "hex");
    const signedBytes = inside ? Buffer.concat([bytes.subarray(0, firstLength), bytes.subarray(second, end)]) : new Uint8Array();
    fields.push({ byteRange: range, signedBytes, cms, wellFormed, end, ...dictionaryFacts(text, m.index, inside ? second : m.index) });
  }
  return fields;
}
