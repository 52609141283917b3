import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { loadAppSession } from "@/lib/auth/session-user";
import { signPledge } from "@/lib/pledges/service";
import { approveRanking, signOff } from "@/lib/ranking/service";
import { returnSheet, submitSheet } from "@/lib/scoring/service";
import { parseDeadline } from "@/lib/scoring/window";
import type { EntryInput } from "@/lib/scoring/schemas";
import type { TodoItem } from "@/lib/todo/facts";
import { todoFor } from "@/lib/todo/queries";
import { seedDemo } from "@/prisma/seed/demo";
import { saveSelf } from "../support/self-save";

// "Việc cần làm" on the demo data (prisma/seed): each account sees exactly the work waiting for
// it, never another unit's, and each item goes once the step is done.

const NC_2026 = "year-noi-chinh-tinh-2026";
const TD_2026 = "year-cum-noi-vu-trung-du-mien-nui-2026";
const TTT = "unit-nc-thanh-tra-tinh";
// 10/12/2026 10:00 in Vietnam: the Nội chính round closes on 15/12 at 17:00 (10:00 UTC).
const NOW = new Date("2026-12-10T03:00:00Z");
const NC_CLOSE = "2026-12-15T10:00:00.000Z";

const USERS = ["admin", "bantdkt", "bantdkt-khoi", "hoidong", "truongkhoi", "phokhoi", "donvi", "thutruong", "cumtruong", "cumvien"] as const;
const s = {} as Record<(typeof USERS)[number], AppSession>;

beforeAll(async () => {
  await seedDemo(db, { reset: false });
  for (const u of USERS) s[u] = (await loadAppSession(db, `user-${u}`))!;
}, 120_000);

/** An item as [kind, bloc year, count, deadline, days left]. */
const brief = (items: TodoItem[] | null) => items && items.map((i) => [i.kind, i.blocYearId, i.count, i.deadline?.toISOString() ?? null, i.daysLeft]);
const kindsOf = async (who: AppSession, now = NOW) => (await todoFor(who, now))?.map((i) => `${i.kind} ${i.blocYearId}`);

const e = (code: string, points: number | null, passed: boolean | null = null): EntryInput => ({ code, points, passed, note: null });
// The Nội chính 2026 sheet's twelve leaves; zero where evidence would be needed, so it submits without files.
const FIRST_FIVE = [e("1", 0), e("2", 9), e("3", 18), e("4", 9), e("5", 9)];
const THE_REST = [e("6", 9), e("7", 0), e("8", 9), e("B1", 0), e("B2", 0), e("D1", 0), e("G1", null, true)];

describe("each demo account's work on 10/12/2026", () => {
  it("a member unit's officer: get the head to sign the pledge, and the sheet with its 12 criteria by 15/12", async () => {
    expect(brief(await todoFor(s.donvi, NOW))).toEqual([
      ["sheetFill", NC_2026, 12, NC_CLOSE, 5],
      ["pledgeAskHead", NC_2026, null, null, null],
    ]);
  });

  it("its head: sign the pledge in person", async () => {
    expect(await kindsOf(s.thutruong)).toEqual([`sheetFill ${NC_2026}`, `pledgeSign ${NC_2026}`]);
  });

  it("the leader and deputy units: their own sheet and pledge, nothing to review before a sheet comes in", async () => {
    expect(await kindsOf(s.truongkhoi)).toEqual([`sheetFill ${NC_2026}`, `pledgeAskHead ${NC_2026}`]);
    expect(await kindsOf(s.phokhoi)).toEqual([`sheetFill ${NC_2026}`, `pledgeAskHead ${NC_2026}`]);
  });

  it("the Trung du leader's head: every sheet is in and reviewed, sign the ranking off", async () => {
    const [item] = (await todoFor(s.cumtruong, NOW))!;
    expect(await kindsOf(s.cumtruong)).toEqual([`rankingSignOff ${TD_2026}`]);
    expect(item.href).toBe("/blocs/bloc-cum-noi-vu-trung-du-mien-nui/years/2026/ranking");
  });

  it("a member whose sheet is in: nothing", async () => {
    expect(await todoFor(s.cumvien, NOW)).toEqual([]);
  });

  it("board staff: the reviewed Trung du sheets to appraise, within their blocs only", async () => {
    expect(brief(await todoFor(s.bantdkt, NOW))).toEqual([["sheetsAppraise", TD_2026, 7, null, null]]);
    expect(await todoFor(s["bantdkt-khoi"], NOW)).toEqual([]);
  });

  it("the administrator and the council: no list at all", async () => {
    expect(await todoFor(s.admin, NOW)).toBeNull();
    expect(await todoFor(s.hoidong, NOW)).toBeNull();
  });

  it("never another unit's work: every officer's items are in their unit's blocs, every sheet link is their own", async () => {
    for (const who of [s.donvi, s.thutruong, s.truongkhoi, s.phokhoi, s.cumtruong, s.cumvien]) {
      const items = (await todoFor(who, NOW))!;
      const years = await db.blocMember.findMany({ where: { unitId: who.unitId! }, select: { blocYearId: true } });
      expect(items.every((i) => years.some((y) => y.blocYearId === i.blocYearId))).toBe(true);
      for (const i of items.filter((i) => i.kind.startsWith("sheet"))) expect(i.href.endsWith(`/scoring/${who.unitId}`)).toBe(true);
    }
  });
});

