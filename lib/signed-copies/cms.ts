// One CMS SignedData (RFC 5652) over the bytes a PDF signature covers, checked with PKIjs
// (PeculiarVentures): that the message digest matches those bytes, that the signature verifies
// with the signer's certificate, who the signer and the issuer are, when it was signed, and,
// given trust anchors, whether the certificate chains to one of them at that time.
import { createHash, webcrypto } from "node:crypto";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";

export type CertificateFacts = { subject: string; issuer: string; commonName: string | null; serialNumber: string; notBefore: Date; notAfter: Date };

export type CmsCheck = {
  /** False when the blob is not a CMS SignedData with one signer: nothing below is known. */
  parsed: boolean;
  certificate: CertificateFacts | null;
  digestMatches: boolean;
  signatureValid: boolean;
  /** The signed signingTime attribute, else the time-stamp token's time (read, its own signature not checked). */
  signingTime: Date | null;
  /** Null without trust anchors: the chain is then not judged. */
  trusted: boolean | null;
};

const OID = {
  messageDigest: "1.2.840.113549.1.9.4",
  signingTime: "1.2.840.113549.1.9.5",
  timeStampToken: "1.2.840.113549.1.9.16.2.14",
};
const HASHES: Record<string, string> = {
  "1.3.14.3.2.26": "sha1",
  "2.16.840.1.101.3.4.2.1": "sha256",
  "2.16.840.1.101.3.4.2.2": "sha384",
  "2.16.840.1.101.3.4.2.3": "sha512",
};
const NAME_PARTS: Record<string, string> = {
  "2.5.4.3": "CN",
  "2.5.4.12": "T",
  "2.5.4.11": "OU",
  "2.5.4.10": "O",
  "2.5.4.7": "L",
  "2.5.4.8": "ST",
  "2.5.4.6": "C",
  "0.9.2342.19200300.100.1.1": "UID",
  "1.2.840.113549.1.9.1": "E",
};

const engine = new pkijs.CryptoEngine({ name: "node", crypto: webcrypto as unknown as Crypto });

const FAILED: CmsCheck = { parsed: false, certificate: null, digestMatches: false, signatureValid: false, signingTime: null, trusted: null };

const arrayBuffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

function nameText(name: pkijs.RelativeDistinguishedNames): string {
  return name.typesAndValues.map((tv) => `${NAME_PARTS[tv.type] ?? tv.type}=${String(tv.value.valueBlock.value ?? "")}`).join(", ");
}

export function certificateFacts(cert: pkijs.Certificate): CertificateFacts {
  const cn = cert.subject.typesAndValues.find((tv) => tv.type === "2.5.4.3");
  return {
    subject: nameText(cert.subject),
    issuer: nameText(cert.issuer),
    commonName: cn ? String(cn.value.valueBlock.value) : null,
    serialNumber: Buffer.from(cert.serialNumber.valueBlock.valueHexView).toString("hex").toUpperCase(),
    notBefore: cert.notBefore.value,
    notAfter: cert.notAfter.value,
  };
}

/** A DER certificate (or one PEM block) as PKIjs reads it. */
export function parseCertificate(der: Uint8Array): pkijs.Certificate {
  return pkijs.Certificate.fromBER(arrayBuffer(der));
}

function attribute(signer: pkijs.SignerInfo, oid: string, unsigned = false) {
  const attrs = unsigned ? signer.unsignedAttrs : signer.signedAttrs;
  return attrs?.attributes.find((a) => a.type === oid)?.values[0];
}

/** The time-stamp token's genTime (RFC 3161), unverified: the PDF's own claim of when it was signed. */
function timestampTime(signer: pkijs.SignerInfo): Date | null {
  const token = attribute(signer, OID.timeStampToken, true);
  if (!token) return null;
  try {
    const signed = new pkijs.SignedData({ schema: new pkijs.ContentInfo({ schema: token }).content });
    const content = signed.encapContentInfo.eContent;
    if (!content) return null;
    return pkijs.TSTInfo.fromBER(content.getValue()).genTime;
  } catch {
    return null;
  }
}

function signedTime(signer: pkijs.SignerInfo): Date | null {
  const value = attribute(signer, OID.signingTime);
  if (value instanceof asn1js.UTCTime || value instanceof asn1js.GeneralizedTime) return value.toDate();
  return null;
}

function digestMatches(signer: pkijs.SignerInfo, data: Uint8Array): boolean {
  const algorithm = HASHES[signer.digestAlgorithm.algorithmId];
  const claimed = attribute(signer, OID.messageDigest);
  if (!algorithm || !(claimed instanceof asn1js.OctetString)) return false;
  const actual = createHash(algorithm).update(data).digest();
  return Buffer.from(claimed.valueBlock.valueHexView).equals(actual);
}

/** Checks `blob` (a CMS ContentInfo, trailing padding allowed) as a detached signature over `data`. */
export async function checkCms(blob: Uint8Array, data: Uint8Array, anchors: readonly pkijs.Certificate[]): Promise<CmsCheck> {
  let signed: pkijs.SignedData;
  try {
    const asn1 = asn1js.fromBER(arrayBuffer(blob));
    if (asn1.offset === -1) return FAILED;
    const info = new pkijs.ContentInfo({ schema: asn1.result });
    if (info.contentType !== pkijs.ContentInfo.SIGNED_DATA) return FAILED;
    signed = new pkijs.SignedData({ schema: info.content });
  } catch {
    return FAILED;
  }
  if (signed.signerInfos.length !== 1) return FAILED;
  const signer = signed.signerInfos[0];
  const certs = (signed.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  let signatureValid = false;
  let certificate: pkijs.Certificate | null = null;
  try {
    const result = await signed.verify({ signer: 0, data: arrayBuffer(data), checkChain: false, extendedMode: true }, engine);
    signatureValid = result.signatureVerified === true;
    certificate = result.signerCertificate ?? null;
  } catch (error) {
    // PKIjs throws for a wrong digest or signature, with what it found.
    certificate = (error as pkijs.SignedDataVerifyError).signerCertificate ?? null;
  }
  const signingTime = signedTime(signer) ?? timestampTime(signer);
  let trusted: boolean | null = null;
  if (anchors.length && certificate) {
    const chain = new pkijs.CertificateChainValidationEngine({ trustedCerts: [...anchors], certs: [...certs], checkDate: signingTime ?? new Date() });
    trusted = await chain
      .verify({}, engine)
      .then((r) => r.result === true)
      .catch(() => false);
  } else if (anchors.length) trusted = false;
  return {
    parsed: true,
    certificate: certificate && certificateFacts(certificate),
    digestMatches: digestMatches(signer, data),
    signatureValid,
    signingTime,
    trusted,
  };
}
