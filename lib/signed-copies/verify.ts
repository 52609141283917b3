// The verdict on an uploaded signed copy: a scan (an image, or a PDF with no signature field),
// or a digitally signed PDF whose every signature is checked (pdf-signatures.ts finds them,
// cms.ts checks each, timestamp.ts each document time-stamp, revocation.ts the revocation data
// the file carries). Only a scan or a VALID PDF is kept (service.ts); the others are refused
// with their reason, so a file changed after signing never marks a document signed. What
// follows the last signature must be long-term-validation data only (appended.ts).
import type * as pkijs from "pkijs";
import { appendedChange, type ChangeReason } from "@/lib/signed-copies/appended";
import { checkCms } from "@/lib/signed-copies/cms";
import { parseCertificate } from "@/lib/signed-copies/pki";
import { documentSecurityStore } from "@/lib/signed-copies/pdf-revisions";
import { signatureFields, type SignatureField } from "@/lib/signed-copies/pdf-signatures";
import { revocationStatus, type Revocation, type RevocationData } from "@/lib/signed-copies/revocation";
import { checkTimestamp } from "@/lib/signed-copies/timestamp";

/** One signature or document time-stamp as shown beside the document and kept with the copy (JSON: dates as ISO text). */
export type SignatureResult = {
  /** A document time-stamp (ETSI.RFC3161): signer is then the time-stamp authority. Absent in copies filed before time-stamps were read. */
  kind?: "signature" | "timestamp";
  signer: string | null;
  commonName: string | null;
  issuer: string | null;
  serialNumber: string | null;
  signingTime: string | null;
  /** The signed ranges leave out only the signature itself and the digest matches them. */
  intact: boolean;
  signatureValid: boolean;
  /** Nothing was appended to the file after this signature. */
  coversWholeFile: boolean;
  /** The last signature, followed only by long-term-validation updates and document time-stamps (appended.ts). */
  ltvAfter?: boolean;
  /** The certificate was within its validity period when signed (null: no time known). */
  validAtSigning: boolean | null;
  /** Null when no trust anchors are configured. */
  trusted: boolean | null;
  /** The signature's own time-stamp, verified: when a time-stamp authority saw it. */
  timestamp?: { time: string; authority: string | null } | null;
  /** From the CRLs and OCSP responses the file carries; "none" when it carries none for this certificate. */
  revocation?: { status: Revocation["status"]; source: Revocation["source"]; issuedAt: string | null; revokedAt: string | null } | null;
};

export type Verdict = "SCAN" | "VALID" | "MODIFIED" | "INVALID" | "UNTRUSTED" | "REVOKED";
export type Verification = { verdict: Verdict; signatures: SignatureResult[]; change?: ChangeReason };

const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString("latin1") === "%PDF-";
const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;

function verdictOf(signatures: readonly SignatureResult[], change: ChangeReason | null): Verdict {
  if (!signatures.length) return "SCAN";
  if (signatures.some((s) => !s.intact) || change) return "MODIFIED";
  if (signatures.some((s) => !s.signatureValid || s.validAtSigning === false)) return "INVALID";
  if (signatures.some((s) => s.trusted === false)) return "UNTRUSTED";
  if (signatures.some((s) => s.revocation?.status === "revoked")) return "REVOKED";
  return "VALID";
}

async function documentTimestamp(field: SignatureField, anchors: readonly pkijs.Certificate[], length: number): Promise<SignatureResult> {
  const stamp = field.wellFormed ? await checkTimestamp(field.cms, field.signedBytes, anchors) : null;
  return {
    kind: "timestamp",
    signer: stamp?.tsa?.subject ?? null,
    commonName: stamp?.tsa?.commonName ?? null,
    issuer: stamp?.tsa?.issuer ?? null,
    serialNumber: stamp?.tsa?.serialNumber ?? null,
    signingTime: iso(stamp?.time),
    intact: !!stamp?.parsed && stamp.imprintMatches,
    signatureValid: !!stamp?.signatureValid && stamp.timeStamping,
    coversWholeFile: field.end === length,
    validAtSigning: stamp?.tsa ? stamp.signatureValid : null,
    trusted: stamp?.trusted ?? null,
  };
}

