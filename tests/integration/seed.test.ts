import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/format/vi";
import { demoBlocs, demoUnits, demoUsers, demoYearWork } from "@/prisma/seed/data";
import { seedDemo } from "@/prisma/seed/demo";
import { demoScoredYears } from "@/prisma/seed/scores";

async function counts() {
  const [units, blocs, slots, years, members, users, assignments, decisions, planItems, pledges, pledgeItems, signatures, sheets, entries] = await Promise.all([
    db.unit.count(),
    db.bloc.count(),
    db.blocRotationSlot.count(),
    db.blocYear.count(),
    db.blocMember.count(),
    db.user.count(),
    db.boardAssignment.count(),
    db.leadershipDecision.count(),
    db.planItem.count(),
    db.pledge.count(),
    db.pledgeItem.count(),
    db.pledgeSignature.count(),
    db.scoreSheet.count(),
    db.scoreEntry.count(),
  ]);
  return { units, blocs, slots, years, members, users, assignments, decisions, planItems, pledges, pledgeItems, signatures, sheets, entries };
}

const expected = {
  units: demoUnits.length,
  blocs: demoBlocs.length,
  slots: demoBlocs.reduce((n, b) => n + b.rotation.length, 0),
  years: demoBlocs.reduce((n, b) => n + b.years.length, 0),
  members: demoBlocs.reduce((n, b) => n + b.years.reduce((m, y) => m + y.memberUnitIds.length, 0), 0),
  users: demoUsers.length,
  assignments: demoUsers.reduce((n, u) => n + u.blocIds.length, 0),
  decisions: demoBlocs.reduce((n, b) => n + b.decisions.length, 0),
  planItems: demoYearWork.reduce((n, w) => n + w.plan.length, 0),
  pledges: demoYearWork.length,
  pledgeItems: demoYearWork.reduce((n, w) => n + w.pledge.items.length, 0),
  signatures: demoYearWork.reduce((n, w) => n + w.pledge.signatures.length, 0),
  sheets: demoScoredYears.reduce((n, y) => n + y.sheets.length, 0),
  // Twelve leaves per sheet, each with a self and a reviewed value.
  entries: demoScoredYears.reduce((n, y) => n + y.sheets.length * 12 * 2, 0),
};

// Seeding runs argon2 and a few hundred statements: allow for a slow embedded database.
const SLOW = 120_000;

