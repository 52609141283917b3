// A certificate authority of the tests' own and PDFs signed as a USB token or a remote-signing
// service signs them (a detached CMS SignedData with signed attributes, in a /ByteRange
// placeholder written by @signpdf), made at test time: nothing is stored in the repository.
import { createHash, webcrypto } from "node:crypto";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { pdflibAddPlaceholder } from "@signpdf/placeholder-pdf-lib";
import { SignPdf } from "@signpdf/signpdf";
import { Signer } from "@signpdf/utils";

const crypto = webcrypto as unknown as Crypto;
const engine = new pkijs.CryptoEngine({ name: "test", crypto });
const ALGORITHM = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) };

export type Identity = { cert: pkijs.Certificate; key: CryptoKey; chain: pkijs.Certificate[] };

let serial = 1000;

function name(parts: Record<string, string>) {
  const OIDS: Record<string, string> = { CN: "2.5.4.3", O: "2.5.4.10", C: "2.5.4.6" };
  return new pkijs.RelativeDistinguishedNames({
    typesAndValues: Object.entries(parts).map(
      ([k, v]) =>
        new pkijs.AttributeTypeAndValue({ type: OIDS[k], value: k === "C" ? new asn1js.PrintableString({ value: v }) : new asn1js.Utf8String({ value: v }) }),
    ),
  });
}

/** A certificate for `subject`, signed by `issuer` (itself when null: a root). */
export async function makeIdentity(
  subject: Record<string, string>,
  issuer: Identity | null,
  validity = { from: new Date("2025-01-01"), to: new Date("2030-01-01") },
  purposes: string[] = [],
) {
  const keys = (await crypto.subtle.generateKey(ALGORITHM, true, ["sign", "verify"])) as CryptoKeyPair;
  const cert = new pkijs.Certificate();
  cert.version = 2;
  cert.serialNumber = new asn1js.Integer({ value: ++serial });
  cert.subject = name(subject);
  cert.issuer = issuer ? issuer.cert.subject : name(subject);
  cert.notBefore.value = validity.from;
  cert.notAfter.value = validity.to;
  const ca = !issuer;
  cert.extensions = [
    new pkijs.Extension({ extnID: "2.5.29.19", critical: true, extnValue: new pkijs.BasicConstraints({ cA: ca }).toSchema().toBER(false) }),
    new pkijs.Extension({
      extnID: "2.5.29.15",
      critical: true,
      // keyCertSign + cRLSign for the CA; digitalSignature + nonRepudiation for a signer.
      extnValue: new asn1js.BitString({ valueHex: new Uint8Array(ca ? [0x06] : [0xc0]).buffer, unusedBits: ca ? 1 : 6 }).toBER(false),
    }),
  ];
  // Extended key usage, e.g. id-kp-timeStamping for a time-stamp authority.
  if (purposes.length)
    cert.extensions.push(
      new pkijs.Extension({ extnID: "2.5.29.37", critical: true, extnValue: new pkijs.ExtKeyUsage({ keyPurposes: purposes }).toSchema().toBER(false) }),
    );
  await cert.subjectPublicKeyInfo.importKey(keys.publicKey, engine);
  await cert.sign(issuer ? issuer.key : keys.privateKey, "SHA-256", engine);
  return { cert, key: keys.privateKey, chain: issuer ? [issuer.cert, ...issuer.chain] : [] } satisfies Identity;
}

/** A detached CMS SignedData over `data` as signing tools write it: content type, signing time, message digest. */
export type CmsOptions = {
  signingTime?: Date;
  certificate?: pkijs.Certificate;
  /** CRLs (DER) in the adbe-revocationInfoArchival signed attribute, as signing tools embed them. */
  crls?: Uint8Array[];
  /** A time-stamp authority that stamps the signature value (a signature time-stamp). */
  stampedBy?: Identity;
};

const ARCHIVAL = "1.2.840.113583.1.1.8";

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

/** An RFC 3161 TimeStampToken by `tsa` whose messageImprint is the SHA-256 of `data`. */
export async function timeStampToken(data: Uint8Array, tsa: Identity, genTime: Date) {
  const tstInfo = new pkijs.TSTInfo({
    version: 1,
    policy: "1.2.3.4.1",
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: "2.16.840.1.101.3.4.2.1" }),
      hashedMessage: new asn1js.OctetString({ valueHex: createHash("sha256").update(data).digest() }),
    }),
    serialNumber: new asn1js.Integer({ value: ++serial }),
    genTime,
  });
  const content = tstInfo.toSchema().toBER(false);
  const signed = new pkijs.SignedData({
    version: 3,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: "1.2.840.113549.1.9.16.1.4", eContent: new asn1js.OctetString({ valueHex: content }) }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: tsa.cert.issuer, serialNumber: tsa.cert.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({
          type: 0,
          attributes: [
            new pkijs.Attribute({ type: "1.2.840.113549.1.9.3", values: [new asn1js.ObjectIdentifier({ value: "1.2.840.113549.1.9.16.1.4" })] }),
            new pkijs.Attribute({
              type: "1.2.840.113549.1.9.4",
              values: [new asn1js.OctetString({ valueHex: createHash("sha256").update(new Uint8Array(content)).digest() })],
            }),
          ],
        }),
      }),
    ],
    certificates: [tsa.cert, ...tsa.chain],
  });
  await signed.sign(tsa.key, 0, "SHA-256", undefined, engine);
  const info = new pkijs.ContentInfo({ contentType: pkijs.ContentInfo.SIGNED_DATA, content: signed.toSchema(true) });
  return Buffer.from(info.toSchema().toBER(false));
}

