import { beforeEach, describe, expect, it, vi } from "vitest";
import type { AppSession } from "@/lib/auth/session-types";
import type { EntryInput } from "@/lib/scoring/schemas";
import { saveSelf } from "../support/self-save";

// A returned sheet gets a resubmission deadline (lib/scoring/window.ts): the unit edits and
// resubmits until then even after its window closed, and is refused after it.
const current: { session: AppSession | null } = { session: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.session }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const { db } = await import("@/lib/db");
const { createBloc, createBlocYear, setLeadership, setMembers } = await import("@/lib/blocs/service");
const { createBlocSchema } = await import("@/lib/blocs/schemas");
const { loadYearContext } = await import("@/lib/blocs/year-context");
const scoring = await import("@/lib/scoring/service");
const { getSheetView } = await import("@/lib/scoring/queries");
const { defaultResubmitBy, parseDeadline } = await import("@/lib/scoring/window");
const { formatDateTime } = await import("@/lib/format/vi");
const { storedActor } = await import("../support/actors");
const actions = await import("@/lib/scoring/actions");

const DAY = 24 * 60 * 60 * 1000;
const e = (code: string, points: number | null, note: string | null = null): EntryInput => ({ code, points, passed: null, note });

/** A bloc year of three members (leader u0, deputy u1) with one leaf and a round closing tomorrow; u2's sheet submitted. */
async function makeWorld() {
  const tag = Math.random().toString(36).slice(2, 7).toUpperCase();
  const board = await storedActor({ userId: `rboard-${tag}`, username: `rboard-${tag}` });
  const units: string[] = [];
  for (let i = 0; i < 3; i++)
    units.push((await db.unit.create({ data: { code: `R${tag}-${i}`, name: `Đơn vị gửi lại ${i} (${tag})`, shortName: `R${i}` } })).id);
  const [u0, u1, u2] = units;
  const blocId = (await createBloc(board, createBlocSchema.parse({ code: `RS${tag}`, name: `Khối gửi lại ${tag}`, kind: "KHOI" }))).id;
  const year = await createBlocYear(board, blocId, 2026, false);
  await setMembers(board, year.id, units);
  await setLeadership(board, year.id, u0, u1);
  const set = await db.criteriaSet.create({ data: { blocYearId: year.id, name: "Bảng tiêu chí", status: "PUBLISHED", publishedAt: new Date() } });
  await db.criterionNode.create({ data: { setId: set.id, position: 0, code: "1", title: "Tiêu chí 1", kind: "STANDARD", maxHundredths: 1000 } });
  const closesAt = new Date(Date.now() + DAY);
  await db.scoringRound.create({ data: { blocYearId: year.id, opensAt: new Date(Date.now() - 10 * DAY), closesAt } });
  const officer = (name: string, unitId: string, isUnitHead = false) =>
    storedActor({ userId: `r${name}-${tag}`, username: `r${name}-${tag}`, name: `Cán bộ ${name}`, role: "UNIT_OFFICER", unitId, isUnitHead, allBlocs: false });
  const w = {
    yearId: year.id,
    closesAt,
    units: { u0, u1, u2 },
    board,
    leader: await officer("lead", u0),
    deputy: await officer("deputy", u1),
    member: await officer("member", u2),
    head: await officer("head", u2, true),
  };
  const { id, version } = await saveSelf(w.member, w.yearId, u2, 0, [e("1", 8)]);
  await scoring.submitSheet(w.head, id, version, null);
  return { ...w, sheetId: id };
}

let w: Awaited<ReturnType<typeof makeWorld>>;
const sheet = () => db.scoreSheet.findUniqueOrThrow({ where: { id: w.sheetId } });

beforeEach(async () => {
  w = await makeWorld();
  current.session = null;
});