async function signature(field: SignatureField, anchors: readonly pkijs.Certificate[], length: number, dss: RevocationData & { certs: pkijs.Certificate[] }) {
  const cms = field.wellFormed ? await checkCms(field.cms, field.signedBytes, anchors) : null;
  const cert = cms?.certificate ?? null;
  const time = cms?.signingTime ?? field.claimedTime;
  const stamp = cms?.timestamp;
  const stamped = stamp?.signatureValid && stamp.imprintMatches && stamp.timeStamping ? stamp.time : null;
  // Judged at the time-stamp's time when there is one: the signer's own clock proves nothing.
  const revocation =
    cms?.signerCert &&
    (await revocationStatus(
      cms.signerCert,
      [...cms.certs, ...dss.certs, ...anchors],
      { crls: [...cms.revocation.crls, ...dss.crls], ocsps: [...cms.revocation.ocsps, ...dss.ocsps] },
      stamped ?? time,
    ));
  return {
    kind: "signature",
    signer: cert?.subject ?? null,
    commonName: cert?.commonName ?? null,
    issuer: cert?.issuer ?? null,
    serialNumber: cert?.serialNumber ?? null,
    signingTime: iso(time),
    intact: field.wellFormed && !!cms?.parsed && cms.digestMatches,
    // A time-stamp that does not check out is a broken part of the signature.
    signatureValid: !!cms?.signatureValid && (!stamp || !!stamped),
    coversWholeFile: field.end === length,
    validAtSigning: cert && time ? cert.notBefore <= time && time <= cert.notAfter : null,
    trusted: cms ? (cms.trusted === false || stamp?.trusted === false ? false : cms.trusted) : null,
    timestamp: stamped && { time: stamped.toISOString(), authority: stamp?.tsa?.commonName ?? stamp?.tsa?.subject ?? null },
    revocation: revocation && {
      status: revocation.status,
      source: revocation.source,
      issuedAt: iso(revocation.issuedAt),
      revokedAt: iso(revocation.revokedAt),
    },
  } satisfies SignatureResult;
}

const readCerts = (ders: Uint8Array[]) =>
  ders.flatMap((der) => {
    try {
      return [parseCertificate(der)];
    } catch {
      return [];
    }
  });

/** Checks every signature of `bytes` against `anchors` (none: trust not judged). */
export async function verifySignedCopy(bytes: Uint8Array, anchors: readonly pkijs.Certificate[] = []): Promise<Verification> {
  if (!isPdf(bytes)) return { verdict: "SCAN", signatures: [] };
  const fields = signatureFields(bytes);
  if (!fields.length) return { verdict: "SCAN", signatures: [] };
  const store = await documentSecurityStore(bytes);
  const dss = { ...store, certs: readCerts(store.certs) };
  const signatures: SignatureResult[] = [];
  for (const field of fields) {
    signatures.push(
      field.subFilter === "ETSI.RFC3161" ? await documentTimestamp(field, anchors, bytes.byteLength) : await signature(field, anchors, bytes.byteLength, dss),
    );
  }
  // After the last signature (time-stamps aside), only updates that change nothing a reader sees.
  const signed = fields.filter((f) => f.subFilter !== "ETSI.RFC3161");
  const lastEnd = Math.max(...(signed.length ? signed : fields).map((f) => f.end));
  const change = lastEnd < bytes.byteLength ? await appendedChange(bytes, lastEnd) : null;
  if (lastEnd < bytes.byteLength && !change) {
    fields.forEach((f, i) => {
      if (f.end === lastEnd && signatures[i].kind === "signature") signatures[i].ltvAfter = true;
    });
  }
  return { verdict: verdictOf(signatures, change), signatures, ...(change ? { change } : {}) };
}
