// An RFC 3161 time-stamp token (a CMS SignedData whose content is a TSTInfo), checked as the
// time-stamp authority (TSA) vouches for it: the TSA's signature over the TSTInfo, the
// messageImprint equal to the hash of what was stamped, and the TSA certificate allowed to stamp
// (extended key usage id-kp-timeStamping, RFC 3161 §2.3). A PAdES document time-stamp
// (SubFilter ETSI.RFC3161) stamps its byte ranges; a signature time-stamp stamps the signature value.
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { arrayBuffer, certificateFacts, chainsTo, engine, verifyFirstSigner, type CertificateFacts } from "@/lib/signed-copies/pki";

export type TimestampCheck = {
  parsed: boolean;
  tsa: CertificateFacts | null;
  time: Date | null;
  /** The TSA's signature verifies and its signed digest matches the TSTInfo. */
  signatureValid: boolean;
  /** The messageImprint is the hash of the stamped bytes. */
  imprintMatches: boolean;
  /** The TSA certificate has id-kp-timeStamping: any other certificate may not vouch for a time. */
  timeStamping: boolean;
  /** Null without trust anchors. */
  trusted: boolean | null;
};

const TST_INFO = "1.2.840.113549.1.9.16.1.4";
const EKU = "2.5.29.37";
const TIME_STAMPING = "1.3.6.1.5.5.7.3.8";

const FAILED: TimestampCheck = { parsed: false, tsa: null, time: null, signatureValid: false, imprintMatches: false, timeStamping: false, trusted: null };

function hasTimeStamping(cert: pkijs.Certificate) {
  const eku = cert.extensions?.find((e) => e.extnID === EKU)?.parsedValue;
  return eku instanceof pkijs.ExtKeyUsage && eku.keyPurposes.includes(TIME_STAMPING);
}

/** Reads a token given as DER (a /Contents blob, trailing zero padding allowed) or as the parsed ContentInfo. */
function signedDataOf(token: Uint8Array | asn1js.AsnType): pkijs.SignedData | null {
  try {
    let schema: asn1js.AsnType = token as asn1js.AsnType;
    if (token instanceof Uint8Array) {
      const asn1 = asn1js.fromBER(arrayBuffer(token));
      if (asn1.offset === -1) return null;
      schema = asn1.result;
    }
    const info = new pkijs.ContentInfo({ schema });
    if (info.contentType !== pkijs.ContentInfo.SIGNED_DATA) return null;
    const signed = new pkijs.SignedData({ schema: info.content });
    return signed.encapContentInfo.eContentType === TST_INFO && signed.signerInfos.length === 1 ? signed : null;
  } catch {
    return null;
  }
}

/** Checks `token` as a time-stamp over `stamped`, its TSA judged against `anchors` at the stamped time. */
export async function checkTimestamp(token: Uint8Array | asn1js.AsnType, stamped: Uint8Array, anchors: readonly pkijs.Certificate[]): Promise<TimestampCheck> {
  const signed = signedDataOf(token);
  const content = signed?.encapContentInfo.eContent;
  if (!signed || !content) return FAILED;
  let info: pkijs.TSTInfo;
  try {
    info = pkijs.TSTInfo.fromBER(content.getValue());
  } catch {
    return FAILED;
  }
  const { signatureValid, certificate: cert } = await verifyFirstSigner(signed, stamped);
  const imprintMatches = await info.verify({ data: arrayBuffer(stamped) }, engine).catch(() => false);
  const certs = (signed.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  let trusted: boolean | null = null;
  if (anchors.length) trusted = cert ? await chainsTo(cert, certs, anchors, info.genTime) : false;
  const validThen = !!cert && cert.notBefore.value <= info.genTime && info.genTime <= cert.notAfter.value;
  return {
    parsed: true,
    tsa: cert && certificateFacts(cert),
    time: info.genTime,
    signatureValid: signatureValid && validThen,
    imprintMatches,
    timeStamping: !!cert && hasTimeStamping(cert),
    trusted,
  };
}
