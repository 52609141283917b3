import { beforeAll, describe, expect, it } from "vitest";
import { pdfDate, signatureFields } from "@/lib/signed-copies/pdf-signatures";
import { verifySignedCopy } from "@/lib/signed-copies/verify";
import { pemCertificates } from "@/lib/signed-copies/trust";
import { signedPdf } from "../support/signed-pdfs";
import { pem, testPki } from "../support/test-ca";

// The signed-copy verifier against PDFs signed at test time by a CA of the tests' own: who
// signed, when, whether anything changed after signing, and whose certificate it was.

let pki: Awaited<ReturnType<typeof testPki>>;
let good: Buffer;

beforeAll(async () => {
  pki = await testPki();
  good = await signedPdf(pki.signer);
}, 60_000);

const anchors = () => [pki.ca.cert];

describe("verifySignedCopy", () => {
  it("reads who signed, the issuer and when, and finds the file whole and trusted", async () => {
    const result = await verifySignedCopy(good, anchors());
    expect(result.verdict).toBe("VALID");
    expect(result.signatures).toHaveLength(1);
    const [s] = result.signatures;
    expect(s.commonName).toBe("Nguyễn Văn Minh");
    expect(s.signer).toBe("CN=Nguyễn Văn Minh, O=Sở Nội vụ tỉnh Ninh Bình, C=VN");
    expect(s.issuer).toBe("CN=CA thử nghiệm Ban Cơ yếu, O=Tổ chức chứng thực thử nghiệm, C=VN");
    expect(s.signingTime).toBe("2026-12-01T02:30:00.000Z");
    expect(s).toMatchObject({ intact: true, signatureValid: true, coversWholeFile: true, validAtSigning: true, trusted: true });
  });

  it("checks the signature without judging the CA when no trust anchors are set", async () => {
    const result = await verifySignedCopy(good);
    expect(result.verdict).toBe("VALID");
    expect(result.signatures[0].trusted).toBeNull();
  });

  it("finds a byte changed inside the signed ranges", async () => {
    const tampered = Buffer.from(good);
    const at = tampered.indexOf("BT");
    const text = tampered.indexOf("/Producer");
    // Change a letter of the document's metadata: still a PDF, no longer what was signed.
    tampered[(text > 0 ? text : at) + 2] ^= 0x01;
    const result = await verifySignedCopy(tampered, anchors());
    expect(result.verdict).toBe("MODIFIED");
    expect(result.signatures[0].intact).toBe(false);
  });

  it("finds content appended after signing (an incremental update nobody signed)", async () => {
    const appended = Buffer.concat([good, Buffer.from("\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n", "latin1")]);
    const result = await verifySignedCopy(appended, anchors());
    expect(result.verdict).toBe("MODIFIED");
    expect(result.signatures[0]).toMatchObject({ intact: true, coversWholeFile: false });
  });

  it("refuses a signature made with another key than the certificate it names", async () => {
    const forged = await signedPdf(pki.stranger, { certificate: pki.signer.cert });
    const result = await verifySignedCopy(forged, anchors());
    expect(result.verdict).toBe("INVALID");
    expect(result.signatures[0]).toMatchObject({ intact: true, signatureValid: false });
  });

  it("calls a sound signature by a certificate the CA did not issue untrusted", async () => {
    const result = await verifySignedCopy(await signedPdf(pki.stranger), anchors());
    expect(result.verdict).toBe("UNTRUSTED");
    expect(result.signatures[0]).toMatchObject({ signatureValid: true, trusted: false, commonName: "Người lạ" });
  });

  it("refuses a signature dated outside its certificate's validity", async () => {
    const result = await verifySignedCopy(await signedPdf(pki.signer, { signingTime: new Date("2031-06-01T00:00:00Z") }), anchors());
    expect(result.verdict).toBe("INVALID");
    expect(result.signatures[0].validAtSigning).toBe(false);
  });

  it("checks every signature: a PDF saved again in full and signed once more breaks the first", async () => {
    // pdf-lib rewrites the whole file (no incremental update), as an editor that re-saves does.
    const twice = await signedPdf(pki.signer, { pdf: good });
    const result = await verifySignedCopy(twice, anchors());
    expect(result.signatures).toHaveLength(2);
    expect(result.signatures.map((s) => s.intact)).toEqual([false, true]);
    expect(result.verdict).toBe("MODIFIED");
  });

  it("takes a PDF without a signature, or an image, as a scan", async () => {
    expect(await verifySignedCopy(Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"))).toEqual({ verdict: "SCAN", signatures: [] });
    expect((await verifySignedCopy(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).verdict).toBe("SCAN");
  });

  it("refuses a /ByteRange whose gap holds more than the signature", async () => {
    const text = good.toString("latin1");
    const m = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(text)!;
    // Moving the gap's start back one byte leaves a byte outside both ranges: unsigned.
    const widened = text.replace(m[0], `/ByteRange [0 ${Number(m[2]) - 1} ${m[3]} ${m[4]}]`.padEnd(m[0].length, " "));
    const fields = signatureFields(Buffer.from(widened, "latin1"));
    expect(fields[0].wellFormed).toBe(false);
    expect((await verifySignedCopy(Buffer.from(widened, "latin1"))).verdict).toBe("MODIFIED");
  });
});

describe("helpers", () => {
  it("reads PDF dates with their offset", () => {
    expect(pdfDate("D:20261201093000+07'00'")?.toISOString()).toBe("2026-12-01T02:30:00.000Z");
    expect(pdfDate("D:20261201")?.toISOString()).toBe("2026-12-01T00:00:00.000Z");
    expect(pdfDate("hôm qua")).toBeNull();
  });

  it("reads the certificates of a PEM bundle", () => {
    const certs = pemCertificates(pem(pki.ca.cert, pki.signer.cert));
    expect(certs).toHaveLength(2);
    expect(certs[1].serialNumber.valueBlock.valueDec).toBe(pki.signer.cert.serialNumber.valueBlock.valueDec);
  });
});
