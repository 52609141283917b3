import { mkdtemp, readdir, readFile, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { AppSession } from "@/lib/auth/session-types";

// Storage reads DATA_DIR once, when lib/env is first imported: set it before any app import.
const root = await mkdtemp(path.join(os.tmpdir(), "tdk-attach-"));
process.env.DATA_DIR = path.join(root, "data");

const current: { session: AppSession | null } = { session: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.session }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { db } = await import("@/lib/db");
const blocs = await import("@/lib/blocs/service");
const { createBlocSchema } = await import("@/lib/blocs/schemas");
const conferences = await import("@/lib/conferences/service");
const service = await import("@/lib/attachments/service");
const storage = await import("@/lib/attachments/storage");
const actions = await import("@/lib/attachments/actions");
const route = await import("@/app/api/files/[id]/route");
const { actor, storedActor } = await import("../support/actors");

const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
const EXE = Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]), Buffer.alloc(200)]);
const DOCX = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  Buffer.alloc(26),
  Buffer.from("[Content_Types].xml"),
  Buffer.alloc(40),
  Buffer.from("word/document.xml"),
]);

let board: AppSession;
let owner: { type: "conference"; id: string; blocYearId: string };
let blocId: string;
let memberUnit: string;

const filesDir = () => path.join(process.env.DATA_DIR!, "files");
const storedFiles = async () => (await readdir(filesDir()).catch(() => [] as string[])).sort();
const everythingUnder = async (dir: string): Promise<string[]> => (await readdir(dir, { recursive: true })).map(String).sort();

beforeAll(async () => {
  board = await storedActor();
  const tag = `AT${Date.now().toString(36)}`;
  const units: string[] = [];
  for (let i = 1; i <= 3; i++) units.push((await db.unit.create({ data: { code: `${tag}-${i}`, name: `Đơn vị ${tag} ${i}`, shortName: `ĐV${i}` } })).id);
  [memberUnit] = units;
  blocId = (await blocs.createBloc(board, createBlocSchema.parse({ code: tag, name: `Khối ${tag}`, kind: "KHOI" }))).id;
  const blocYearId = (await blocs.createBlocYear(board, blocId, 2026, false)).id;
  await blocs.setMembers(board, blocYearId, units.slice(0, 2));
  await blocs.setLeadership(board, blocYearId, units[0], units[1]);
  const conference = await conferences.createConference(board, blocYearId, {
    kind: "SIGNING",
    title: "Hội nghị ký kết giao ước",
    date: new Date("2026-02-28T01:00:00Z"),
    venue: null,
    hostUnitId: null,
    chairName: null,
    chairTitle: null,
    agenda: null,
  });
  owner = { type: "conference", id: conference.id, blocYearId };
});

