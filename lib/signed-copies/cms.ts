// One CMS SignedData (RFC 5652) over the bytes a PDF signature covers, checked with PKIjs
// (PeculiarVentures): that the message digest matches those bytes, that the signature verifies
// with the signer's certificate, who the signer and the issuer are, when it was signed, and,
// given trust anchors, whether the certificate chains to one of them at that time. Also hands on
// what the signature carries for later checks: its certificates, its revocation data and its
// time-stamp token (checked by timestamp.ts).
import { createHash } from "node:crypto";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { arrayBuffer, certificateFacts, chainsTo, HASHES, verifyFirstSigner, type CertificateFacts } from "@/lib/signed-copies/pki";
import type { RevocationData } from "@/lib/signed-copies/revocation";
import { checkTimestamp, type TimestampCheck } from "@/lib/signed-copies/timestamp";

export type CmsCheck = {
  /** False when the blob is not a CMS SignedData with one signer: nothing below is known. */
  parsed: boolean;
  certificate: CertificateFacts | null;
  digestMatches: boolean;
  signatureValid: boolean;
  /** The signed signingTime attribute, else the verified signature time-stamp's time. */
  signingTime: Date | null;
  /** Null without trust anchors: the chain is then not judged. */
  trusted: boolean | null;
  /** The signature time-stamp (an unsigned attribute over the signature value), when there is one. */
  timestamp: TimestampCheck | null;
  /** For the revocation check: the signer's certificate, the certificates and revocation data the CMS carries. */
  signerCert: pkijs.Certificate | null;
  certs: pkijs.Certificate[];
  revocation: RevocationData;
};

const OID = {
  messageDigest: "1.2.840.113549.1.9.4",
  signingTime: "1.2.840.113549.1.9.5",
  timeStampToken: "1.2.840.113549.1.9.16.2.14",
  // Adobe's RevocationInfoArchival (ISO 32000-1 §12.8.3.3.2): CRLs [0] and OCSP responses [1] as signed.
  revocationArchival: "1.2.840.113583.1.1.8",
};

const FAILED: CmsCheck = {
  parsed: false,
  certificate: null,
  digestMatches: false,
  signatureValid: false,
  signingTime: null,
  trusted: null,
  timestamp: null,
  signerCert: null,
  certs: [],
  revocation: { crls: [], ocsps: [] },
};

function attribute(signer: pkijs.SignerInfo, oid: string, unsigned = false) {
  const attrs = unsigned ? signer.unsignedAttrs : signer.signedAttrs;
  return attrs?.attributes.find((a) => a.type === oid)?.values[0];
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

const der = (value: { toBER(sizeOnly?: boolean): ArrayBuffer }) => new Uint8Array(value.toBER(false));

/** The CRLs and OCSP responses in the SignedData's crls field and in the archival attribute. */
function revocationData(signed: pkijs.SignedData, signer: pkijs.SignerInfo): RevocationData {
  const crls = (signed.crls ?? []).filter((c) => c instanceof pkijs.CertificateRevocationList).map((c) => der(c.toSchema()));
  const ocsps: Uint8Array[] = [];
  const archival = attribute(signer, OID.revocationArchival);
  if (archival instanceof asn1js.Sequence) {
    for (const part of archival.valueBlock.value) {
      const list = part instanceof asn1js.Constructed ? part.valueBlock.value[0] : null;
      if (!(list instanceof asn1js.Sequence)) continue;
      const items = list.valueBlock.value.map((v) => der(v));
      if (part.idBlock.tagNumber === 0) crls.push(...items);
      if (part.idBlock.tagNumber === 1) ocsps.push(...items);
    }
  }
  return { crls, ocsps };
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
  const { signatureValid, certificate } = await verifyFirstSigner(signed, data);
  const token = attribute(signer, OID.timeStampToken, true);
  // The signature time-stamp stamps the signature value itself (RFC 3161 Appendix A).
  const timestamp = token ? await checkTimestamp(token, signer.signature.valueBlock.valueHexView, anchors) : null;
  const stampedTime = timestamp?.signatureValid && timestamp.imprintMatches ? timestamp.time : null;
  const signingTime = signedTime(signer) ?? stampedTime;
  let trusted: boolean | null = null;
  if (anchors.length) trusted = certificate ? await chainsTo(certificate, certs, anchors, signingTime ?? new Date()) : false;
  return {
    parsed: true,
    certificate: certificate && certificateFacts(certificate),
    digestMatches: digestMatches(signer, data),
    signatureValid,
    signingTime,
    trusted,
    timestamp,
    signerCert: certificate,
    certs,
    revocation: revocationData(signed, signer),
  };
}