describe("demo seed", () => {
  const nodeEnv = process.env.NODE_ENV;
  let summary: Awaited<ReturnType<typeof seedDemo>>;
  beforeAll(async () => {
    summary = await seedDemo(db, { reset: false });
  }, SLOW);
  afterEach(() => {
    (process.env as Record<string, string | undefined>).NODE_ENV = nodeEnv;
  });

  it(
    "is idempotent: a second run changes no count and no row",
    async () => {
      expect(summary).toEqual({ blocs: 5, units: expected.units, users: 10 });
      const first = await counts();
      expect(first).toEqual(expected);
      const snapshot = () =>
        Promise.all([
          db.unit.findMany({ orderBy: { id: "asc" } }),
          db.bloc.findMany({ orderBy: { id: "asc" } }),
          db.blocYear.findMany({ orderBy: { id: "asc" } }),
          db.user.findMany({ orderBy: { id: "asc" } }),
          db.leadershipDecision.findMany({ orderBy: { id: "asc" } }),
          db.planItem.findMany({ orderBy: { id: "asc" } }),
          db.pledge.findMany({ orderBy: { id: "asc" }, include: { items: { orderBy: { position: "asc" } }, signatures: { orderBy: { unitId: "asc" } } } }),
        ]);
      const before = await snapshot();

      await seedDemo(db, { reset: false });
      expect(await counts()).toEqual(first);
      expect(await snapshot()).toEqual(before);

      await seedDemo(db, { reset: true });
      expect(await counts()).toEqual(first);
    },
    SLOW,
  );

  it("never puts a unit in two blocs in the same year", async () => {
    const members = await db.blocMember.findMany({ include: { blocYear: true } });
    const seen = new Map<string, string>();
    for (const m of members) {
      expect(m.year).toBe(m.blocYear.year);
      const key = `${m.unitId}:${m.year}`;
      expect(seen.get(key), `${key} in two blocs`).toBeUndefined();
      seen.set(key, m.blocYear.blocId);
    }
    const codes = (await db.unit.findMany({ select: { code: true } })).map((u) => u.code);
    for (const code of codes) expect(code).toMatch(/^[A-Z0-9-]+$/);
  });

  it("gives every year a leader and a deputy who are distinct members, following the rotation", async () => {
    const blocs = await db.bloc.findMany({
      include: {
        rotation: { orderBy: { position: "asc" } },
        years: { orderBy: { year: "asc" }, include: { members: true } },
      },
    });
    expect(blocs.map((b) => b.kind).sort()).toEqual(["CUM", "KHOI", "KHOI", "KHOI", "KHOI"]);
    for (const bloc of blocs) {
      const order = bloc.rotation.map((s) => s.unitId);
      for (const y of bloc.years) {
        const memberIds = y.members.map((m) => m.unitId);
        expect(y.leaderUnitId).not.toBeNull();
        expect(y.deputyUnitId).not.toBeNull();
        expect(y.leaderUnitId).not.toBe(y.deputyUnitId);
        expect(memberIds).toContain(y.leaderUnitId);
        expect(memberIds).toContain(y.deputyUnitId);
        for (const id of memberIds) expect(order).toContain(id);
        expect(y.status).toBe(y.year === 2026 ? "ACTIVE" : "CLOSED");
      }
      // 2024 → 2025 → 2026: last year's deputy leads; the next member in rotation order is deputy.
      for (const year of [2025, 2026]) {
        const prev = bloc.years.find((y) => y.year === year - 1)!;
        const cur = bloc.years.find((y) => y.year === year)!;
        const memberIds = new Set(cur.members.map((m) => m.unitId));
        expect(cur.leaderUnitId).toBe(prev.deputyUnitId);
        const start = order.indexOf(cur.leaderUnitId!);
        let next: string | undefined;
        for (let i = 1; i < order.length && !next; i++) {
          const candidate = order[(start + i) % order.length];
          if (memberIds.has(candidate)) next = candidate;
        }
        expect(cur.deputyUnitId).toBe(next);
        const decision = await db.leadershipDecision.findFirst({ where: { blocId: bloc.id, year } });
        expect(decision).toMatchObject({ leaderUnitId: cur.leaderUnitId, deputyUnitId: cur.deputyUnitId });
      }
    }
  });

  it("shows exactly one membership change between 2025 and 2026", () => {
    const changed = [];
    for (const bloc of demoBlocs) {
      const y25 = bloc.years.find((y) => y.year === 2025)!.memberUnitIds;
      const y26 = bloc.years.find((y) => y.year === 2026)!.memberUnitIds;
      const left = y25.filter((id) => !y26.includes(id));
      const joined = y26.filter((id) => !y25.includes(id));
      if (left.length || joined.length) changed.push({ bloc: bloc.id, left, joined });
    }
    expect(changed).toHaveLength(1);
    expect(changed[0].left).toHaveLength(1);
    expect(changed[0].joined).toHaveLength(1);
  });

  it(
    "creates the demo accounts with their roles, and keeps a changed password on re-seed",
    async () => {
      const users = await db.user.findMany({ include: { blocAssignments: true } });
      const byName = new Map(users.map((u) => [u.username, u]));
      const roles = Object.fromEntries(demoUsers.map((u) => [u.username, byName.get(u.username)?.role]));
      expect(roles).toEqual({
        admin: "ADMIN",
        bantdkt: "BOARD",
        "bantdkt.khoi": "BOARD",
        hoidong: "COUNCIL",
        truongkhoi: "UNIT_OFFICER",
        phokhoi: "UNIT_OFFICER",
        donvi: "UNIT_OFFICER",
        thutruong: "UNIT_OFFICER",
        cumtruong: "UNIT_OFFICER",
        cumvien: "UNIT_OFFICER",
      });
      expect(byName.get("bantdkt")!.allBlocs).toBe(true);
      expect(byName.get("bantdkt.khoi")!.allBlocs).toBe(false);
      expect(byName.get("bantdkt.khoi")!.blocAssignments).toHaveLength(2);
      expect(byName.get("donvi")!.isUnitHead).toBe(false);
      expect(byName.get("thutruong")!.isUnitHead).toBe(true);
      expect(byName.get("thutruong")!.unitId).toBe(byName.get("donvi")!.unitId);
      expect(byName.get("cumtruong")!.isUnitHead).toBe(true);

      const year2026 = await db.blocYear.findFirstOrThrow({
        where: { blocId: "bloc-noi-chinh-tinh", year: 2026 },
        include: { members: true },
      });
      expect(byName.get("truongkhoi")!.unitId).toBe(year2026.leaderUnitId);
      expect(byName.get("phokhoi")!.unitId).toBe(year2026.deputyUnitId);
      const donviUnit = byName.get("donvi")!.unitId!;
      expect(year2026.members.map((m) => m.unitId)).toContain(donviUnit);
      expect([year2026.leaderUnitId, year2026.deputyUnitId]).not.toContain(donviUnit);

      await db.user.update({ where: { username: "admin" }, data: { passwordHash: "changed-by-admin" } });
      await seedDemo(db, { reset: false });
      expect((await db.user.findUniqueOrThrow({ where: { username: "admin" } })).passwordHash).toBe("changed-by-admin");
      await seedDemo(db, { reset: true });
      expect((await db.user.findUniqueOrThrow({ where: { username: "admin" } })).passwordHash).not.toBe("changed-by-admin");
    },
    SLOW,
  );

  it("opens the 2026 pledge of the Nội chính bloc, signed by 3 of its 8 members but not yet by Thanh tra tỉnh", async () => {
    const year = await db.blocYear.findFirstOrThrow({
      where: { blocId: "bloc-noi-chinh-tinh", year: 2026 },
      include: { members: true, planItems: { orderBy: { position: "asc" } }, pledge: { include: { items: true, signatures: true } } },
    });
    expect(year.planItems).toHaveLength(4);
    for (const item of year.planItems) expect(year.members.map((m) => m.unitId)).toContain(item.hostUnitId);
    const pledge = year.pledge!;
    expect(pledge).toMatchObject({ status: "OPEN", title: "Giao ước thi đua năm 2026" });
    expect(pledge.items).toHaveLength(8);
    expect(year.members).toHaveLength(8);
    expect(pledge.signatures).toHaveLength(3);
    const donvi = await db.user.findUniqueOrThrow({ where: { username: "donvi" } });
    const signed = pledge.signatures.map((s) => s.unitId);
    expect(signed).not.toContain(donvi.unitId);
    expect(signed).not.toContain(year.leaderUnitId);
    expect(signed).not.toContain(year.deputyUnitId);
    for (const s of pledge.signatures) {
      const unit = await db.unit.findUniqueOrThrow({ where: { id: s.unitId } });
      expect([s.signerName, s.signerTitle]).toEqual([unit.headName, unit.headTitle]);
    }
    // The one signed on paper carries its conference's day, not the day it was typed in.
    const conference = await db.conference.findUniqueOrThrow({ where: { id: "conf-noi-chinh-tinh-2026-signing" } });
    const paper = pledge.signatures.filter((s) => s.onPaper);
    expect(paper).toHaveLength(1);
    expect(paper[0]).toMatchObject({ byHead: false, conferenceId: conference.id });
    expect(formatDate(paper[0].signedAt)).toBe(formatDate(conference.date));
    expect(pledge.signatures.filter((s) => !s.onPaper).every((s) => s.byHead)).toBe(true);
  });

  it("refuses to run in production", async () => {
    (process.env as Record<string, string | undefined>).NODE_ENV = "production";
    await expect(seedDemo(db, { reset: false })).rejects.toThrow(/production/);
  });
});