describe("storing a file", () => {
  it("keeps a good file under a generated name, readable byte for byte, with the original name as metadata", async () => {
    const { id } = await service.storeAttachment(board, owner, { name: "Ảnh hội nghị.png", bytes: PNG });
    const row = await db.attachment.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      fileName: "Ảnh hội nghị.png",
      mimeType: "image/png",
      size: PNG.length,
      ownerType: "conference",
      ownerId: owner.id,
      uploadedById: board.userId,
    });
    expect(row.storedName).toMatch(/^[a-f0-9]{32}\.png$/);
    expect(await readFile(path.join(filesDir(), row.storedName))).toEqual(PNG);
    expect(Buffer.from(await new Response(await storage.readStoredStream(row.storedName)).arrayBuffer())).toEqual(PNG);
    expect(await db.auditLog.count({ where: { entityId: id, action: "attachment.upload" } })).toBe(1);

    const docx = await service.storeAttachment(board, owner, { name: "Báo cáo.DOCX", bytes: DOCX });
    expect(await db.attachment.findUniqueOrThrow({ where: { id: docx.id } })).toMatchObject({ storedName: expect.stringMatching(/\.docx$/) });
  });

  it("refuses a file over 10 MB and a wrong type, storing nothing", async () => {
    const rowsBefore = await db.attachment.count();
    const filesBefore = await storedFiles();
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]);
    await expect(service.storeAttachment(board, owner, { name: "bien-ban.pdf", bytes: big })).rejects.toMatchObject({
      key: "attachments.errors.tooLarge",
      params: { max: 10 },
    });
    await expect(service.storeAttachment(board, owner, { name: "bien-ban.pdf", bytes: EXE })).rejects.toMatchObject({ key: "attachments.errors.type" });
    await expect(service.storeAttachment(board, owner, { name: "setup.exe", bytes: EXE })).rejects.toMatchObject({ key: "attachments.errors.type" });
    await expect(service.storeAttachment(board, owner, { name: "anh.jpg", bytes: PNG })).rejects.toMatchObject({ key: "attachments.errors.type" });
    await expect(service.storeAttachment(board, owner, { name: "ghi-chu.txt", bytes: Buffer.from("xin chào") })).rejects.toMatchObject({
      key: "attachments.errors.type",
    });
    await expect(service.storeAttachment(board, owner, { name: "rong.pdf", bytes: Buffer.alloc(0) })).rejects.toMatchObject({
      key: "attachments.errors.empty",
    });
    expect(await db.attachment.count()).toBe(rowsBefore);
    expect(await storedFiles()).toEqual(filesBefore);
  });

  it("leaves no file behind when the row cannot be written", async () => {
    const filesBefore = await storedFiles();
    await expect(service.storeAttachment(board, { ...owner, blocYearId: "khong-ton-tai" }, { name: "anh.png", bytes: PNG })).rejects.toThrow();
    expect(await storedFiles()).toEqual(filesBefore);
  });

  it("never lets a hostile file name escape the storage folder", async () => {
    const outsideBefore = await everythingUnder(root);
    // No allowed extension left once the path is stripped: refused before anything is written.
    for (const name of ["../../etc/passwd", "..", "../.."]) {
      await expect(service.storeAttachment(board, owner, { name, bytes: PDF })).rejects.toMatchObject({ key: "attachments.errors.type" });
    }
    const names = ["..\\..\\x.pdf", "../../../../tmp/evil.pdf", "/etc/cron.d/job.pdf", "C:\\Windows\\system32\\a.pdf", "\u0000../b.pdf", "..\\.pdf.pdf"];
    for (const name of names) {
      const { id } = await service.storeAttachment(board, owner, { name, bytes: PDF });
      const row = await db.attachment.findUniqueOrThrow({ where: { id } });
      expect(row.fileName).not.toMatch(/[/\\\u0000]/);
      expect(row.storedName).toMatch(/^[a-f0-9]{32}\.pdf$/);
      expect(path.dirname(path.resolve(filesDir(), row.storedName))).toBe(path.resolve(filesDir()));
    }
    expect((await db.attachment.findMany({ where: { fileName: { in: ["x.pdf", "evil.pdf", "job.pdf", "a.pdf"] } } })).length).toBeGreaterThanOrEqual(4);
    // Everything new under the temporary root is inside data/files; nothing landed beside it.
    const added = (await everythingUnder(root)).filter((p) => !outsideBefore.includes(p));
    expect(added.every((p) => p.startsWith(path.join("data", "files") + path.sep))).toBe(true);
    for (const bad of ["../x.pdf", "..", "a/b.pdf", "x.pdf", `${"a".repeat(32)}.pdf/../../y`]) expect(() => storage.storedPath(bad)).toThrow();
  });

  it("deletes the row and the file", async () => {
    const { id } = await service.storeAttachment(board, owner, { name: "xoa.png", bytes: PNG });
    const { storedName } = await db.attachment.findUniqueOrThrow({ where: { id } });
    await service.deleteAttachment(board, id);
    expect(await db.attachment.count({ where: { id } })).toBe(0);
    await expect(stat(path.join(filesDir(), storedName))).rejects.toMatchObject({ code: "ENOENT" });
    expect(await db.auditLog.count({ where: { entityId: id, action: "attachment.delete" } })).toBe(1);
  });
});

