// The verdict on an uploaded signed copy: a scan (an image, or a PDF with no signature field),
// or a digitally signed PDF whose every signature is checked (pdf-signatures.ts finds them,
// cms.ts checks each). Only a scan or a VALID PDF is kept (service.ts); the others are refused
// with their reason, so a file changed after signing never marks a document signed.
import type * as pkijs from "pkijs";
import { checkCms } from "@/lib/signed-copies/cms";
import { signatureFields } from "@/lib/signed-copies/pdf-signatures";

/** One signature as shown beside the document and kept with the copy (JSON: dates as ISO text). */
export type SignatureResult = {
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
  /** The certificate was within its validity period when signed (null: no time known). */
  validAtSigning: boolean | null;
  /** Null when no trust anchors are configured. */
  trusted: boolean | null;
};

export type Verdict = "SCAN" | "VALID" | "MODIFIED" | "INVALID" | "UNTRUSTED";
export type Verification = { verdict: Verdict; signatures: SignatureResult[] };

const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString("latin1") === "%PDF-";

function verdictOf(signatures: readonly SignatureResult[]): Verdict {
  if (!signatures.length) return "SCAN";
  if (signatures.some((s) => !s.intact)) return "MODIFIED";
  // The last signature (the one reaching furthest) must reach the end of the file.
  if (!signatures.some((s) => s.coversWholeFile)) return "MODIFIED";
  if (signatures.some((s) => !s.signatureValid || s.validAtSigning === false)) return "INVALID";
  if (signatures.some((s) => s.trusted === false)) return "UNTRUSTED";
  return "VALID";
}

/** Checks every signature of `bytes` against `anchors` (none: trust not judged). */
export async function verifySignedCopy(bytes: Uint8Array, anchors: readonly pkijs.Certificate[] = []): Promise<Verification> {
  if (!isPdf(bytes)) return { verdict: "SCAN", signatures: [] };
  const signatures: SignatureResult[] = [];
  for (const field of signatureFields(bytes)) {
    const cms = field.wellFormed ? await checkCms(field.cms, field.signedBytes, anchors) : null;
    const cert = cms?.certificate ?? null;
    const time = cms?.signingTime ?? field.claimedTime;
    signatures.push({
      signer: cert?.subject ?? null,
      commonName: cert?.commonName ?? null,
      issuer: cert?.issuer ?? null,
      serialNumber: cert?.serialNumber ?? null,
      signingTime: time?.toISOString() ?? null,
      intact: field.wellFormed && !!cms?.parsed && cms.digestMatches,
      signatureValid: !!cms?.signatureValid,
      coversWholeFile: field.end === bytes.byteLength,
      validAtSigning: cert && time ? cert.notBefore <= time && time <= cert.notAfter : null,
      trusted: cms?.trusted ?? null,
    });
  }
  return { verdict: verdictOf(signatures), signatures };
}
