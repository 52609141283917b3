import "server-only";
// The root certificates signed copies must chain to: SIGNATURE_TRUST_ANCHORS, a PEM file read
// once. A file that cannot be read stops the upload with a server error rather than passing
// every signature as untrusted-but-unjudged.
import { readFileSync } from "node:fs";
import type * as pkijs from "pkijs";
import { env } from "@/lib/env";
import { parseCertificate } from "@/lib/signed-copies/pki";

let anchors: pkijs.Certificate[] | null = null;

/** The certificates of each "BEGIN CERTIFICATE" block of a PEM text. */
export function pemCertificates(pem: string): pkijs.Certificate[] {
  return [...pem.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)].map((m) =>
    parseCertificate(Buffer.from(m[1].replace(/\s+/g, ""), "base64")),
  );
}

export function trustAnchors(): pkijs.Certificate[] {
  if (!env.SIGNATURE_TRUST_ANCHORS) return [];
  anchors ??= pemCertificates(readFileSync(env.SIGNATURE_TRUST_ANCHORS, "utf8"));
  return anchors;
}