describe("upload action", () => {
  const form = (file: File | null, over: Record<string, string> = {}) => {
    const fd = new FormData();
    fd.set("ownerType", "conference");
    fd.set("ownerId", owner.id);
    if (file) fd.set("file", file);
    for (const [k, v] of Object.entries(over)) fd.set(k, v);
    return fd;
  };

  it("stores a file for a manager and refuses others", async () => {
    current.session = board;
    const ok = await actions.uploadAttachmentAction(form(new File([PNG], "anh.png", { type: "image/png" })));
    expect(ok).toMatchObject({ ok: true });
    const fake = await actions.uploadAttachmentAction(form(new File([EXE], "bao-cao.pdf", { type: "application/pdf" })));
    expect(fake).toEqual({ ok: false, error: "attachments.errors.type" });
    const none = await actions.uploadAttachmentAction(form(null));
    expect(none).toMatchObject({ ok: false, error: "errors.validation", fieldErrors: { file: { key: "validation.required" } } });
    expect(await actions.uploadAttachmentAction({ ownerType: "conference" } as unknown as FormData)).toMatchObject({ ok: false, error: "errors.validation" });

    const before = await storedFiles();
    current.session = actor({ role: "UNIT_OFFICER", unitId: "khong-phai-thanh-vien", allBlocs: false });
    expect(await actions.uploadAttachmentAction(form(new File([PNG], "anh.png")))).toEqual({ ok: false, error: "errors.forbidden" });
    current.session = null;
    expect(await actions.uploadAttachmentAction(form(new File([PNG], "anh.png")))).toEqual({ ok: false, error: "errors.unauthenticated" });
    expect(await storedFiles()).toEqual(before);
  });
});

describe("download route", () => {
  let id: string;
  const get = (attachmentId: string) => route.GET(new Request(`http://localhost/api/files/${attachmentId}`), { params: Promise.resolve({ id: attachmentId }) });

  beforeAll(async () => {
    id = (await service.storeAttachment(board, owner, { name: 'Biên bản "hội nghị".pdf', bytes: PDF })).id;
  });

  it("serves the file as a download to a user who may see the bloc", async () => {
    for (const session of [board, actor({ role: "COUNCIL", allBlocs: false }), actor({ role: "UNIT_OFFICER", unitId: memberUnit, allBlocs: false })]) {
      current.session = session;
      const res = await get(id);
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer())).toEqual(PDF);
      expect(res.headers.get("Content-Type")).toBe("application/pdf");
      expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
      expect(res.headers.get("Content-Disposition")).toBe(
        `attachment; filename="Bien_ban_hoi_nghi.pdf"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20%22h%E1%BB%99i%20ngh%E1%BB%8B%22.pdf`,
      );
    }
  });

  it("answers 404 to anyone who may not see the bloc, to the signed-out and for unknown ids", async () => {
    const refused: (AppSession | null)[] = [
      null,
      actor({ role: "UNIT_OFFICER", unitId: "unit-khac", allBlocs: false }),
      actor({ role: "BOARD", allBlocs: false, assignedBlocIds: ["bloc-khac"] }),
    ];
    for (const session of refused) {
      current.session = session;
      const res = await get(id);
      expect(res.status).toBe(404);
      expect(res.headers.get("Content-Disposition")).toBeNull();
      expect(await res.text()).toBe("Không tìm thấy tệp.");
    }
    current.session = actor({ role: "BOARD", allBlocs: false, assignedBlocIds: [blocId] });
    expect((await get(id)).status).toBe(200);
    current.session = board;
    expect((await get("khong-ton-tai")).status).toBe(404);
    expect((await get("../../etc/passwd")).status).toBe(404);
  });
});

describe("owner deletion", () => {
  it("removes a conference's files with it", async () => {
    const conference = await conferences.createConference(board, owner.blocYearId, {
      kind: "OTHER",
      title: "Hội nghị tạm",
      date: new Date("2026-03-01T01:00:00Z"),
      venue: null,
      hostUnitId: null,
      chairName: null,
      chairTitle: null,
      agenda: null,
    });
    const { id } = await service.storeAttachment(board, { ...owner, id: conference.id }, { name: "anh.png", bytes: PNG });
    const { storedName } = await db.attachment.findUniqueOrThrow({ where: { id } });
    await conferences.deleteConference(board, conference.id);
    expect(await db.attachment.count({ where: { id } })).toBe(0);
    await expect(stat(path.join(filesDir(), storedName))).rejects.toMatchObject({ code: "ENOENT" });
  });
});