describe("items go once done", () => {
  it("the sheet counts what is left, asks for the submission, and leaves every list once submitted; the leader then has it to review", async () => {
    const first = await saveSelf(s.donvi, NC_2026, TTT, 0, FIRST_FIVE, NOW);
    expect((await todoFor(s.donvi, NOW))![0]).toMatchObject({ kind: "sheetFill", count: 7 });
    const all = await saveSelf(s.donvi, NC_2026, TTT, first.version, THE_REST, NOW);
    expect((await todoFor(s.thutruong, NOW))![0]).toMatchObject({ kind: "sheetSubmit", count: null, daysLeft: 5 });

    await submitSheet(s.thutruong, all.id, all.version, null, NOW);
    expect(await kindsOf(s.donvi)).toEqual([`pledgeAskHead ${NC_2026}`]);
    expect(await kindsOf(s.thutruong)).toEqual([`pledgeSign ${NC_2026}`]);
    const [review] = (await todoFor(s.truongkhoi, NOW))!.filter((i) => i.kind === "sheetsReview");
    expect(review).toMatchObject({ blocYearId: NC_2026, count: 1, href: `/blocs/bloc-noi-chinh-tinh/years/2026/scoring/${TTT}` });
    // The deputy and the board do not review it.
    expect((await kindsOf(s.phokhoi))!.some((k) => k.startsWith("sheetsReview"))).toBe(false);
    expect(await todoFor(s["bantdkt-khoi"], NOW)).toEqual([]);
  });

  it("a returned sheet waits for the unit until its resubmission deadline, past the window's close", async () => {
    const sheet = await db.scoreSheet.findUniqueOrThrow({ where: { blocYearId_unitId: { blocYearId: NC_2026, unitId: TTT } } });
    const by = parseDeadline("2026-12-20")!;
    await returnSheet(s.truongkhoi, sheet.id, sheet.version, "Thiếu minh chứng tiêu chí 3", by, NOW);
    expect((await kindsOf(s.truongkhoi))!.some((k) => k.startsWith("sheetsReview"))).toBe(false);

    // 17/12, the window closed two days ago.
    const after = new Date("2026-12-17T03:00:00Z");
    expect(brief(await todoFor(s.donvi, after))![0]).toEqual(["sheetResubmit", NC_2026, null, "2026-12-20T16:59:00.000Z", 3]);
    expect((await kindsOf(s.donvi, new Date("2026-12-21T03:00:00Z")))!.some((k) => k.startsWith("sheet"))).toBe(false);
  });

  it("the pledge leaves the unit's lists once its head signs, and stays on the others'", async () => {
    const pledge = await db.pledge.findUniqueOrThrow({ where: { blocYearId: NC_2026 } });
    await signPledge(s.thutruong, pledge.id, pledge.version, {
      unitId: TTT,
      signerName: s.thutruong.name,
      signerTitle: "Chánh Thanh tra tỉnh",
      conferenceId: null,
    });
    for (const who of [s.donvi, s.thutruong]) expect((await kindsOf(who))!.some((k) => k.startsWith("pledge"))).toBe(false);
    expect((await kindsOf(s.truongkhoi))!).toContain(`pledgeAskHead ${NC_2026}`);
  });

  it("the ranking goes from the leader's head to the board, and the approved one back to the leader for the proposal", async () => {
    await signOff(s.cumtruong, TD_2026, null, NOW);
    expect(await todoFor(s.cumtruong, NOW)).toEqual([]);
    // Signed off: the sheets are locked, nothing is left to appraise.
    expect(await kindsOf(s.bantdkt)).toEqual([`rankingApprove ${TD_2026}`]);

    const snapshot = await db.rankingSnapshot.findFirstOrThrow({ where: { blocYearId: TD_2026 }, orderBy: { signedAt: "desc" } });
    await approveRanking(s.bantdkt, snapshot.id, snapshot.version, NOW);
    expect(await todoFor(s.bantdkt, NOW)).toEqual([]);
    expect(await kindsOf(s.cumtruong)).toEqual([`proposalDraft ${TD_2026}`]);
    expect(await todoFor(s.cumvien, NOW)).toEqual([]);
  });
});
