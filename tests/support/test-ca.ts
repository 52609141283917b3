// A certificate authority of the tests' own, made at test time (PKIjs over node:crypto's
// WebCrypto): the CA, a signer it certifies, a time-stamp authority, an unrelated self-certified
// signer. Nothing is stored in the repository.
import { webcrypto } from "node:crypto";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";

const crypto = webcrypto as unknown as Crypto;
export const engine = new pkijs.CryptoEngine({ name: "test", crypto });
const ALGORITHM = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) };

export type Identity = { cert: pkijs.Certificate; key: CryptoKey; chain: pkijs.Certificate[] };

let serial = 1000;
/** A fresh serial number for a certificate or a time-stamp. */
export const nextSerial = () => ++serial;

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
  cert.serialNumber = new asn1js.Integer({ value: nextSerial() });
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