/** A CRL by `issuer` listing `revoked` certificates with their revocation dates. */
export async function makeCrl(issuer: Identity, revoked: { cert: pkijs.Certificate; at: Date }[], thisUpdate = new Date("2026-12-01T03:00:00Z")) {
  const crl = new pkijs.CertificateRevocationList();
  crl.version = 1;
  crl.issuer = issuer.cert.subject;
  crl.thisUpdate = new pkijs.Time({ type: 0, value: thisUpdate });
  crl.nextUpdate = new pkijs.Time({ type: 0, value: new Date(thisUpdate.getTime() + 7 * 86_400_000) });
  if (revoked.length)
    crl.revokedCertificates = revoked.map(
      (r) => new pkijs.RevokedCertificate({ userCertificate: r.cert.serialNumber, revocationDate: new pkijs.Time({ type: 0, value: r.at }) }),
    );
  await crl.sign(issuer.key, "SHA-256", engine);
  return Buffer.from(crl.toSchema(true).toBER(false));
}

/** An OCSP response by `issuer` itself on `cert`: good, or revoked at `revokedAt`. */
export async function makeOcsp(issuer: Identity, cert: pkijs.Certificate, revokedAt?: Date, thisUpdate = new Date("2026-12-01T03:00:00Z")) {
  const certID = await pkijs.CertID.create(cert, { hashAlgorithm: "SHA-256", issuerCertificate: issuer.cert }, engine);
  // certStatus: good [0] IMPLICIT NULL, or revoked [1] IMPLICIT RevokedInfo { revocationTime } (RFC 6960 §4.2.1).
  const certStatus = revokedAt
    ? new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 1 }, value: [new asn1js.GeneralizedTime({ valueDate: revokedAt })] })
    : new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber: 0 } });
  const basic = new pkijs.BasicOCSPResponse();
  basic.tbsResponseData.responderID = issuer.cert.subject;
  basic.tbsResponseData.producedAt = thisUpdate;
  basic.tbsResponseData.responses.push(new pkijs.SingleResponse({ certID, certStatus, thisUpdate }));
  basic.certs = [issuer.cert];
  await basic.sign(issuer.key, "SHA-256", engine);
  const response = new pkijs.OCSPResponse({
    responseStatus: new asn1js.Enumerated({ value: 0 }),
    responseBytes: new pkijs.ResponseBytes({
      responseType: pkijs.id_PKIX_OCSP_Basic,
      response: new asn1js.OctetString({ valueHex: basic.toSchema().toBER(false) }),
    }),
  });
  return Buffer.from(response.toSchema().toBER(false));
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

/** The test CA, a signer it certified, and an unrelated self-certified signer. */
export async function testPki() {
  const ca = await makeIdentity({ CN: "CA thử nghiệm Ban Cơ yếu", O: "Tổ chức chứng thực thử nghiệm", C: "VN" }, null);
  const signer = await makeIdentity({ CN: "Nguyễn Văn Minh", O: "Sở Nội vụ tỉnh Ninh Bình", C: "VN" }, ca);
  const stranger = await makeIdentity({ CN: "Người lạ", O: "Không rõ", C: "VN" }, null);
  const tsa = await makeIdentity({ CN: "Máy chủ cấp dấu thời gian thử nghiệm", O: "Tổ chức chứng thực thử nghiệm", C: "VN" }, ca, undefined, [
    "1.3.6.1.5.5.7.3.8",
  ]);
  return { ca, signer, stranger, tsa };
}

/** The PEM text of certificates, as SIGNATURE_TRUST_ANCHORS names it. */
export function pem(...certs: pkijs.Certificate[]) {
  return certs
    .map((c) => {
      const b64 = Buffer.from(c.toSchema().toBER(false)).toString("base64");
      return `-----BEGIN CERTIFICATE-----\n${b64.match(/.{1,64}/g)!.join("\n")}\n-----END CERTIFICATE-----\n`;
    })
    .join("");
}
