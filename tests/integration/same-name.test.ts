import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { actor } from "../support/actors";

// A unit or bloc whose name folds to an existing one's (lib/format/name-key.ts) is created only
// once the user confirms; codes stay unique whatever the user confirms.
vi.mock("@/lib/auth/session", () => ({ getSession: async () => actor({ name: "Cán bộ Ban" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const units = await import("@/lib/units/actions");
const blocs = await import("@/lib/blocs/actions");

const tag = Math.random().toString(36).slice(2, 8).toUpperCase();

describe("creating a unit with an existing name", () => {
  it("warns naming the existing unit, creates only with confirm, and keeps codes unique", async () => {
    const first = await units.createUnitAction({ code: `SNV-${tag}`, name: `Sở Nội vụ ${tag}`, shortName: "SNV" });
    expect(first).toMatchObject({ ok: true, data: { id: expect.any(String) } });
    const firstId = (first as { data: { id: string } }).data.id;

    const before = { units: await db.unit.count(), audit: await db.auditLog.count() };
    const retyped = ` sở  nội VỤ ${tag.toLowerCase()}\u00a0`.normalize("NFD");
    const warned = await units.createUnitAction({ code: `SNV2-${tag}`, name: retyped, shortName: "SNV" });
    expect(warned).toEqual({ ok: true, data: { duplicate: { id: firstId, name: `Sở Nội vụ ${tag}`, code: `SNV-${tag}` } } });
    expect(await db.unit.count()).toBe(before.units);
    expect(await db.auditLog.count()).toBe(before.audit);

    const confirmed = await units.createUnitAction({ code: `SNV2-${tag}`, name: retyped, shortName: "SNV", confirm: "true" });
    expect(confirmed).toMatchObject({ ok: true, data: { id: expect.any(String) } });
    expect(await db.unit.count({ where: { code: { in: [`SNV-${tag}`, `SNV2-${tag}`] } } })).toBe(2);

    // Confirming a name does not let a code through twice.
    const sameCode = await units.createUnitAction({ code: `snv-${tag}`, name: `Sở Nội vụ ${tag}`, shortName: "SNV", confirm: "true" });
    expect(sameCode).toMatchObject({ ok: false, error: "units.errors.codeTaken" });
  });

  it("does not warn on a name that differs only by its diacritics", async () => {
    await units.createUnitAction({ code: `STP-${tag}`, name: `Sở Tư pháp ${tag}`, shortName: "STP" });
    const other = await units.createUnitAction({ code: `STP2-${tag}`, name: `Sở Tu phap ${tag}`, shortName: "STP" });
    expect(other).toMatchObject({ ok: true, data: { id: expect.any(String) } });
  });
});

describe("creating a bloc with an existing name", () => {
  it("warns naming the existing bloc and creates only with confirm", async () => {
    const first = await blocs.createBlocAction({ code: `KNC-${tag}`, name: `Khối Nội chính ${tag}`, kind: "KHOI" });
    const firstId = (first as { data: { id: string } }).data.id;
    const before = await db.bloc.count();
    const warned = await blocs.createBlocAction({ code: `KNC2-${tag}`, name: `KHỐI NỘI CHÍNH ${tag} `, kind: "CUM" });
    expect(warned).toEqual({ ok: true, data: { duplicate: { id: firstId, name: `Khối Nội chính ${tag}`, code: `KNC-${tag}` } } });
    expect(await db.bloc.count()).toBe(before);

    const confirmed = await blocs.createBlocAction({ code: `KNC2-${tag}`, name: `KHỐI NỘI CHÍNH ${tag} `, kind: "CUM", confirm: "true" });
    expect(confirmed).toMatchObject({ ok: true, data: { id: expect.any(String) } });
    expect(await db.bloc.count()).toBe(before + 1);
    expect(await blocs.createBlocAction({ code: `KNC2-${tag}`, name: "Khối khác hẳn", kind: "KHOI" })).toMatchObject({
      ok: false,
      error: "blocs.errors.codeTaken",
    });
  });
});

describe("text arriving decomposed", () => {
  it("is stored in one Unicode form, so names that look alike are alike", async () => {
    const name = `Sở Văn hóa, Thể thao và Du lịch ${tag}`;
    const created = await units.createUnitAction({ code: `SVH-${tag}`, name: name.normalize("NFD"), shortName: "Sở VHTTDL".normalize("NFD") });
    const id = (created as { data: { id: string } }).data.id;
    const stored = await db.unit.findUniqueOrThrow({ where: { id }, select: { name: true, shortName: true } });
    expect(stored).toEqual({ name: name.normalize("NFC"), shortName: "Sở VHTTDL".normalize("NFC") });
    expect(await db.unit.count({ where: { name: name.normalize("NFC") } })).toBe(1);
  });
});
