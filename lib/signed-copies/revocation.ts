// Whether the signer's certificate was revoked when it signed, judged only from what the file
// carries: CRLs and OCSP responses in the PDF's DSS, in the CMS (its crls field and the
// adbe-revocationInfoArchival signed attribute). Nothing is fetched: the server and many agency
// networks are offline, so a file without such data says so rather than passing as checked.
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { arrayBuffer, engine } from "@/lib/signed-copies/pki";

export type Revocation = {
  /** good: a sound CRL/OCSP answer current at signing does not list it; none: nothing usable in the file. */
  status: "good" | "revoked" | "none";
  source: "CRL" | "OCSP" | null;
  /** When the answer relied on was issued (a CRL's thisUpdate, an OCSP response's thisUpdate). */
  issuedAt: Date | null;
  revokedAt: Date | null;
};

/** Revocation data as found in a file, not yet checked: DER of CRLs and of OCSPResponses. */
export type RevocationData = { crls: Uint8Array[]; ocsps: Uint8Array[] };

const NONE: Revocation = { status: "none", source: null, issuedAt: null, revokedAt: null };

function parse<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

/** The certificate among `candidates` that issued `cert`: its subject is cert's issuer and its key verifies cert. */
async function issuerOf(cert: pkijs.Certificate, candidates: readonly pkijs.Certificate[]) {
  for (const c of candidates) {
    if (c.subject.isEqual(cert.issuer) && (await cert.verify(c, engine).catch(() => false))) return c;
  }
  return null;
}

/** An answer counts for the signing time when it was issued after it or was still current then. */
const current = (thisUpdate: Date, nextUpdate: Date | undefined, at: Date | null) => !at || thisUpdate >= at || (!!nextUpdate && nextUpdate >= at);

async function fromCrl(der: Uint8Array, cert: pkijs.Certificate, issuer: pkijs.Certificate, at: Date | null): Promise<Revocation | null> {
  const crl = parse(() => pkijs.CertificateRevocationList.fromBER(arrayBuffer(der)));
  if (!crl || !crl.issuer.isEqual(cert.issuer)) return null;
  // A CRL whose signature fails proves nothing either way.
  if (!(await crl.verify({ issuerCertificate: issuer }, engine).catch(() => false))) return null;
  const entry = crl.revokedCertificates?.find((r) => r.userCertificate.isEqual(cert.serialNumber));
  const issuedAt = crl.thisUpdate.value;
  if (entry) {
    const revokedAt = entry.revocationDate.value;
    // Revoked after it signed: the signature was made with a good certificate.
    if (!at || revokedAt <= at) return { status: "revoked", source: "CRL", issuedAt, revokedAt };
  }
  return current(issuedAt, crl.nextUpdate?.value, at) ? { status: "good", source: "CRL", issuedAt, revokedAt: null } : null;
}

/** RevokedInfo's revocationTime inside certStatus [1] (RFC 6960 §4.2.1); null when unreadable. */
function revocationTime(status: asn1js.Constructed): Date | null {
  const time = status.valueBlock.value[0];
  return time instanceof asn1js.GeneralizedTime ? time.toDate() : null;
}

async function fromOcsp(der: Uint8Array, cert: pkijs.Certificate, issuer: pkijs.Certificate, at: Date | null): Promise<Revocation | null> {
  const response = parse(() => pkijs.OCSPResponse.fromBER(arrayBuffer(der)));
  const bytes = response?.responseBytes?.response.valueBlock.valueHexView;
  const basic = bytes && parse(() => pkijs.BasicOCSPResponse.fromBER(arrayBuffer(bytes)));
  if (!basic) return null;
  // The responder must be the issuer or a responder it delegated (id-kp-OCSPSigning); PKIjs checks both.
  if (!(await basic.verify({ trustedCerts: [issuer], issuerCerts: [issuer] }, engine).catch(() => false))) return null;
  const { isForCertificate, status } = await basic.getCertificateStatus(cert, issuer, engine);
  if (!isForCertificate || status === 2) return null;
  const single = basic.tbsResponseData.responses.find((r) => r.certID.serialNumber.isEqual(cert.serialNumber));
  if (!single) return null;
  if (status === 1) {
    const revokedAt = single.certStatus instanceof asn1js.Constructed ? revocationTime(single.certStatus) : null;
    if (!at || !revokedAt || revokedAt <= at) return { status: "revoked", source: "OCSP", issuedAt: single.thisUpdate, revokedAt };
  }
  return current(single.thisUpdate, single.nextUpdate, at) ? { status: "good", source: "OCSP", issuedAt: single.thisUpdate, revokedAt: null } : null;
}

/**
 * The revocation status of `cert` at `at` from `data`. Its issuer is looked for in `candidates`
 * (the file's certificates and the trust anchors). Any sound answer saying it was revoked by
 * then wins over any saying it was not.
 */
export async function revocationStatus(cert: pkijs.Certificate, candidates: readonly pkijs.Certificate[], data: RevocationData, at: Date | null) {
  const issuer = await issuerOf(cert, candidates);
  if (!issuer) return NONE;
  const answers = [
    ...(await Promise.all(data.crls.map((der) => fromCrl(der, cert, issuer, at)))),
    // PKIjs throws on responses it cannot judge (an unauthorised responder): no answer.
    ...(await Promise.all(data.ocsps.map((der) => fromOcsp(der, cert, issuer, at).catch(() => null)))),
  ].filter((a): a is Revocation => !!a);
  return answers.find((a) => a.status === "revoked") ?? answers.find((a) => a.status === "good") ?? NONE;
}
