import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { AppSession } from "@/lib/auth/session-types";

// Storage reads DATA_DIR once, when lib/env is first imported: set it before any app import.
const root = await mkdtemp(path.join(os.tmpdir(), "tdk-library-"));
process.env.DATA_DIR = path.join(root, "data");

const current: { session: AppSession | null } = { session: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.session }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { db } = await import("@/lib/db");
const blocs = await import("@/lib/blocs/service");
const { createBlocSchema } = await import("@/lib/blocs/schemas");
const actions = await import("@/lib/library/actions");
const { getLibrary, libraryDocumentsByYear } = await import("@/lib/library/queries");
const { libraryCan } = await import("@/lib/library/policy");
const { storedActor } = await import("../support/actors");

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

let board: AppSession;
let leader: AppSession;
let member: AppSession;
let otherBoard: AppSession;
let blocId: string;
let blocYearId: string;

const as = (session: AppSession | null) => (current.session = session);
const decision = {
  kind: "LEADERSHIP_DECISION" as const,
  number: "12/QĐ-HĐTĐKT",
  issuedOn: "2026-01-15",
  issuer: "Hội đồng Thi đua - Khen thưởng tỉnh",
  title: "Quyết định phân công Khối trưởng, Khối phó năm 2026",
};
const pdfForm = (ownerId: string, name = "quyet-dinh.pdf") => {
  const form = new FormData();
  form.set("ownerId", ownerId);
  form.set("file", new File([PDF], name, { type: "application/pdf" }));
  return form;
};

beforeAll(async () => {
  board = await storedActor({ userId: "lib-board", username: "lib-board" });
  const tag = `LB${Date.now().toString(36)}`;
  const units: string[] = [];
  for (let i = 1; i <= 3; i++) units.push((await db.unit.create({ data: { code: `${tag}-${i}`, name: `Đơn vị ${tag} ${i}`, shortName: `ĐV${i}` } })).id);
  blocId = (await blocs.createBloc(board, createBlocSchema.parse({ code: tag, name: `Khối ${tag}`, kind: "KHOI" }))).id;
  blocYearId = (await blocs.createBlocYear(board, blocId, 2026, false)).id;
  await blocs.setMembers(board, blocYearId, units);
  await blocs.setLeadership(board, blocYearId, units[0], units[1]);
  const officer = (userId: string, unitId: string) => storedActor({ userId, username: userId, role: "UNIT_OFFICER", unitId, allBlocs: false });
  leader = await officer("lib-leader", units[0]);
  member = await officer("lib-member", units[2]);
  otherBoard = await storedActor({ userId: "lib-other-board", username: "lib-other-board", allBlocs: false, assignedBlocIds: ["some-other-bloc"] });
});

