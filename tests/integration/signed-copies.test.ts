import { mkdtemp, readdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { AppSession } from "@/lib/auth/session-types";
import { makeCrl } from "../support/pki-tokens";
import { signedPdf } from "../support/signed-pdfs";
import { pem, testPki } from "../support/test-ca";
import { PDFString } from "pdf-lib";
import { addDocTimestamp, addDss } from "../support/ltv-pdfs";

// Signed copies of a generated document (here the year plan) through the real actions, storage
// and route: a digitally signed PDF verified against the tests' own CA, a scan, refusals for a
// changed, forged or untrusted file, replacement, removal, audit, and who may see the file.

// Storage and the trust anchors are read once, when lib/env is first imported: set both first.
const root = await mkdtemp(path.join(os.tmpdir(), "tdk-signed-copies-"));
process.env.DATA_DIR = path.join(root, "data");
process.env.FILE_STORAGE = "folder";
const pki = await testPki();
process.env.SIGNATURE_TRUST_ANCHORS = path.join(root, "anchors.pem");
await writeFile(process.env.SIGNATURE_TRUST_ANCHORS, pem(pki.ca.cert));

const current: { session: AppSession | null } = { session: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.session }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { db } = await import("@/lib/db");
const blocs = await import("@/lib/blocs/service");
const { createBlocSchema } = await import("@/lib/blocs/schemas");
const actions = await import("@/lib/signed-copies/actions");
const { signedCopyFor } = await import("@/lib/signed-copies/queries");
const { filesDir } = await import("@/lib/attachments/storage");
const route = await import("@/app/api/signed-copies/[kind]/[id]/route");
const filesRoute = await import("@/app/api/files/[id]/route");
const { storedActor } = await import("../support/actors");

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

let board: AppSession;
let leader: AppSession;
let member: AppSession;
let otherBoard: AppSession;
let blocYearId: string;
let good: Buffer;

const as = (session: AppSession | null) => (current.session = session);
const form = (bytes: Buffer, name: string, subjectId = blocYearId, kind = "plan") => {
  const data = new FormData();
  data.set("kind", kind);
  data.set("subjectId", subjectId);
  data.set("file", new File([new Uint8Array(bytes)], name));
  return data;
};
const download = (subjectId = blocYearId, kind = "plan") =>
  route.GET(new Request("http://test/api/signed-copies"), { params: Promise.resolve({ kind, id: subjectId }) });
const state = async () => ({
  copies: await db.signedCopy.count({ where: { blocYearId } }),
  attachments: await db.attachment.count({ where: { blocYearId } }),
  audit: await db.auditLog.count(),
  files: (await readdir(filesDir()).catch(() => [])).length,
});

beforeAll(async () => {
  board = await storedActor({ userId: "sc-board", username: "sc-board" });
  const tag = `SC${Date.now().toString(36)}`;
  const units: string[] = [];
  for (let i = 1; i <= 3; i++) units.push((await db.unit.create({ data: { code: `${tag}-${i}`, name: `Đơn vị ${tag} ${i}`, shortName: `ĐV${i}` } })).id);
  const blocId = (await blocs.createBloc(board, createBlocSchema.parse({ code: tag, name: `Khối ${tag}`, kind: "KHOI" }))).id;
  blocYearId = (await blocs.createBlocYear(board, blocId, 2026, false)).id;
  await blocs.setMembers(board, blocYearId, units);
  await blocs.setLeadership(board, blocYearId, units[0], units[1]);
  const officer = (userId: string, unitId: string) => storedActor({ userId, username: userId, role: "UNIT_OFFICER", unitId, allBlocs: false });
  leader = await officer("sc-leader", units[0]);
  member = await officer("sc-member", units[2]);
  otherBoard = await storedActor({ userId: "sc-other-board", username: "sc-other-board", allBlocs: false, assignedBlocIds: ["some-other-bloc"] });
  good = await signedPdf(pki.signer);
}, 60_000);

describe("signed copies", () => {
  it("files a digitally signed PDF: verified, stored, audited, and the plan shown as signed to the bloc", async () => {
    as(leader);
    const result = await actions.uploadSignedCopyAction(form(good, "ke-hoach-da-ky.pdf"));
    expect(result).toEqual({ ok: true, data: { verdict: "VALID", signatures: 1 } });
    const copy = await db.signedCopy.findUniqueOrThrow({ where: { kind_subjectId: { kind: "plan", subjectId: blocYearId } }, include: { attachment: true } });
    expect(copy.verdict).toBe("VALID");
    expect(copy.attachment).toMatchObject({
      ownerType: "signed-copy",
      ownerId: `plan:${blocYearId}`,
      fileName: "ke-hoach-da-ky.pdf",
      mimeType: "application/pdf",
    });
    expect(await db.auditLog.count({ where: { action: "signedCopy.upload", entityId: copy.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "attachment.upload", entityId: copy.attachmentId } })).toBe(1);

    const seen = await signedCopyFor(member, "plan", blocYearId);
    expect(seen?.canFile).toBe(false);
    expect(seen?.copy).toMatchObject({ verdict: "VALID", fileName: "ke-hoach-da-ky.pdf" });
    expect(seen?.copy?.signatures[0]).toMatchObject({
      commonName: "Nguyễn Văn Minh",
      issuer: "CN=CA thử nghiệm Ban Cơ yếu, O=Tổ chức chứng thực thử nghiệm, C=VN",
      signingTime: "2026-12-01T02:30:00.000Z",
      intact: true,
      coversWholeFile: true,
      trusted: true,
    });
    expect((await signedCopyFor(leader, "plan", blocYearId))?.canFile).toBe(true);
    expect(await signedCopyFor(otherBoard, "plan", blocYearId)).toBeNull();
  });

  it("refuses a changed, forged or untrusted PDF with its reason, and a file that is no PDF or image; nothing changes", async () => {
    const changed = Buffer.concat([good, Buffer.from("\n% sửa sau khi ký\n", "utf8")]);
    const cases: [Buffer, string, object][] = [
      [changed, "da-sua.pdf", { ok: false, error: "signedCopies.errors.MODIFIED", params: { signer: "Nguyễn Văn Minh" } }],
      [await signedPdf(pki.stranger, { certificate: pki.signer.cert }), "gia-mao.pdf", { ok: false, error: "signedCopies.errors.INVALID" }],
      [await signedPdf(pki.stranger), "nguoi-la.pdf", { ok: false, error: "signedCopies.errors.UNTRUSTED", params: { signer: "Người lạ" } }],
      [
        await addDss(good, { crls: [await makeCrl(pki.ca, [{ cert: pki.signer.cert, at: new Date("2026-11-30T01:00:00Z") }])] }),
        "bi-thu-hoi.pdf",
        { ok: false, error: "signedCopies.errors.REVOKED", params: { signer: "Nguyễn Văn Minh", time: "30/11/2026 08:00" } },
      ],
      [
        // LTV data, and with it an action run on opening: not only LTV data.
        await addDss(good, {}, { OpenAction: PDFString.of("app.alert(1)") }),
        "them-sau-ky.pdf",
        { ok: false, error: "signedCopies.errors.changed.catalog", params: { signer: "Nguyễn Văn Minh" } },
      ],
      [Buffer.from("PK\u0003\u0004[Content_Types].xml word/"), "ban.docx", { ok: false, error: "signedCopies.errors.type" }],
      [Buffer.from("không phải PDF"), "ban.pdf", { ok: false, error: "signedCopies.errors.type" }],
    ];
    as(leader);
    const before = await state();
    for (const [bytes, name, expected] of cases) expect(await actions.uploadSignedCopyAction(form(bytes, name))).toMatchObject(expected);
    expect(await state()).toEqual(before);
  });

  it("lets only whoever prepares the document file it; bad input and unknown documents change nothing", async () => {
    const before = await state();
    for (const caller of [member, otherBoard]) {
      as(caller);
      expect(await actions.uploadSignedCopyAction(form(PNG, "scan.png"))).toEqual({ ok: false, error: "errors.forbidden" });
      expect(await actions.removeSignedCopyAction({ kind: "plan", subjectId: blocYearId })).toEqual({ ok: false, error: "errors.forbidden" });
    }
    as(null);
    expect(await actions.uploadSignedCopyAction(form(PNG, "scan.png"))).toEqual({ ok: false, error: "errors.unauthenticated" });
    as(board);
    expect(await actions.uploadSignedCopyAction(form(PNG, "scan.png", blocYearId, "letter"))).toMatchObject({ ok: false, error: "errors.validation" });
    expect(await actions.uploadSignedCopyAction(form(PNG, "scan.png", "khong-ton-tai"))).toEqual({ ok: false, error: "errors.notFound" });
    expect(await state()).toEqual(before);
  });

  it("serves the file to whoever may open the document, and never through /api/files", async () => {
    as(member);
    const ok = await download();
    expect(ok.status).toBe(200);
    expect(Buffer.from(await ok.arrayBuffer()).equals(good)).toBe(true);
    expect(ok.headers.get("Content-Type")).toBe("application/pdf");
    const copy = await db.signedCopy.findFirstOrThrow({ where: { blocYearId } });
    expect((await filesRoute.GET(new Request("http://test/api/files"), { params: Promise.resolve({ id: copy.attachmentId }) })).status).toBe(404);
    as(otherBoard);
    expect((await download()).status).toBe(404);
    as(null);
    expect((await download()).status).toBe(404);
    as(member);
    expect((await download(blocYearId, "pledge")).status).toBe(404);
    expect((await download("x", "khong-phai-loai")).status).toBe(404);
  });

  it("files a long-term-validation PDF (a DSS and a document time-stamp after the signature), shown with the time-stamp and the revocation status", async () => {
    const lta = await addDocTimestamp(await addDss(good, { certs: [pki.ca.cert], crls: [await makeCrl(pki.ca, [])] }), pki.tsa);
    as(leader);
    expect(await actions.uploadSignedCopyAction(form(lta, "ke-hoach-ltv.pdf"))).toEqual({ ok: true, data: { verdict: "VALID", signatures: 2 } });
    const seen = await signedCopyFor(member, "plan", blocYearId);
    expect(seen?.copy?.signatures).toMatchObject([
      { kind: "signature", commonName: "Nguyễn Văn Minh", coversWholeFile: false, ltvAfter: true, revocation: { status: "good", source: "CRL" } },
      { kind: "timestamp", commonName: "Máy chủ cấp dấu thời gian thử nghiệm", signingTime: "2026-12-01T03:05:00.000Z", trusted: true },
    ]);
  });

  it("replaces the copy with a scan, the old file's row and bytes removed, then removes it", async () => {
    as(board);
    const old = await db.signedCopy.findFirstOrThrow({ where: { blocYearId }, include: { attachment: true } });
    expect(await actions.uploadSignedCopyAction(form(PNG, "ban-chup.png"))).toEqual({ ok: true, data: { verdict: "SCAN", signatures: 0 } });
    const now = await db.signedCopy.findFirstOrThrow({ where: { blocYearId }, include: { attachment: true } });
    expect(now).toMatchObject({ verdict: "SCAN", signatures: [] });
    expect(now.attachment.mimeType).toBe("image/png");
    expect(await db.attachment.findUnique({ where: { id: old.attachmentId } })).toBeNull();
    expect(await readdir(filesDir())).not.toContain(old.attachment.storedName);
    expect(await db.auditLog.count({ where: { action: "signedCopy.replace", entityId: now.id } })).toBe(1);

    expect(await actions.removeSignedCopyAction({ kind: "plan", subjectId: blocYearId })).toEqual({ ok: true, data: { removed: true } });
    expect(await db.signedCopy.count({ where: { blocYearId } })).toBe(0);
    expect(await db.attachment.count({ where: { blocYearId } })).toBe(0);
    expect(await readdir(filesDir())).not.toContain(now.attachment.storedName);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "signedCopy.remove", entityId: now.id } });
    expect(entry.blocId).not.toBeNull();
    expect(await actions.removeSignedCopyAction({ kind: "plan", subjectId: blocYearId })).toEqual({ ok: false, error: "errors.notFound" });
    expect((await signedCopyFor(member, "plan", blocYearId))?.copy).toBeNull();
  });
});
