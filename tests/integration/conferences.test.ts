import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { AppSession } from "@/lib/auth/session-types";

// Deleting a conference removes its files: keep them out of the real data folder.
process.env.DATA_DIR = await mkdtemp(path.join(os.tmpdir(), "tdk-conf-files-"));

const current: { session: AppSession | null } = { session: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.session }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { db } = await import("@/lib/db");
const blocs = await import("@/lib/blocs/service");
const { createBlocSchema } = await import("@/lib/blocs/schemas");
const service = await import("@/lib/conferences/service");
const actions = await import("@/lib/conferences/actions");
const { createConferenceSchema } = await import("@/lib/conferences/schemas");
const pledges = await import("@/lib/pledges/service");
const pledgeItems = await import("@/lib/pledges/item-service");
const { actor, storedActor } = await import("../support/actors");

let board: AppSession;
let blocYearId: string;
let members: string[]; // nine members: six present is exactly two thirds
let outsider: string;

async function makeUnits(prefix: string, n: number) {
  const ids: string[] = [];
  for (let i = 1; i <= n; i++) ids.push((await db.unit.create({ data: { code: `${prefix}${i}`, name: `Đơn vị ${prefix}${i}`, shortName: `ĐV${i}` } })).id);
  return ids;
}

async function newConference(kind: "SIGNING" | "MID_YEAR" | "YEAR_END" | "OTHER" = "MID_YEAR") {
  const input = createConferenceSchema
    .omit({ blocYearId: true })
    .parse({ kind, title: `Hội nghị ${kind}`, date: "2026-07-22T08:30", venue: "Hội trường Sở Nội vụ" });
  return (await service.createConference(board, blocYearId, input)).id;
}

const present = (unitId: string, representativeName = "") => ({
  unitId,
  status: "PRESENT" as const,
  absenceReason: null,
  representativeName: representativeName || null,
});
const absent = (unitId: string, absenceReason: string) => ({ unitId, status: "ABSENT" as const, absenceReason, representativeName: null });

beforeAll(async () => {
  board = await storedActor();
  const tag = `CF${Date.now().toString(36)}`;
  members = await makeUnits(`${tag}-`, 9);
  [outsider] = await makeUnits(`${tag}-X`, 1);
  const bloc = await blocs.createBloc(board, createBlocSchema.parse({ code: tag, name: `Khối ${tag}`, kind: "KHOI" }));
  blocYearId = (await blocs.createBlocYear(board, bloc.id, 2026, false)).id;
  await blocs.setMembers(board, blocYearId, members);
  await blocs.setLeadership(board, blocYearId, members[0], members[1]);
});

describe("conferences", () => {
  it("is hosted by the year's leader unless another member is named", async () => {
    const id = await newConference("SIGNING");
    const stored = await db.conference.findUniqueOrThrow({ where: { id } });
    expect(stored.hostUnitId).toBe(members[0]);
    expect(stored.date.toISOString()).toBe("2026-07-22T01:30:00.000Z"); // 08:30 in Vietnam
    await expect(service.updateConference(board, id, { ...stored, hostUnitId: outsider })).rejects.toMatchObject({ key: "conferences.errors.hostNotMember" });
    expect(await db.auditLog.count({ where: { entityId: id, action: "conference.create" } })).toBe(1);
  });
});

describe("attendance", () => {
  it("is saved per member unit, with representative or reason, and replaced on the next save", async () => {
    const id = await newConference();
    await service.saveAttendance(board, id, [
      present(members[0], "Nguyễn Văn An, Phó Giám đốc"),
      absent(members[1], "Đi công tác"),
      { unitId: members[2], status: "", absenceReason: null, representativeName: null },
      // A reason on a present unit is not kept.
      { unitId: members[3], status: "PRESENT", absenceReason: "không dùng", representativeName: null },
    ]);
    const rows = await db.conferenceAttendance.findMany({ where: { conferenceId: id }, orderBy: { unitId: "asc" } });
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.unitId === members[0])).toMatchObject({
      status: "PRESENT",
      representativeName: "Nguyễn Văn An, Phó Giám đốc",
      absenceReason: null,
    });
    expect(rows.find((r) => r.unitId === members[1])).toMatchObject({ status: "ABSENT", absenceReason: "Đi công tác", representativeName: null });
    expect(rows.find((r) => r.unitId === members[3])).toMatchObject({ status: "PRESENT", absenceReason: null });

    await service.saveAttendance(board, id, [present(members[4])]);
    expect(await db.conferenceAttendance.findMany({ where: { conferenceId: id } })).toEqual([
      expect.objectContaining({ unitId: members[4], status: "PRESENT" }),
    ]);
    const audit = await db.auditLog.findMany({ where: { entityId: id, action: "conference.attendance" }, orderBy: { id: "asc" } });
    expect(audit).toHaveLength(2);
    expect(audit[1].after).toMatchObject({ quorum: { present: 1, members: 9 } });
  });

  it("refuses a unit that is not a member, naming it, and changes nothing", async () => {
    const id = await newConference();
    await service.saveAttendance(board, id, [present(members[0])]);
    const unit = await db.unit.findUniqueOrThrow({ where: { id: outsider } });
    await expect(service.saveAttendance(board, id, [present(members[1]), present(outsider)])).rejects.toMatchObject({
      key: "conferences.errors.notMember",
      params: { unit: unit.name },
    });
    await expect(service.saveAttendance(board, id, [present(members[1]), absent(members[1], "x")])).rejects.toMatchObject({
      key: "conferences.errors.duplicateUnit",
    });
    const rows = await db.conferenceAttendance.findMany({ where: { conferenceId: id } });
    expect(rows.map((r) => r.unitId)).toEqual([members[0]]);
  });
});

