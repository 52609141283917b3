import { beforeAll, describe, expect, it } from "vitest";
import { PDFArray, PDFDict, PDFName, PDFRef, PDFString } from "pdf-lib";
import { verifySignedCopy } from "@/lib/signed-copies/verify";
import { makeCrl, makeOcsp } from "../support/pki-tokens";
import { signedPdf } from "../support/signed-pdfs";
import { makeIdentity, testPki } from "../support/test-ca";
import { addDocTimestamp, addDss, appendUpdate, inspect } from "../support/ltv-pdfs";

// Long-term-validation PDFs (PAdES B-LT / B-LTA) as remote-signing services return them: a DSS
// and document time-stamps appended after the signature are accepted, any other appended change
// is refused with its reason; CRLs the file carries are checked; a time-stamp is verified as one.

let pki: Awaited<ReturnType<typeof testPki>>;
let signed: Buffer;
let goodCrl: Buffer;

beforeAll(async () => {
  pki = await testPki();
  signed = await signedPdf(pki.signer);
  goodCrl = await makeCrl(pki.ca, []);
}, 60_000);

const anchors = () => [pki.ca.cert];
/** The object number of the page's (first) content stream. */
const contentsNumber = (page: PDFDict) => {
  const contents = page.get(PDFName.of("Contents"));
  const ref = contents instanceof PDFArray ? contents.get(0) : contents;
  return (ref as PDFRef).objectNumber;
};

describe("LTV updates after the signature", { timeout: 30_000 }, () => {
  it("accepts a DSS (certificates, a CRL) and a document time-stamp, shown as a time-stamp with the revocation checked", async () => {
    const lt = await addDss(signed, { certs: [pki.ca.cert, pki.signer.cert], crls: [goodCrl] });
    const lta = await addDocTimestamp(lt, pki.tsa);
    const result = await verifySignedCopy(lta, anchors());
    expect(result.verdict).toBe("VALID");
    expect(result.signatures).toHaveLength(2);
    const [signature, stamp] = result.signatures;
    expect(signature).toMatchObject({ kind: "signature", commonName: "Nguyễn Văn Minh", intact: true, coversWholeFile: false });
    expect(signature.revocation).toEqual({ status: "good", source: "CRL", issuedAt: "2026-12-01T03:00:00.000Z", revokedAt: null });
    expect(stamp).toMatchObject({
      kind: "timestamp",
      commonName: "Máy chủ cấp dấu thời gian thử nghiệm",
      signingTime: "2026-12-01T03:05:00.000Z",
      intact: true,
      signatureValid: true,
      coversWholeFile: true,
      trusted: true,
    });
    // A second DSS after the time-stamp (B-LTA renewed) is still only LTV data.
    expect((await verifySignedCopy(await addDss(lta, { crls: [goodCrl] }), anchors())).verdict).toBe("VALID");
  });

  it("reads updates written with a cross-reference stream (PDF 1.5 writers), and a freed object there", async () => {
    const lt = await addDss(signed, { crls: [goodCrl] }, {}, { xrefStream: true });
    expect((await verifySignedCopy(lt, anchors())).verdict).toBe("VALID");
    const { doc } = await inspect(signed);
    const freed = await verifySignedCopy(appendUpdate(signed, [], { free: [contentsNumber(doc.getPage(0).node)], xrefStream: true }), anchors());
    expect(freed.change).toBe("deleted");
  });

  it("says when the file carries no revocation data rather than guessing", async () => {
    const result = await verifySignedCopy(signed, anchors());
    expect(result.signatures[0].revocation).toEqual({ status: "none", source: null, issuedAt: null, revokedAt: null });
  });

  it("refuses a time-stamp over other bytes, or by a certificate not allowed to stamp", async () => {
    const other = await verifySignedCopy(await addDocTimestamp(signed, pki.tsa, { stampOther: true }), anchors());
    expect(other.verdict).toBe("MODIFIED");
    expect(other.signatures[1]).toMatchObject({ kind: "timestamp", intact: false });
    const notTsa = await verifySignedCopy(await addDocTimestamp(signed, pki.signer), anchors());
    expect(notTsa.verdict).toBe("INVALID");
    expect(notTsa.signatures[1]).toMatchObject({ kind: "timestamp", intact: true, signatureValid: false });
  });

  it("refuses updates that change what a reader sees, with the reason", async () => {
    const { context, doc, nextNumber } = await inspect(signed);
    const page = doc.getPage(0);
    const contents = contentsNumber(page.node);
    const rewritten = `<< /Length 46 >>\nstream\nBT /F1 14 Tf 72 760 Td (DA SUA NOI DUNG) Tj ET\nendstream`;
    const annot = nextNumber();
    const withAnnot = page.node.clone(context);
    withAnnot.set(PDFName.of("Annots"), context.obj([context.obj(annot), ...(page.node.lookupMaybe(PDFName.of("Annots"), PDFArray)?.asArray() ?? [])]));
    const cases: [Buffer, string][] = [
      [appendUpdate(signed, [{ num: contents, body: rewritten }]), "content"],
      [await addDss(signed, { crls: [goodCrl] }, { OpenAction: PDFString.of("javascript") }), "catalog"],
      [
        appendUpdate(signed, [
          { num: annot, body: `<< /Type /Annot /Subtype /FreeText /Rect [50 50 300 100] /Contents (Da duyet) >>` },
          { num: page.ref.objectNumber, body: withAnnot.toString() },
        ]),
        "page",
      ],
      // A time-stamp field drawn on the page is a change to the page.
      [await addDocTimestamp(signed, pki.tsa, { visible: true }), "page"],
      [appendUpdate(signed, [], { free: [contents] }), "deleted"],
    ];
    for (const [bytes, reason] of cases) {
      const result = await verifySignedCopy(bytes, anchors());
      expect({ reason, verdict: result.verdict, change: result.change }).toEqual({ reason, verdict: "MODIFIED", change: reason });
    }
  });

  it("refuses a DSS that smuggles in a rewritten page content stream", async () => {
    const { doc } = await inspect(signed);
    const contents = contentsNumber(doc.getPage(0).node);
    const dss = await addDss(signed, {});
    const text = dss.toString("latin1").replace("/Certs []", `/Certs [${contents} 0 R]`);
    const smuggled = appendUpdate(Buffer.from(text, "latin1"), [{ num: contents, body: `<< /Length 4 >>\nstream\nq Q \nendstream` }]);
    expect((await verifySignedCopy(smuggled, anchors())).change).toBe("content");
  });
});

