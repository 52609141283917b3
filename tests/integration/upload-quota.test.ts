import { mkdtemp, readdir, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { AppSession } from "@/lib/auth/session-types";

// Storage reads DATA_DIR once, when lib/env is first imported: set it before any app import.
const root = await mkdtemp(path.join(os.tmpdir(), "tdk-quota-"));
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
const { uploadAttachmentAction } = await import("@/lib/attachments/actions");
const { sweepOrphanFiles } = await import("@/lib/attachments/orphans");
const council = await import("@/lib/council/service");
const { councilSettingsSchema } = await import("@/lib/council/schemas");
const { readCouncilSettings } = await import("@/lib/council/settings");
const { storedActor } = await import("../support/actors");

const KB = 1024;
// A PNG is known by its first eight bytes; the rest is padding to the size a test needs.
const png = (size: number) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(size - 8)]);
const FILE = png(400 * KB);
const filesDir = () => path.join(process.env.DATA_DIR!, "files");
const storedFiles = async () => (await readdir(filesDir()).catch(() => [] as string[])).sort();

type Owner = { type: "conference"; id: string; blocYearId: string };
let board: AppSession;
const owners: Record<number, Owner> = {};
const units: string[] = [];
let n = 0;

const officer = (unitId: string) => storedActor({ userId: `quota-officer-${++n}`, username: `quota${n}`, role: "UNIT_OFFICER", unitId, allBlocs: false });
const staff = () => storedActor({ userId: `quota-staff-${++n}`, username: `quota${n}` });
const store = (actor: AppSession, year = 2026, bytes: Buffer = FILE) => service.storeAttachment(actor, owners[year], { name: "minh-chung.png", bytes });

async function setQuotaMb(mb: number) {
  const settings = await readCouncilSettings(db);
  await db.councilSettings.upsert({ where: { id: 1 }, create: { id: 1, ...settings, uploadQuotaMb: mb }, update: { uploadQuotaMb: mb } });
}

beforeAll(async () => {
  board = await staff();
  const tag = `QT${Date.now().toString(36)}`;
  for (let i = 1; i <= 4; i++) units.push((await db.unit.create({ data: { code: `${tag}-${i}`, name: `Đơn vị ${tag} ${i}`, shortName: `ĐV${i}` } })).id);
  const blocId = (await blocs.createBloc(board, createBlocSchema.parse({ code: tag, name: `Khối ${tag}`, kind: "KHOI" }))).id;
  for (const year of [2025, 2026]) {
    const blocYearId = (await blocs.createBlocYear(board, blocId, year, false)).id;
    const conference = await conferences.createConference(board, blocYearId, {
      kind: "SIGNING",
      title: `Hội nghị ${year}`,
      date: new Date(`${year}-02-28T01:00:00Z`),
      venue: null,
      hostUnitId: null,
      chairName: null,
      chairTitle: null,
      agenda: null,
    });
    owners[year] = { type: "conference", id: conference.id, blocYearId };
  }
  await setQuotaMb(1);
});

describe("upload quota", () => {
  it("counts a unit's officers together, per year, and refuses the file that would pass it, storing nothing", async () => {
    const [a, b, other] = [await officer(units[0]), await officer(units[0]), await officer(units[1])];
    const first = await store(a);
    await store(b);
    expect(await db.attachment.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ unitId: units[0], uploadedById: a.userId });

    const rows = await db.attachment.count();
    const files = await storedFiles();
    await expect(store(a)).rejects.toMatchObject({ key: "attachments.errors.quota", params: { year: "2026", used: "0,8", limit: "1", size: "0,4" } });
    await expect(store(b)).rejects.toMatchObject({ key: "attachments.errors.quota" });
    expect(await db.attachment.count()).toBe(rows);
    expect(await storedFiles()).toEqual(files);

    // Another unit, and the same unit in another year, have quotas of their own; a file that still fits goes in.
    await store(other);
    await store(a, 2025);
    await store(a, 2026, png(224 * KB)); // exactly the quota
    await expect(store(a, 2026, png(10 * KB))).rejects.toMatchObject({ key: "attachments.errors.quota", params: { used: "1" } });
  });

  it("counts staff without a unit each on their own", async () => {
    const [one, two] = [await staff(), await staff()];
    await store(one);
    await store(one);
    await expect(store(one)).rejects.toMatchObject({ key: "attachments.errors.quota" });
    await store(two);
  });

  it("lets parallel uploads take the quota only once", async () => {
    const officers = await Promise.all([1, 2, 3].map(() => officer(units[2])));
    const files = await storedFiles();
    const results = await Promise.allSettled(Array.from({ length: 6 }, (_, i) => store(officers[i % 3])));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    for (const r of results.filter((r) => r.status === "rejected"))
      expect((r as PromiseRejectedResult).reason).toMatchObject({ key: "attachments.errors.quota" });
    const sum = await db.attachment.aggregate({ _sum: { size: true }, where: { unitId: units[2] } });
    expect(sum._sum.size).toBe(2 * FILE.length);
    expect((await storedFiles()).length).toBe(files.length + 2);
  });

  it("tells the uploader what is used and what is allowed", async () => {
    const uploader = await staff();
    current.session = uploader;
    const form = () => {
      const f = new FormData();
      f.set("ownerType", "conference");
      f.set("ownerId", owners[2026].id);
      f.set("file", new File([png(700 * KB)], "anh.png"));
      return f;
    };
    expect(await uploadAttachmentAction(form())).toMatchObject({ ok: true });
    expect(await uploadAttachmentAction(form())).toEqual({
      ok: false,
      error: "attachments.errors.quota",
      params: { year: "2026", used: "0,7", limit: "1", size: "0,7" },
    });
  });

  it("follows the administrator's setting", async () => {
    const admin = await storedActor({ userId: "quota-admin", username: "quotaadmin", role: "ADMIN" });
    const unit = await officer(units[3]);
    await store(unit, 2026, png(900 * KB));
    await expect(store(unit)).rejects.toMatchObject({ key: "attachments.errors.quota" });
    const settings = await readCouncilSettings(db);
    expect(councilSettingsSchema.safeParse({ ...settings, uploadQuotaMb: "5" }).success).toBe(false);
    await council.updateCouncilSettings(admin, councilSettingsSchema.parse({ ...settings, uploadQuotaMb: "10" }));
    expect((await readCouncilSettings(db)).uploadQuotaMb).toBe(10);
    await store(unit);
    await setQuotaMb(1);
  });
});

describe("files without a row", () => {
  it("are removed once an hour old; files with a row, recent files and foreign names stay", async () => {
    const kept = await store(board, 2025, png(10 * KB));
    const keptName = (await db.attachment.findUniqueOrThrow({ where: { id: kept.id } })).storedName;
    // What a crash between writing the file and committing its row leaves behind.
    const orphan = storage.newStoredName("pdf");
    const young = storage.newStoredName("png");
    await writeFile(path.join(filesDir(), orphan), "%PDF-1.4");
    await writeFile(path.join(filesDir(), young), FILE);
    await writeFile(path.join(filesDir(), "ghi-chu.txt"), "not ours");
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
    for (const name of [orphan, keptName, "ghi-chu.txt"]) await utimes(path.join(filesDir(), name), twoHoursAgo, twoHoursAgo);

    expect(await sweepOrphanFiles()).toEqual([orphan]);
    const after = await storedFiles();
    expect(after).not.toContain(orphan);
    expect(after).toEqual(expect.arrayContaining([keptName, young, "ghi-chu.txt"]));
    expect(await storage.readStoredStream(keptName)).not.toBeNull();
  });
});