describe("quorum for a vote", () => {
  it("refuses a vote below two thirds and records it at exactly two thirds, with the attendance behind it", async () => {
    const id = await newConference("YEAR_END");
    const { id: decisionId } = await service.addDecision(board, id, { content: "Thông qua kết quả bình xét thi đua năm 2026", needsVote: true });
    const votes = { votesFor: 5, votesAgainst: 0, votesAbstain: 0 };

    await service.saveAttendance(board, id, [...members.slice(0, 5).map((u) => present(u)), ...members.slice(5).map((u) => absent(u, "Bận công tác"))]);
    await expect(service.recordVote(board, decisionId, votes)).rejects.toMatchObject({
      key: "conferences.errors.noQuorum",
      params: { present: 5, members: 9, needed: 6 },
    });
    expect(await db.conferenceDecision.findUniqueOrThrow({ where: { id: decisionId } })).toMatchObject({ votesFor: null, presentCount: null });
    expect(await db.auditLog.count({ where: { entityId: decisionId, action: "conference.vote" } })).toBe(0);

    await service.saveAttendance(
      board,
      id,
      members.slice(0, 6).map((u) => present(u)),
    );
    await service.recordVote(board, decisionId, votes);
    expect(await db.conferenceDecision.findUniqueOrThrow({ where: { id: decisionId } })).toMatchObject({
      votesFor: 5,
      votesAgainst: 0,
      votesAbstain: 0,
      presentCount: 6,
      memberCount: 9,
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: decisionId, action: "conference.vote" } });
    expect(audit).toMatchObject({ userId: board.userId, entityType: "ConferenceDecision" });
    expect(audit.after).toMatchObject({ votesFor: 5, presentCount: 6, memberCount: 9 });
  });

  it("refuses more votes than units present, and a vote on a decision that needs none", async () => {
    const id = await newConference();
    await service.saveAttendance(
      board,
      id,
      members.slice(0, 7).map((u) => present(u)),
    );
    const voted = await service.addDecision(board, id, { content: "Biểu quyết quy chế", needsVote: true });
    await expect(service.recordVote(board, voted.id, { votesFor: 6, votesAgainst: 1, votesAbstain: 1 })).rejects.toMatchObject({
      key: "conferences.errors.tooManyVotes",
    });
    const plain = await service.addDecision(board, id, { content: "Giao Sở Nội vụ tổng hợp", needsVote: false });
    await expect(service.recordVote(board, plain.id, { votesFor: 1, votesAgainst: 0, votesAbstain: 0 })).rejects.toMatchObject({
      key: "conferences.errors.voteNotNeeded",
    });
  });

  it("goes through the action too: the vote is refused with the quorum message", async () => {
    current.session = board;
    const id = await newConference();
    const { id: decisionId } = await service.addDecision(board, id, { content: "Biểu quyết", needsVote: true });
    const result = await actions.recordVoteAction({ decisionId, votesFor: "1", votesAgainst: "0", votesAbstain: "0" });
    expect(result).toEqual({ ok: false, error: "conferences.errors.noQuorum", params: { present: 0, members: 9, needed: 6 } });
  });
});

describe("who may manage", () => {
  it("lets the leader's officers record attendance and refuses an ordinary member's", async () => {
    const id = await newConference();
    const rows = [{ unitId: members[0], status: "PRESENT" as const, absenceReason: "", representativeName: "" }];
    current.session = actor({ role: "UNIT_OFFICER", unitId: members[0], allBlocs: false });
    expect(await actions.saveAttendanceAction({ conferenceId: id, rows })).toMatchObject({ ok: true });
    current.session = actor({ role: "UNIT_OFFICER", unitId: members[5], allBlocs: false });
    expect(await actions.saveAttendanceAction({ conferenceId: id, rows: [] })).toEqual({ ok: false, error: "errors.forbidden" });
    current.session = actor({ role: "COUNCIL", allBlocs: false });
    expect(await actions.saveAttendanceAction({ conferenceId: id, rows: [] })).toEqual({ ok: false, error: "errors.forbidden" });
    expect(await db.conferenceAttendance.count({ where: { conferenceId: id } })).toBe(1);
  });
});