describe("revocation", { timeout: 30_000 }, () => {
  it("refuses a signer whose certificate the file's CRL revoked before signing", async () => {
    const revoked = await makeCrl(pki.ca, [{ cert: pki.signer.cert, at: new Date("2026-11-30T00:00:00Z") }]);
    const result = await verifySignedCopy(await addDss(signed, { crls: [revoked] }), anchors());
    expect(result.verdict).toBe("REVOKED");
    expect(result.signatures[0].revocation).toMatchObject({ status: "revoked", source: "CRL", revokedAt: "2026-11-30T00:00:00.000Z" });
  });

  it("reads CRLs embedded in the signature itself (adbe-revocationInfoArchival)", async () => {
    const revoked = await makeCrl(pki.ca, [{ cert: pki.signer.cert, at: new Date("2026-11-30T00:00:00Z") }]);
    expect((await verifySignedCopy(await signedPdf(pki.signer, { crls: [revoked] }), anchors())).verdict).toBe("REVOKED");
    const good = await verifySignedCopy(await signedPdf(pki.signer, { crls: [goodCrl] }), anchors());
    expect(good.verdict).toBe("VALID");
    expect(good.signatures[0].revocation?.status).toBe("good");
  });

  it("keeps a signature made before the revocation, and ignores a CRL its issuer did not sign", async () => {
    const later = await makeCrl(pki.ca, [{ cert: pki.signer.cert, at: new Date("2026-12-01T05:00:00Z") }]);
    const before = await verifySignedCopy(await addDss(signed, { crls: [later] }), anchors());
    expect(before.verdict).toBe("VALID");
    expect(before.signatures[0].revocation?.status).toBe("good");
    const impostor = await makeIdentity({ CN: "CA thử nghiệm Ban Cơ yếu", O: "Tổ chức chứng thực thử nghiệm", C: "VN" }, null);
    const forged = await makeCrl(impostor, [{ cert: pki.signer.cert, at: new Date("2026-11-30T00:00:00Z") }]);
    const result = await verifySignedCopy(await addDss(signed, { crls: [forged] }), anchors());
    expect(result.verdict).toBe("VALID");
    expect(result.signatures[0].revocation?.status).toBe("none");
  });

  it("reads OCSP responses in the DSS: good, or revoked before signing", async () => {
    const good = await verifySignedCopy(await addDss(signed, { ocsps: [await makeOcsp(pki.ca, pki.signer.cert)] }), anchors());
    expect(good.verdict).toBe("VALID");
    expect(good.signatures[0].revocation).toEqual({ status: "good", source: "OCSP", issuedAt: "2026-12-01T03:00:00.000Z", revokedAt: null });
    const revoked = await verifySignedCopy(
      await addDss(signed, { ocsps: [await makeOcsp(pki.ca, pki.signer.cert, new Date("2026-11-30T00:00:00Z"))] }),
      anchors(),
    );
    expect(revoked.verdict).toBe("REVOKED");
    expect(revoked.signatures[0].revocation).toMatchObject({ status: "revoked", source: "OCSP", revokedAt: "2026-11-30T00:00:00.000Z" });
    // An answer signed by someone else than the issuer (or its delegate) says nothing.
    const impostor = await makeIdentity({ CN: "Người lạ", C: "VN" }, null);
    const forged = await verifySignedCopy(
      await addDss(signed, { ocsps: [await makeOcsp({ ...impostor, cert: pki.ca.cert }, pki.signer.cert, new Date("2026-11-30T00:00:00Z"))] }),
      anchors(),
    );
    expect(forged.signatures[0].revocation?.status).toBe("none");
  });

  it("verifies the signature's own time-stamp and shows it", async () => {
    const result = await verifySignedCopy(await signedPdf(pki.signer, { stampedBy: pki.tsa }), anchors());
    expect(result.verdict).toBe("VALID");
    expect(result.signatures[0].timestamp).toEqual({ time: "2026-12-01T02:31:00.000Z", authority: "Máy chủ cấp dấu thời gian thử nghiệm" });
  });
});
