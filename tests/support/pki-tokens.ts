// What a CA and a time-stamp authority issue besides certificates, made at test time: RFC 3161
// time-stamp tokens, CRLs and OCSP responses, for the signed-copy verifier's LTV checks.
import { createHash } from "node:crypto";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { engine, nextSerial, type Identity } from "./test-ca";

/** An RFC 3161 TimeStampToken by `tsa` whose messageImprint is the SHA-256 of `data`. */
export async function timeStampToken(data: Uint8Array, tsa: Identity, genTime: Date) {
  const tstInfo = new pkijs.TSTInfo({
    version: 1,
    policy: "1.2.3.4.1",
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: "2.16.840.1.101.3.4.2.1" }),
      hashedMessage: new asn1js.OctetString({ valueHex: createHash("sha256").update(data).digest() }),
    }),
    serialNumber: new asn1js.Integer({ value: nextSerial() }),
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