describe("next year's leadership", () => {
  it("is agreed only at a year-end conference, between two different members", async () => {
    const mid = await newConference("MID_YEAR");
    await expect(service.setNextLeadership(board, mid, members[1], members[2])).rejects.toMatchObject({ key: "conferences.errors.notYearEnd" });
    const end = await newConference("YEAR_END");
    await expect(service.setNextLeadership(board, end, members[1], members[1])).rejects.toMatchObject({ key: "conferences.errors.sameUnit" });
    await expect(service.setNextLeadership(board, end, outsider, members[1])).rejects.toMatchObject({ key: "conferences.errors.leaderNotMember" });
    await service.setNextLeadership(board, end, members[1], members[2]);
    expect(await db.conference.findUniqueOrThrow({ where: { id: end } })).toMatchObject({ nextLeaderUnitId: members[1], nextDeputyUnitId: members[2] });
    // The year's leadership itself changes only through the rotation planner.
    expect(await db.blocYear.findUniqueOrThrow({ where: { id: blocYearId } })).toMatchObject({ leaderUnitId: members[0], deputyUnitId: members[1] });
  });
});

describe("guests, decisions and deletion", () => {
  it("keeps guests in order and deletes a conference with everything in it", async () => {
    const id = await newConference("SIGNING");
    await service.addGuest(board, id, { name: "Nguyễn Đức Vượng", title: "Phó Chủ tịch UBND tỉnh", organisation: null });
    const second = await service.addGuest(board, id, { name: "Đào Đình Tùng", title: "Trưởng ban Nội chính Tỉnh ủy", organisation: null });
    expect((await db.conferenceGuest.findMany({ where: { conferenceId: id }, orderBy: { position: "asc" } })).map((g) => g.name)).toEqual([
      "Nguyễn Đức Vượng",
      "Đào Đình Tùng",
    ]);
    await service.removeGuest(board, second.id);
    await service.saveAttendance(board, id, [present(members[0])]);
    await service.addDecision(board, id, { content: "Thông qua kế hoạch", needsVote: false });
    await service.deleteConference(board, id);
    expect(await db.conference.count({ where: { id } })).toBe(0);
    expect(await db.conferenceGuest.count({ where: { conferenceId: id } })).toBe(0);
    expect(await db.auditLog.count({ where: { entityId: id, action: "conference.delete" } })).toBe(1);
  });
});

describe("a conference where the pledge was signed", () => {
  it("cannot be deleted, but may change kind: the signatures keep pointing at it", async () => {
    const id = await newConference("SIGNING");
    const { id: pledgeId } = await pledges.createPledge(board, blocYearId, { title: "Giao ước thi đua năm 2026", preamble: null });
    await pledgeItems.addItem(board, pledgeId, 1, "Hoàn thành xuất sắc nhiệm vụ chính trị");
    await pledges.openForSigning(board, pledgeId, 2);
    await pledges.signPledge(board, pledgeId, 3, { unitId: members[2], signerName: "Nguyễn Văn An", signerTitle: "Giám đốc", conferenceId: id });

    current.session = board;
    expect(await actions.deleteConferenceAction({ conferenceId: id })).toEqual({ ok: false, error: "conferences.errors.hasSignatures", params: { count: 1 } });
    const stored = await db.conference.findUniqueOrThrow({ where: { id } });
    expect(await db.auditLog.count({ where: { entityId: id, action: "conference.delete" } })).toBe(0);
    // A pledge is signed at a conference of any kind, so its kind may change; the signatures stay with it.
    await service.updateConference(board, id, { ...stored, kind: "MID_YEAR", venue: "Hội trường UBND tỉnh" });
    expect(await db.conference.findUniqueOrThrow({ where: { id } })).toMatchObject({ kind: "MID_YEAR" });
    expect(await db.pledgeSignature.findFirstOrThrow({ where: { pledgeId, unitId: members[2] } })).toMatchObject({ conferenceId: id });

    // A conference without signatures is deleted as before.
    const other = await newConference("SIGNING");
    expect(await actions.deleteConferenceAction({ conferenceId: other })).toMatchObject({ ok: true });
  });
});

describe("a closed year's conferences", () => {
  it("are refused with the closed message, the leader's officer and the board alike, until the year is active again", async () => {
    const id = await newConference();
    const close = (status: "CLOSED" | "ACTIVE") => blocs.updateBlocYear(board, blocYearId, { status, theme: null, slogan: null, motto: null });
    await close("CLOSED");
    try {
      const closed = { ok: false, error: "conferences.errors.yearClosed" };
      current.session = actor({ role: "UNIT_OFFICER", unitId: members[0], allBlocs: false });
      expect(await actions.setMinutesAction({ conferenceId: id, minutes: "Biên bản sửa sau" })).toEqual(closed);
      current.session = board;
      expect(await actions.deleteConferenceAction({ conferenceId: id })).toEqual(closed);
      expect(await db.conference.findUniqueOrThrow({ where: { id } })).toMatchObject({ minutes: null });
    } finally {
      await close("ACTIVE");
    }
    expect(await actions.setMinutesAction({ conferenceId: id, minutes: "Biên bản" })).toMatchObject({ ok: true });
  });
});
