// A write racing a lock lands before it or is refused (docs/SECURITY.md, "Writes against a lock"):
// every kind of conference write raced against closing the year, which issues the conferences'
// minutes (lib/documents/definitions/minutes.ts). Rounds of pairs on fresh years, as in
// lock-races-sign-off: the write lands before the closing (its audit entry first) or is refused as
// closed and changes nothing.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { updateBlocYear } from "@/lib/blocs/service";
import * as conferences from "@/lib/conferences/service";
import { storedActor } from "../support/actors";
import { emptyTally, judgeRace, PAIRS, RACE_TIMEOUT, raceRounds, report, ROUNDS } from "../support/lock-races";

const CLOSED = "conferences.errors.yearClosed";

/**
 * An active bloc year of three members with a year-end conference: one guest, all three present,
 * one decision that needs a vote. Written straight to the database, so the only audit entries are
 * the race's own.
 */
async function conferenceYear() {
  const tag = Math.random().toString(36).slice(2, 8).toUpperCase();
  const units = [];
  for (let i = 0; i < 3; i++) units.push(await db.unit.create({ data: { code: `HC${tag}-${i}`, name: `Đơn vị hội nghị ${i} (${tag})`, shortName: `H${i}` } }));
  const bloc = await db.bloc.create({ data: { code: `HK${tag}`, name: `Khối hội nghị ${tag}`, kind: "KHOI" } });
  const year = await db.blocYear.create({ data: { blocId: bloc.id, year: 2030, status: "ACTIVE", leaderUnitId: units[0].id, deputyUnitId: units[1].id } });
  await db.blocMember.createMany({ data: units.map((u) => ({ blocYearId: year.id, year: 2030, unitId: u.id })) });
  const conference = await db.conference.create({
    data: { blocYearId: year.id, kind: "YEAR_END", title: "Hội nghị tổng kết", date: new Date("2030-12-20T02:00:00Z"), hostUnitId: units[0].id },
  });
  const guest = await db.conferenceGuest.create({ data: { conferenceId: conference.id, position: 0, name: "Khách mời" } });
  await db.conferenceAttendance.createMany({ data: units.map((u) => ({ conferenceId: conference.id, unitId: u.id, status: "PRESENT" as const })) });
  const decision = await db.conferenceDecision.create({ data: { conferenceId: conference.id, position: 0, content: "Thông qua báo cáo", needsVote: true } });
  return { yearId: year.id, blocId: bloc.id, units: units.map((u) => u.id), conferenceId: conference.id, guestId: guest.id, decisionId: decision.id };
}

type Year = Awaited<ReturnType<typeof conferenceYear>>;

const conferenceOf = (y: Year) => db.conference.findUnique({ where: { id: y.conferenceId } });
const decisionOf = (y: Year) => db.conferenceDecision.findUnique({ where: { id: y.decisionId } });
const edited = (y: Year) => ({
  kind: "YEAR_END" as const,
  title: "Hội nghị tổng kết (sửa)",
  date: new Date("2030-12-21T02:00:00Z"),
  venue: "Hội trường",
  hostUnitId: y.units[0],
  chairName: null,
  chairTitle: null,
  agenda: null,
});

type ConferenceWrite = {
  action: string;
  write: (y: Year, board: AppSession) => Promise<unknown>;
  applied: (y: Year) => Promise<boolean>;
  /** The write's audit entity, when it is not the conference; null: found by the bloc (a new conference). */
  entityId?: (y: Year) => string | null;
};

