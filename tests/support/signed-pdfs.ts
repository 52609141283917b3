// PDFs signed as a USB token or a remote-signing service signs them (a detached CMS SignedData
// with signed attributes, in a /ByteRange placeholder written by @signpdf), made at test time by
// the tests' own CA (test-ca.ts): nothing is stored in the repository.
import { createHash } from "node:crypto";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { pdflibAddPlaceholder } from "@signpdf/placeholder-pdf-lib";
import { SignPdf } from "@signpdf/signpdf";
import { Signer } from "@signpdf/utils";
import { timeStampToken } from "./pki-tokens";
import { engine, type Identity } from "./test-ca";

export type CmsOptions = {
  signingTime?: Date;
  certificate?: pkijs.Certificate;
  /** CRLs (DER) in the adbe-revocationInfoArchival signed attribute, as signing tools embed them. */
  crls?: Uint8Array[];
  /** A time-stamp authority that stamps the signature value (a signature time-stamp). */
  stampedBy?: Identity;
};

const ARCHIVAL = "1.2.840.113583.1.1.8";

/** A detached CMS SignedData over `data` as signing tools write it: content type, signing time, message digest. */
export async function cmsSignature(data: Uint8Array, by: Identity, options: CmsOptions = {}) {
  const cert = options.certificate ?? by.cert;
  const digest = createHash("sha256").update(data).digest();
  const signed = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: pkijs.ContentInfo.DATA }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({
          type: 0,
          attributes: [
            new pkijs.Attribute({ type: "1.2.840.113549.1.9.3", values: [new asn1js.ObjectIdentifier({ value: pkijs.ContentInfo.DATA })] }),
            new pkijs.Attribute({
              type: "1.2.840.113549.1.9.5",
              values: [new asn1js.UTCTime({ valueDate: options.signingTime ?? new Date("2026-12-01T02:30:00Z") })],
            }),
            new pkijs.Attribute({ type: "1.2.840.113549.1.9.4", values: [new asn1js.OctetString({ valueHex: digest })] }),
            ...(options.crls
              ? [
                  new pkijs.Attribute({
                    type: ARCHIVAL,
                    values: [
                      new asn1js.Sequence({
                        value: [
                          new asn1js.Constructed({
                            idBlock: { tagClass: 3, tagNumber: 0 },
                            value: [new asn1js.Sequence({ value: options.crls.map((der) => asn1js.fromBER(new Uint8Array(der).buffer).result) })],
                          }),
                        ],
                      }),
                    ],
                  }),
                ]
              : []),
          ],
        }),
      }),
    ],
    certificates: [cert, ...by.chain],
  });
  await signed.sign(by.key, 0, "SHA-256", undefined, engine);
  if (options.stampedBy) {
    const token = await timeStampToken(signed.signerInfos[0].signature.valueBlock.valueHexView, options.stampedBy, new Date("2026-12-01T02:31:00Z"));
    signed.signerInfos[0].unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({
      type: 1,
      attributes: [new pkijs.Attribute({ type: "1.2.840.113549.1.9.16.2.14", values: [asn1js.fromBER(new Uint8Array(token).buffer).result] })],
    });
  }
  const info = new pkijs.ContentInfo({ contentType: pkijs.ContentInfo.SIGNED_DATA, content: signed.toSchema(true) });
  return Buffer.from(info.toSchema().toBER(false));
}

class TestSigner extends Signer {
  constructor(
    private by: Identity,
    private options: CmsOptions,
  ) {
    super();
  }
  async sign(pdf: Buffer) {
    return cmsSignature(pdf, this.by, this.options);
  }
}

/** A one-page PDF, or `pdf` with one more signature field, signed by `by`. */
export async function signedPdf(by: Identity, options: CmsOptions & { pdf?: Uint8Array } = {}) {
  const doc = options.pdf ? await PDFDocument.load(options.pdf) : await PDFDocument.create();
  if (!options.pdf) {
    const page = doc.addPage([595, 842]);
    page.drawText("BIEN BAN HOP BINH XET THI DUA NAM 2026", { x: 72, y: 760, size: 14, font: await doc.embedFont(StandardFonts.TimesRoman) });
  }
  pdflibAddPlaceholder({
    pdfDoc: doc,
    reason: "Ky ban chinh",
    contactInfo: "",
    name: "Truong khoi",
    location: "Ninh Binh",
    signatureLength: options.stampedBy ? 16384 : 8192,
  });
  const withPlaceholder = Buffer.from(await doc.save({ useObjectStreams: false }));
  return new SignPdf().sign(withPlaceholder, new TestSigner(by, options));
}