describe("a returned sheet's resubmission deadline", () => {
  it("defaults to a week after the return; the unit edits and resubmits after the close until then, and is refused after", async () => {
    current.session = w.leader;
    expect(await actions.returnSheetAction({ sheetId: w.sheetId, version: (await sheet()).version, reason: "Thiếu giải trình" })).toMatchObject({ ok: true });
    const returned = await sheet();
    expect(returned.status).toBe("RETURNED");
    // The default rule, read from the one place it lives; a week's end is later than tomorrow's close.
    expect(returned.resubmitBy).toEqual(defaultResubmitBy(returned.returnedAt!, w.closesAt));
    expect(returned.resubmitBy!.getTime()).toBeGreaterThan(w.closesAt.getTime() + 5 * DAY);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: w.sheetId, action: "score.return" } });
    expect(audit.after).toMatchObject({ resubmitBy: returned.resubmitBy!.toISOString(), defaulted: true });

    // Three days on the window has closed: a draft elsewhere is refused, the returned sheet is not.
    const later = new Date(Date.now() + 3 * DAY);
    await expect(saveSelf(w.leader, w.yearId, w.units.u0, 0, [e("1", 5)], later)).rejects.toMatchObject({ key: "scoring.errors.closed" });
    const year = await loadYearContext(w.yearId);
    const view = await getSheetView(w.member, year, w.units.u2, later);
    expect(view).toMatchObject({ window: "resubmit", closesAt: returned.resubmitBy, can: { edit: true, submit: true } });
    const saved = await saveSelf(w.member, w.yearId, w.units.u2, returned.version, [e("1", 9, "Đã bổ sung")], later);
    await scoring.submitSheet(w.head, w.sheetId, saved.version, null, later);
    expect(await sheet()).toMatchObject({ status: "SUBMITTED" });
    const entry = await db.scoreEntry.findFirstOrThrow({ where: { sheetId: w.sheetId, layer: "SELF" } });
    expect(entry).toMatchObject({ hundredths: 900, note: "Đã bổ sung" });

    // Returned again, after the close, with a deadline two days from then: refused once it has passed.
    const again = await scoring.returnSheet(w.leader, w.sheetId, (await sheet()).version, "Chưa đúng", new Date(later.getTime() + 2 * DAY), later);
    const past = new Date(later.getTime() + 2 * DAY + 60_000);
    const until = formatDateTime((await sheet()).resubmitBy);
    await expect(saveSelf(w.member, w.yearId, w.units.u2, again.version, [e("1", 7)], past)).rejects.toMatchObject({
      key: "scoring.errors.resubmitOver",
      params: { date: until },
    });
    await expect(scoring.submitSheet(w.head, w.sheetId, again.version, null, past)).rejects.toMatchObject({ key: "scoring.errors.resubmitOver" });
    expect((await getSheetView(w.member, year, w.units.u2, past)).can.edit).toBe(false);
    expect(await sheet()).toMatchObject({ status: "RETURNED", version: again.version });
  });

  it("takes the deadline typed dd/MM/yyyy [HH:mm] by whoever returns; refuses a bad or past one, and a caller who may not return", async () => {
    const { version } = await sheet();
    current.session = w.deputy;
    expect(await actions.returnSheetAction({ sheetId: w.sheetId, version, reason: "Trả", resubmitBy: "2099-12-31" })).toEqual({
      ok: false,
      error: "errors.forbidden",
    });
    current.session = w.member;
    expect(await actions.returnSheetAction({ sheetId: w.sheetId, version, reason: "Trả", resubmitBy: "2099-12-31" })).toEqual({
      ok: false,
      error: "errors.forbidden",
    });

    current.session = w.board;
    expect(await actions.returnSheetAction({ sheetId: w.sheetId, version, reason: "Trả", resubmitBy: "2099-02-31" })).toMatchObject({
      ok: false,
      error: "errors.validation",
      fieldErrors: { resubmitBy: { key: "validation.date" } },
    });
    expect(await actions.returnSheetAction({ sheetId: w.sheetId, version, reason: "Trả", resubmitBy: "2020-01-01" })).toEqual({
      ok: false,
      error: "scoring.errors.resubmitByPast",
    });
    expect(await sheet()).toMatchObject({ status: "SUBMITTED", version });

    expect(await actions.returnSheetAction({ sheetId: w.sheetId, version, reason: "Trả", resubmitBy: "2099-12-30" })).toMatchObject({ ok: true });
    expect((await sheet()).resubmitBy).toEqual(parseDeadline("2099-12-30"));
  });
});