const WRITES: ConferenceWrite[] = [
  {
    action: "conference.create",
    write: (y, board) => conferences.createConference(board, y.yearId, { ...edited(y), kind: "OTHER", title: "Hội nghị mới" }),
    applied: async (y) => (await db.conference.count({ where: { blocYearId: y.yearId, title: "Hội nghị mới" } })) === 1,
    entityId: () => null,
  },
  {
    action: "conference.update",
    write: (y, board) => conferences.updateConference(board, y.conferenceId, edited(y)),
    applied: async (y) => (await conferenceOf(y))?.title === "Hội nghị tổng kết (sửa)",
  },
  {
    action: "conference.minutes",
    write: (y, board) => conferences.setMinutes(board, y.conferenceId, "Biên bản đã sửa"),
    applied: async (y) => (await conferenceOf(y))?.minutes === "Biên bản đã sửa",
  },
  {
    action: "conference.delete",
    write: (y, board) => conferences.deleteConference(board, y.conferenceId),
    applied: async (y) => (await conferenceOf(y)) === null,
  },
  {
    action: "conference.guestAdd",
    write: (y, board) => conferences.addGuest(board, y.conferenceId, { name: "Khách thứ hai", title: null, organisation: null }),
    applied: async (y) => (await db.conferenceGuest.count({ where: { conferenceId: y.conferenceId } })) === 2,
  },
  {
    action: "conference.guestRemove",
    write: (y, board) => conferences.removeGuest(board, y.guestId),
    applied: async (y) => (await db.conferenceGuest.count({ where: { conferenceId: y.conferenceId } })) === 0,
  },
  {
    action: "conference.attendance",
    write: (y, board) =>
      conferences.saveAttendance(
        board,
        y.conferenceId,
        y.units.map((unitId, i) => ({
          unitId,
          status: i === 2 ? "ABSENT" : "PRESENT",
          absenceReason: i === 2 ? "Bận công tác" : null,
          representativeName: null,
        })),
      ),
    applied: async (y) => (await db.conferenceAttendance.count({ where: { conferenceId: y.conferenceId, status: "ABSENT" } })) === 1,
  },
  {
    action: "conference.decisionAdd",
    write: (y, board) => conferences.addDecision(board, y.conferenceId, { content: "Kết luận mới", needsVote: false }),
    applied: async (y) => (await db.conferenceDecision.count({ where: { conferenceId: y.conferenceId } })) === 2,
    entityId: () => null,
  },
  {
    action: "conference.decisionUpdate",
    write: (y, board) => conferences.updateDecision(board, y.decisionId, { content: "Kết luận đã sửa", needsVote: true }),
    applied: async (y) => (await decisionOf(y))?.content === "Kết luận đã sửa",
    entityId: (y) => y.decisionId,
  },
  {
    action: "conference.decisionRemove",
    write: (y, board) => conferences.removeDecision(board, y.decisionId),
    applied: async (y) => (await decisionOf(y)) === null,
    entityId: (y) => y.decisionId,
  },
  {
    action: "conference.vote",
    write: (y, board) => conferences.recordVote(board, y.decisionId, { votesFor: 3, votesAgainst: 0, votesAbstain: 0 }),
    applied: async (y) => (await decisionOf(y))?.votesFor === 3,
    entityId: (y) => y.decisionId,
  },
  {
    action: "conference.nextLeadership",
    write: (y, board) => conferences.setNextLeadership(board, y.conferenceId, y.units[1], y.units[2]),
    applied: async (y) => (await conferenceOf(y))?.nextLeaderUnitId === y.units[1],
  },
];

const entityOf = (kind: ConferenceWrite, y: Year) => {
  const id = kind.entityId ? kind.entityId(y) : y.conferenceId;
  return id === null ? { blocId: y.blocId } : { entityId: id };
};

const close = (board: AppSession, y: Year) => updateBlocYear(board, y.yearId, { status: "CLOSED", theme: null, slogan: null, motto: null });

describe("conference writes raced against closing the year: each lands before it, or is refused as closed", () => {
  for (const kind of WRITES) {
    it(
      kind.action,
      async () => {
        const board = await storedActor({ userId: "race-board", username: "race-board", name: "Cán bộ Ban" });
        const t = emptyTally();
        await raceRounds(
          () => conferenceYear(),
          (y) => kind.write(y, board),
          (y) => close(board, y),
          (y, outcome) =>
            judgeRace(t, outcome, {
              lockKey: CLOSED,
              applied: () => kind.applied(y),
              writeAudit: { action: kind.action, ...entityOf(kind, y) },
              lockAudit: { action: "blocYear.update", entityId: y.yearId },
            }),
        );
        report("conferences", kind.action, "closing", t);
        expect({ after: t.after, problems: t.problems }).toEqual({ after: 0, problems: [] });
        expect(t.first + t.refused).toBe(ROUNDS * PAIRS);
      },
      RACE_TIMEOUT,
    );
  }

  it("refuses every conference write once the year is closed, and says so", async () => {
    const board = await storedActor({ userId: "race-board", username: "race-board", name: "Cán bộ Ban" });
    for (const kind of WRITES) {
      const y = await conferenceYear();
      await close(board, y);
      await expect(kind.write(y, board), kind.action).rejects.toMatchObject({ key: CLOSED });
      expect(await kind.applied(y), kind.action).toBe(false);
    }
  });
});
