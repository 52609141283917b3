// What cms.ts, timestamp.ts and revocation.ts share: one PKIjs engine over node:crypto's
// WebCrypto, and certificates read as the facts shown beside a signed copy.
import { webcrypto } from "node:crypto";
import * as pkijs from "pkijs";

export type CertificateFacts = { subject: string; issuer: string; commonName: string | null; serialNumber: string; notBefore: Date; notAfter: Date };

export const engine = new pkijs.CryptoEngine({ name: "node", crypto: webcrypto as unknown as Crypto });

export const HASHES: Record<string, string> = {
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

/** PKIjs and asn1js take an ArrayBuffer of exactly the bytes, not a view into a larger one. */
export const arrayBuffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

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

const der = (cert: pkijs.Certificate) => Buffer.from(cert.toSchema().toBER(false));

/**
 * Whether `cert` chains to one of `anchors` at `when` (`certs`: intermediates found in the file).
 * PKIjs validates the LAST certificate it is given, after dropping duplicates: the leaf goes last
 * and nowhere else, or a genuine intermediate carried in the file would be judged instead of it.
 */
export async function chainsTo(cert: pkijs.Certificate, certs: readonly pkijs.Certificate[], anchors: readonly pkijs.Certificate[], when: Date) {
  const leaf = der(cert);
  const others = certs.filter((c) => !der(c).equals(leaf));
  const chain = new pkijs.CertificateChainValidationEngine({
    trustedCerts: anchors.filter((c) => !der(c).equals(leaf)),
    certs: [...others, cert],
    checkDate: when,
  });
  return chain
    .verify({}, engine)
    .then((r) => r.result === true)
    .catch(() => false);
}

/**
 * The first signer's signature over `data` checked by PKIjs, with the certificate it names (also
 * when the check fails: PKIjs throws for a wrong digest or signature, with what it found). For a
 * time-stamp token PKIjs also checks the messageImprint against `data`, and throws when it differs.
 */
export async function verifyFirstSigner(
  signed: pkijs.SignedData,
  data: Uint8Array,
): Promise<{ signatureValid: boolean; certificate: pkijs.Certificate | null }> {
  try {
    const result = await signed.verify({ signer: 0, data: arrayBuffer(data), checkChain: false, extendedMode: true }, engine);
    return { signatureValid: result.signatureVerified === true, certificate: result.signerCertificate ?? null };
  } catch (error) {
    return { signatureValid: false, certificate: (error as pkijs.SignedDataVerifyError).signerCertificate ?? null };
  }
}
