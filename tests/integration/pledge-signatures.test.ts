import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { createBloc, createBlocYear, setLeadership, setMembers } from "@/lib/blocs/service";
import { createBlocSchema } from "@/lib/blocs/schemas";
import { parseVietnamDate, toDateInputValue } from "@/lib/format/vi";
import * as pledges from "@/lib/pledges/service";
import * as items from "@/lib/pledges/item-service";
import { storedActor } from "../support/actors";

// Paper and online signatures, their dates, and many paper signatures recorded at once.
// Actions run as a chosen session; everything below the session read is real.
const current: { session: AppSession | null } = { session: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.session }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const actions = await import("@/lib/pledges/actions");

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;

/** A cluster of 16 member units (leader u[0], deputy u[1]) with an open pledge, like seed 002's, plus an outsider. */
async function makeWorld(size = 16) {
  const tag = Math.random().toString(36).slice(2, 7).toUpperCase();
  const board = await storedActor({ userId: `board-${tag}`, username: `board-${tag}` });
  const units: string[] = [];
  for (let i = 0; i <= size; i++) {
    const u = await db.unit.create({
      data: { code: `S${tag}-${i}`, name: `Sở Nội vụ số ${i} (${tag})`, shortName: `SNV${i}`, headName: `Giám đốc ${i}`, headTitle: "Giám đốc Sở Nội vụ" },
    });
    units.push(u.id);
  }
  const outside = units.pop()!;
  const blocId = (await createBloc(board, createBlocSchema.parse({ code: `CUM${tag}`, name: `Cụm ${tag}`, kind: "CUM" }))).id;
  const year = await createBlocYear(board, blocId, 2026, false);
  await setMembers(board, year.id, units);
  await setLeadership(board, year.id, units[0], units[1]);
  const { id } = await pledges.createPledge(board, year.id, { title: "Giao ước thi đua năm 2026", preamble: null });
  await items.addItem(board, id, 1, "Thực hiện tốt nhiệm vụ chính trị");
  await pledges.openForSigning(board, id, 2);
  const officer = (name: string, unitId: string, isUnitHead = false) =>
    storedActor({ userId: `${name}-${tag}`, username: `${name}-${tag}`, name: `Cán bộ ${name}`, role: "UNIT_OFFICER", unitId, isUnitHead, allBlocs: false });
  const conference = (kind: "SIGNING" | "MID_YEAR", date: Date) =>
    db.conference.create({ data: { blocYearId: year.id, kind, title: `Hội nghị ${kind} ${tag}`, date, hostUnitId: units[1] } });
  return {
    blocId,
    yearId: year.id,
    pledgeId: id,
    units,
    outside,
    board,
    conference,
    leaderOfficer: await officer("lead", units[0]),
    memberOfficer: await officer("member", units[2]),
    memberHead: await officer("head", units[3], true),
    otherBoard: await storedActor({ userId: `board2-${tag}`, username: `board2-${tag}`, allBlocs: false, assignedBlocIds: [] }),
  };
}

const version = async () => (await db.pledge.findUniqueOrThrow({ where: { id: w.pledgeId } })).version;
const signer = (unitId: string) => ({ unitId, signerName: "Nguyễn Văn A", signerTitle: "Giám đốc" });
const signatureOf = (unitId: string) => db.pledgeSignature.findUniqueOrThrow({ where: { pledgeId_unitId: { pledgeId: w.pledgeId, unitId } } });
const day = (ddMMyyyy: string) => parseVietnamDate(ddMMyyyy)!;
// As the date field sends a day: yyyy-MM-dd.
const tomorrow = () => toDateInputValue(new Date(Date.now() + 24 * 3_600_000));

beforeEach(async () => {
  w = await makeWorld();
  current.session = null;
});

