import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { createBloc, createBlocYear, setLeadership, setMembers } from "@/lib/blocs/service";
import { createBlocSchema } from "@/lib/blocs/schemas";
import { storedActor } from "../support/actors";

// The units' registrations announced at the signing conference: recorded once a year, at a
// conference that carries the pledge signing, by its organisers, audited; each page links the other.
const current: { session: AppSession | null } = { session: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.session }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const conferences = await import("@/lib/conferences/actions");
const { announcedAt } = await import("@/lib/registrations/queries");

let w: Awaited<ReturnType<typeof makeWorld>>;
const as = (session: AppSession) => (current.session = session);
const announce = (conferenceId: string) => conferences.announceRegistrationsAction({ conferenceId });

/** Three members (leader u0); a signing and a mid-year conference; u1 submitted its registration, u2 has a draft. */
async function makeWorld() {
  const tag = Math.random().toString(36).slice(2, 7).toUpperCase();
  const board = await storedActor({ userId: `aboard-${tag}`, username: `aboard-${tag}` });
  const unitIds: string[] = [];
  for (let i = 0; i < 3; i++) unitIds.push((await db.unit.create({ data: { code: `A${tag}-${i}`, name: `Sở ${i} (${tag})`, shortName: `S${i}` } })).id);
  const [u0, u1, u2] = unitIds;
  const blocId = (await createBloc(board, createBlocSchema.parse({ code: `AN${tag}`, name: `Khối công bố ${tag}`, kind: "KHOI" }))).id;
  const year = await createBlocYear(board, blocId, 2026, false);
  await setMembers(board, year.id, unitIds);
  await setLeadership(board, year.id, u0, null);
  const conference = (kind: "SIGNING" | "MID_YEAR", title: string) =>
    db.conference.create({ data: { blocYearId: year.id, kind, title, date: new Date("2026-03-31T01:00:00Z"), hostUnitId: u0 } });
  const signing = await conference("SIGNING", "Hội nghị ký kết giao ước thi đua năm 2026");
  const midYear = await conference("MID_YEAR", "Hội nghị sơ kết 6 tháng");
  const officer = (name: string, unitId: string) =>
    storedActor({ userId: `${name}-${tag}`, username: `${name}-${tag}`, name: `Cán bộ ${name}`, role: "UNIT_OFFICER", unitId, allBlocs: false });
  return {
    yearId: year.id,
    units: { u0, u1, u2 },
    signing: signing.id,
    midYear: midYear.id,
    board,
    leader: await officer("lead", u0),
    member: await officer("member", u1),
  };
}

beforeEach(async () => {
  w = await makeWorld();
  current.session = null;
});

const submit = (unitId: string, status: "DRAFT" | "SUBMITTED") =>
  db.registration.create({
    data: { blocYearId: w.yearId, unitId, status, submittedAt: status === "SUBMITTED" ? new Date() : null, headApprovedBy: "Thủ trưởng" },
  });

describe("registrations announced at the signing conference", () => {
  it("is recorded by the conference's organisers, at a signing conference, once there are submitted registrations; audited", async () => {
    as(w.leader);
    expect(await announce(w.signing)).toMatchObject({ ok: false, error: "conferences.errors.noRegistrations" });
    await submit(w.units.u1, "SUBMITTED");
    await submit(w.units.u2, "DRAFT");
    as(w.member);
    expect(await announce(w.signing)).toEqual({ ok: false, error: "errors.forbidden" });
    as(w.leader);
    expect(await announce(w.midYear)).toMatchObject({ ok: false, error: "conferences.errors.announceNotSigning" });
    expect(await announce(w.signing)).toMatchObject({ ok: true, data: { count: 1 } });
    expect(await announce(w.signing)).toMatchObject({ ok: false, error: "conferences.errors.alreadyAnnounced" });
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "conference.announceRegistrations", entityId: w.signing } });
    // Only the submitted registrations are the compiled list announced.
    expect(entry.after).toMatchObject({ unitIds: [w.units.u1] });
    expect((await db.conference.findUniqueOrThrow({ where: { id: w.signing } })).registrationsAnnouncedAt).toBeInstanceOf(Date);
  });

  it("is once a year: a second signing conference is refused, naming the first", async () => {
    await submit(w.units.u1, "SUBMITTED");
    as(w.board);
    expect(await announce(w.signing)).toMatchObject({ ok: true });
    const second = await db.conference.create({ data: { blocYearId: w.yearId, kind: "SIGNING", title: "Ký kết bổ sung", date: new Date() } });
    expect(await announce(second.id)).toMatchObject({ ok: false, error: "conferences.errors.announcedElsewhere" });
  });

  it("shows on the registration page as a link to the conference, for whoever sees the year; a change of kind drops it", async () => {
    await submit(w.units.u1, "SUBMITTED");
    as(w.leader);
    expect(await announcedAt(w.member, w.yearId)).toBeNull();
    await announce(w.signing);
    expect(await announcedAt(w.member, w.yearId)).toMatchObject({ id: w.signing, title: "Hội nghị ký kết giao ước thi đua năm 2026" });
    const outsider = await storedActor({ userId: `outsider-${w.yearId}`, username: `outsider-${w.yearId}`, allBlocs: false, assignedBlocIds: [] });
    expect(await announcedAt(outsider, w.yearId)).toBeNull();
    const changed = await conferences.updateConferenceAction({
      conferenceId: w.signing,
      kind: "OTHER",
      title: "Hội nghị chuyên đề",
      date: "2026-03-31T08:00",
    } as never);
    expect(changed).toMatchObject({ ok: true });
    expect(await announcedAt(w.member, w.yearId)).toBeNull();
  });
});