describe("the bloc's library", () => {
  it("lets board staff and the leader add documents, audited with the bloc; a member or another bloc's staff is refused", async () => {
    as(board);
    const added = await actions.createDocumentAction({ blocYearId, ...decision });
    expect(added).toMatchObject({ ok: true });
    as(leader);
    expect(
      await actions.createDocumentAction({ blocYearId, ...decision, kind: "PLAN", number: "", title: "Kế hoạch hoạt động năm 2026", issuer: "Sở Nội vụ" }),
    ).toMatchObject({
      ok: true,
    });
    const before = await db.libraryDocument.count({ where: { blocYearId } });
    for (const caller of [member, otherBoard]) {
      as(caller);
      expect(await actions.createDocumentAction({ blocYearId, ...decision })).toEqual({ ok: false, error: "errors.forbidden" });
    }
    as(null);
    expect(await actions.createDocumentAction({ blocYearId, ...decision })).toEqual({ ok: false, error: "errors.unauthenticated" });
    expect(await db.libraryDocument.count({ where: { blocYearId } })).toBe(before);
    const id = (added as { data: { id: string } }).data.id;
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "libraryDocument.create", entityId: id } });
    expect(entry.blocId).toBe(blocId);
  });

  it("refuses bad input with a field error and changes nothing", async () => {
    as(board);
    const before = await db.libraryDocument.count();
    const result = await actions.createDocumentAction({ blocYearId, ...decision, title: "  ", issuedOn: "31/02/2026", kind: "LETTER" as never });
    expect(result).toMatchObject({ ok: false, error: "errors.validation" });
    expect(Object.keys((result as { fieldErrors: object }).fieldErrors).sort()).toEqual(["issuedOn", "kind", "title"]);
    expect(await db.libraryDocument.count()).toBe(before);
  });

  it("finds documents by title, number or issuer without diacritics, and by kind; members read it", async () => {
    for (const [q, titles] of [
      ["khoi truong", [decision.title]],
      ["qd-hdtdkt", [decision.title]],
      ["SỞ NỘI VỤ", ["Kế hoạch hoạt động năm 2026"]],
      ["không có", []],
    ] as const) {
      const library = await getLibrary(member, blocId, { q, kind: null });
      expect(library!.documents.map((d) => d.title)).toEqual(titles);
    }
    const plans = await getLibrary(member, blocId, { q: "", kind: "PLAN" });
    expect(plans!.documents.map((d) => d.kind)).toEqual(["PLAN"]);
    // A member reads but keeps nothing; the leader keeps this year's documents.
    const all = (await getLibrary(member, blocId, { q: "", kind: null }))!;
    expect(libraryCan(member, all.years, all.documents)).toEqual({ add: false, yearIds: [], editIds: [] });
    expect(libraryCan(leader, all.years, all.documents).editIds).toHaveLength(2);
    expect(await getLibrary(otherBoard, blocId, { q: "", kind: null })).toBeNull();
  });

  it("files a document's file through the attachments (one at a time), edits and deletes it", async () => {
    const doc = await db.libraryDocument.findFirstOrThrow({ where: { blocYearId, kind: "LEADERSHIP_DECISION" } });
    as(member);
    expect(await actions.uploadDocumentFileAction(pdfForm(doc.id))).toEqual({ ok: false, error: "errors.forbidden" });
    as(leader);
    expect(await actions.uploadDocumentFileAction(pdfForm(doc.id))).toMatchObject({ ok: true });
    expect(await actions.uploadDocumentFileAction(pdfForm(doc.id, "quyet-dinh-ban-ky.pdf"))).toMatchObject({ ok: true });
    const files = await db.attachment.findMany({ where: { ownerType: "library", ownerId: doc.id } });
    expect(files.map((f) => [f.fileName, f.unitId, f.blocYearId])).toEqual([["quyet-dinh-ban-ky.pdf", leader.unitId, blocYearId]]);
    expect((await getLibrary(member, blocId, { q: "khoi truong", kind: null }))!.documents[0].file?.fileName).toBe("quyet-dinh-ban-ky.pdf");

    expect(await actions.updateDocumentAction({ documentId: doc.id, ...decision, title: "Quyết định phân công Khối trưởng (sửa)" })).toMatchObject({
      ok: true,
    });
    expect((await getLibrary(member, blocId, { q: "sua", kind: null }))!.documents).toHaveLength(1);
    const byYear = await libraryDocumentsByYear(member, blocId, "LEADERSHIP_DECISION");
    expect(byYear.get(2026)?.id).toBe(doc.id);

    as(member);
    expect(await actions.deleteDocumentAction({ documentId: doc.id })).toEqual({ ok: false, error: "errors.forbidden" });
    as(board);
    expect(await actions.deleteDocumentAction({ documentId: doc.id })).toMatchObject({ ok: true });
    expect(await db.attachment.count({ where: { ownerType: "library", ownerId: doc.id } })).toBe(0);
    expect(await actions.deleteDocumentAction({ documentId: doc.id })).toEqual({ ok: false, error: "errors.notFound" });
  });
});