describe("dates", () => {
  it("dates a paper signature by its conference's day unless another day is given, and an online one by the moment", async () => {
    const signing = await w.conference("SIGNING", new Date("2026-02-28T01:00:00Z")); // 08:00 on 28/02 in Vietnam
    const before = new Date();
    await pledges.signPledge(w.board, w.pledgeId, await version(), { ...signer(w.units[4]), conferenceId: signing.id });
    await pledges.signPledge(w.board, w.pledgeId, await version(), { ...signer(w.units[5]), conferenceId: signing.id, signedOn: day("03/03/2026") });
    await pledges.signPledge(w.memberOfficer, w.pledgeId, await version(), { ...signer(w.units[2]), conferenceId: null, signedOn: day("10/03/2026") });
    await pledges.signPledge(w.memberHead, w.pledgeId, await version(), { ...signer(w.units[3]), conferenceId: null, signedOn: day("01/01/2026") });
    const after = new Date();

    expect(await signatureOf(w.units[4])).toMatchObject({ onPaper: true, byHead: false, signedAt: day("28/02/2026"), conferenceId: signing.id });
    expect(await signatureOf(w.units[5])).toMatchObject({ onPaper: true, signedAt: day("03/03/2026") });
    expect(await signatureOf(w.units[2])).toMatchObject({ onPaper: true, byHead: false, signedAt: day("10/03/2026") });
    // The head signing in person signs online, now: a typed day is not theirs to give.
    const online = await signatureOf(w.units[3]);
    expect(online).toMatchObject({ onPaper: false, byHead: true });
    expect(online.signedAt.getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect(online.signedAt.getTime()).toBeLessThanOrEqual(after.getTime());
    // The moment of typing is kept beside the paper date.
    const paper = await signatureOf(w.units[4]);
    expect(paper.recordedAt.getTime()).toBeGreaterThanOrEqual(before.getTime());
  });

  it("refuses a day still to come, typed or the conference's, and writes nothing", async () => {
    const next = await w.conference("SIGNING", new Date(Date.now() + 3 * 24 * 3_600_000));
    current.session = w.board;
    const v = await version();
    expect(await actions.signPledgeAction({ pledgeId: w.pledgeId, version: v, ...signer(w.units[4]), signedOn: tomorrow() })).toMatchObject({
      ok: false,
      error: "pledges.errors.futureDate",
      fieldErrors: { signedOn: { key: "pledges.errors.futureDate" } },
    });
    expect(await actions.recordSignaturesAction({ pledgeId: w.pledgeId, version: v, conferenceId: next.id, rows: [signer(w.units[4])] })).toMatchObject({
      ok: false,
      error: "pledges.errors.futureDate",
    });
    expect(await actions.recordSignaturesAction({ pledgeId: w.pledgeId, version: v, signedOn: "2026-02-31", rows: [signer(w.units[4])] })).toMatchObject({
      ok: false,
      error: "errors.validation",
      fieldErrors: { signedOn: { key: "validation.date" } },
    });
    // Today is not in the future.
    expect(
      await actions.recordSignaturesAction({ pledgeId: w.pledgeId, version: v, signedOn: toDateInputValue(new Date()), rows: [signer(w.units[4])] }),
    ).toMatchObject({
      ok: true,
    });
    expect(await db.pledgeSignature.count({ where: { pledgeId: w.pledgeId } })).toBe(1);
  });

  it("dates a fully signed pledge by its last signature, not by when the last one was typed", async () => {
    const signing = await w.conference("SIGNING", new Date("2026-02-28T01:00:00Z"));
    const midYear = await w.conference("MID_YEAR", new Date("2026-07-22T07:00:00Z"));
    current.session = w.board;
    // The late ones first (typed first, signed at mid-year), then the rest signed earlier at the signing conference.
    const late = w.units.slice(12).map(signer);
    expect(await actions.recordSignaturesAction({ pledgeId: w.pledgeId, version: await version(), conferenceId: midYear.id, rows: late })).toMatchObject({
      ok: true,
    });
    const early = w.units.slice(0, 12).map(signer);
    const result = await actions.recordSignaturesAction({ pledgeId: w.pledgeId, version: await version(), conferenceId: signing.id, rows: early });
    expect(result).toMatchObject({ ok: true, data: { status: "SIGNED" } });
    const pledge = await db.pledge.findUniqueOrThrow({ where: { id: w.pledgeId } });
    expect(pledge).toMatchObject({ status: "SIGNED", signedAt: day("22/07/2026") });
  });
});

describe("recording many at once", () => {
  it("records 16 units' paper signatures at a mid-year review in one call, one transaction, one audit entry each", async () => {
    // Seed 002: the cluster signed its pledge at the mid-year review hosted by the deputy.
    const midYear = await w.conference("MID_YEAR", new Date("2022-07-15T02:00:00Z"));
    const auditBefore = await db.auditLog.count({ where: { entityId: w.pledgeId, action: "pledge.sign" } });
    current.session = w.board;
    const rows = w.units.map((unitId, i) => ({ unitId, signerName: `Giám đốc ${i}`, signerTitle: "Giám đốc Sở Nội vụ" }));
    const result = await actions.recordSignaturesAction({ pledgeId: w.pledgeId, version: await version(), conferenceId: midYear.id, signedOn: "", rows });
    expect(result).toMatchObject({ ok: true, data: { status: "SIGNED" } });
    const stored = await db.pledgeSignature.findMany({ where: { pledgeId: w.pledgeId } });
    expect(stored).toHaveLength(16);
    for (const s of stored)
      expect(s).toMatchObject({ onPaper: true, byHead: false, conferenceId: midYear.id, signedAt: day("15/07/2022"), recordedById: w.board.userId });
    expect(await db.auditLog.count({ where: { entityId: w.pledgeId, action: "pledge.sign" } })).toBe(auditBefore + 16);
    expect(await db.pledge.findUniqueOrThrow({ where: { id: w.pledgeId } })).toMatchObject({ status: "SIGNED", signedAt: day("15/07/2022") });
  });

  it("writes nothing when a row is refused, and names every refused row", async () => {
    await pledges.signPledge(w.board, w.pledgeId, await version(), { ...signer(w.units[7]), conferenceId: null });
    const before = { signatures: await db.pledgeSignature.count(), audit: await db.auditLog.count() };
    current.session = w.board;
    const rows = [...w.units.map(signer), signer(w.outside), signer(w.units[3]), signer("khong-co-don-vi-nay")];
    const result = await actions.recordSignaturesAction({ pledgeId: w.pledgeId, version: await version(), rows });
    expect(result).toMatchObject({ ok: false, error: "pledges.errors.rowsRefused", params: { count: 4 } });
    const fieldErrors = result.ok ? {} : result.fieldErrors;
    expect(fieldErrors).toEqual({
      "rows.7": { key: "pledges.errors.alreadySigned", params: { unit: expect.stringContaining("Sở Nội vụ số 7"), row: 8 } },
      "rows.16": { key: "pledges.errors.notMember", params: { unit: expect.stringContaining("Sở Nội vụ số 16"), row: 17 } },
      "rows.17": { key: "pledges.errors.duplicateUnit", params: { unit: expect.stringContaining("Sở Nội vụ số 3"), row: 18 } },
      "rows.18": { key: "pledges.errors.unknownUnit", params: { unit: "", row: 19 } },
    });
    expect({ signatures: await db.pledgeSignature.count(), audit: await db.auditLog.count() }).toEqual(before);
    // A blank signer is refused by validation, also naming the row.
    const blank = await actions.recordSignaturesAction({ pledgeId: w.pledgeId, version: await version(), rows: [{ ...signer(w.units[4]), signerName: " " }] });
    expect(blank).toMatchObject({ ok: false, error: "errors.validation", fieldErrors: { "rows.0.signerName": { key: "validation.required" } } });
    expect(await db.pledgeSignature.count()).toBe(before.signatures);
  });

  it("is refused to anyone who may not record signatures, and writes nothing", async () => {
    const input = async () => ({ pledgeId: w.pledgeId, version: await version(), rows: [signer(w.units[2]), signer(w.units[4])] });
    for (const caller of [w.memberOfficer, w.memberHead, w.leaderOfficer, w.otherBoard]) {
      current.session = caller;
      expect(await actions.recordSignaturesAction(await input())).toEqual({ ok: false, error: "errors.forbidden" });
    }
    current.session = null;
    expect(await actions.recordSignaturesAction(await input())).toEqual({ ok: false, error: "errors.unauthenticated" });
    expect(await db.pledgeSignature.count({ where: { pledgeId: w.pledgeId } })).toBe(0);
  });

  it("refuses a conference of another bloc year and a pledge not open for signing", async () => {
    const elsewhere = await createBlocYear(w.board, w.blocId, 2027, false);
    const other = await db.conference.create({
      data: { blocYearId: elsewhere.id, kind: "SIGNING", title: "Hội nghị năm 2027", date: new Date("2026-01-10T01:00:00Z") },
    });
    current.session = w.board;
    expect(
      await actions.recordSignaturesAction({ pledgeId: w.pledgeId, version: await version(), conferenceId: other.id, rows: [signer(w.units[4])] }),
    ).toMatchObject({
      ok: false,
      error: "pledges.errors.conferenceOtherYear",
    });
    await pledges.reopenPledge(w.board, w.pledgeId, await version(), "Sửa nội dung");
    expect(await actions.recordSignaturesAction({ pledgeId: w.pledgeId, version: await version(), rows: [signer(w.units[4])] })).toMatchObject({
      ok: false,
      error: "pledges.errors.notOpen",
    });
    expect(await db.pledgeSignature.count({ where: { pledgeId: w.pledgeId } })).toBe(0);
  });
});
