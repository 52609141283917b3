import { beforeEach, describe, expect, it, vi } from "vitest";
import type { AppSession } from "@/lib/auth/session-types";
import type { EntryInput } from "@/lib/scoring/schemas";
import { saveSelf } from "../support/self-save";

// Actions run as a chosen session; everything below the session read is real.
const current: { session: AppSession | null } = { session: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => current.session }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const { db } = await import("@/lib/db");
const { createBloc, createBlocYear, setLeadership, setMembers } = await import("@/lib/blocs/service");
const { createBlocSchema } = await import("@/lib/blocs/schemas");
const { loadYearContext } = await import("@/lib/blocs/year-context");
const scoring = await import("@/lib/scoring/service");
const evidence = await import("@/lib/evidence/service");
const { getSheetView } = await import("@/lib/scoring/queries");
const ranking = await import("@/lib/ranking/service");
const actions = await import("@/lib/ranking/actions");
const { canViewRanking } = await import("@/lib/ranking/policy");
const { loadCurrentRanking, loadLiveRanking } = await import("@/lib/ranking/current");
const { storedActor } = await import("../support/actors");

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
const DAY = 24 * 60 * 60 * 1000;
type Values = Record<string, { self: number | boolean; reviewed?: number | boolean; appraised?: number | boolean }>;

/**
 * A bloc year of four members (leader u0 whose head is "Thủ trưởng u0", deputy u1) with a
 * published set: group I (1 max 10, 2 max 20), group II (3 max 10), B1 bonus 5, D1 deduction 5,
 * G1 gate; an open round.
 */
async function makeWorld() {
  const tag = Math.random().toString(36).slice(2, 7).toUpperCase();
  const board = await storedActor({ userId: `rboard-${tag}`, username: `rboard-${tag}`, name: "Cán bộ Ban" });
  const unitIds: string[] = [];
  for (let i = 0; i < 4; i++) {
    const u = await db.unit.create({ data: { code: `R${tag}-${i}`, name: `Đơn vị ${"ABCD"[i]} (${tag})`, shortName: `D${i}`, headName: `Thủ trưởng ${i}` } });
    unitIds.push(u.id);
  }
  const [u0, u1, u2, u3] = unitIds;
  const blocId = (await createBloc(board, createBlocSchema.parse({ code: `RK${tag}`, name: `Khối xếp hạng ${tag}`, kind: "KHOI" }))).id;
  const year = await createBlocYear(board, blocId, 2026, false);
  await setMembers(board, year.id, unitIds);
  await setLeadership(board, year.id, u0, u1);
  const set = await db.criteriaSet.create({ data: { blocYearId: year.id, name: "Bảng tiêu chí 2026", status: "PUBLISHED", publishedAt: new Date() } });
  const node = (position: number, code: string, kind: "STANDARD" | "BONUS" | "DEDUCTION" | "GATE" | null, max: number | null, parentId: string | null = null) =>
    db.criterionNode.create({
      data: { setId: set.id, parentId, position, code, title: `Tiêu chí ${code}`, kind, maxHundredths: max === null ? null : max * 100 },
    });
  const g1 = await node(0, "I", null, null);
  const g2 = await node(1, "II", null, null);
  const nodes = {
    "1": await node(0, "1", "STANDARD", 10, g1.id),
    "2": await node(1, "2", "STANDARD", 20, g1.id),
    "3": await node(0, "3", "STANDARD", 10, g2.id),
    B1: await node(2, "B1", "BONUS", 5),
    D1: await node(3, "D1", "DEDUCTION", 5),
    G1: await node(4, "G1", "GATE", null),
  };
  await db.scoringRound.create({ data: { blocYearId: year.id, opensAt: new Date(Date.now() - DAY), closesAt: new Date(Date.now() + DAY) } });
  const officer = (name: string, unitId: string, isUnitHead = false) =>
    storedActor({ userId: `r${name}-${tag}`, username: `r${name}-${tag}`, name: `Cán bộ ${name}`, role: "UNIT_OFFICER", unitId, isUnitHead, allBlocs: false });
  return {
    yearId: year.id,
    blocId,
    units: { u0, u1, u2, u3 },
    nodes,
    board,
    leader: await officer("lead", u0),
    leaderHead: await officer("leadhead", u0, true),
    deputy: await officer("deputy", u1),
    member: await officer("member", u2),
    other: await officer("other", u3),
  };
}

/** A submitted sheet written directly: per leaf its self value and any review / appraisal. */
async function sheet(unitId: string, values: Values, submittedAt = new Date()) {
  const s = await db.scoreSheet.create({ data: { blocYearId: w.yearId, unitId, status: "SUBMITTED", submittedAt, headApprovedBy: "Thủ trưởng" } });
  const layers = ["self", "reviewed", "appraised"] as const;
  const LAYER = { self: "SELF", reviewed: "REVIEWED", appraised: "APPRAISED" } as const;
  for (const [code, v] of Object.entries(values)) {
    for (const layer of layers) {
      const value = v[layer];
      if (value === undefined) continue;
      await db.scoreEntry.create({
        data: {
          sheetId: s.id,
          nodeId: w.nodes[code as keyof World["nodes"]].id,
          layer: LAYER[layer],
          hundredths: typeof value === "number" ? Math.round(value * 100) : null,
          passed: typeof value === "boolean" ? value : null,
          note: layer === "self" ? null : `Lý do ${layer}`,
          byName: `Người chấm ${layer}`,
        },
      });
    }
  }
  return s;
}

/** Standard leaves summing to `points` across groups I and II (I = points − 5, II = 5). */
const plain = (points: number, extra: Partial<Values> = {}): Values => ({
  "1": { self: Math.min(10, points - 5) },
  "2": { self: Math.max(0, points - 15) },
  "3": { self: 5 },
  B1: { self: 0 },
  D1: { self: 0 },
  G1: { self: true },
  ...(extra as Values),
});

/** Every member submitted with distinct totals: u0 30, u1 25, u2 20, u3 15. */
async function allSubmitted() {
  await sheet(w.units.u0, plain(30));
  await sheet(w.units.u1, plain(25));
  await sheet(w.units.u2, plain(20));
  await sheet(w.units.u3, plain(15));
}

const yearCtx = () => loadYearContext(w.yearId);
const latest = () => db.rankingSnapshot.findFirstOrThrow({ where: { blocYearId: w.yearId }, orderBy: { signedAt: "desc" } });

beforeEach(async () => {
  w = await makeWorld();
  current.session = null;
});

describe("the live ranking", () => {
  it("ranks submitted sheets on the final layer (appraised over reviewed over self); the others wait", async () => {
    await sheet(w.units.u0, plain(20, { "1": { self: 10, reviewed: 6 } })); // 16
    await sheet(w.units.u1, plain(20, { "1": { self: 10, reviewed: 6, appraised: 9 }, B1: { self: 2 }, D1: { self: 1, reviewed: 0.5 } })); // 19 + 2 − 0.5
    await db.scoreSheet.create({ data: { blocYearId: w.yearId, unitId: w.units.u2, status: "DRAFT" } });
    const { ranking, notRanked } = await loadLiveRanking(db, w.yearId);
    expect(ranking.rows.map((r) => [r.unitId, r.rank, r.totals.total])).toEqual([
      [w.units.u1, 1, 20.5],
      [w.units.u0, 2, 16],
    ]);
    expect(ranking.rows[0].totals).toEqual({ standard: 19, bonus: 2, deduction: 0.5, total: 20.5 });
    expect(ranking.rows[0].byGroup.map((g) => [g.groupCode, g.total])).toEqual([
      ["I", 14],
      ["II", 5],
      ["B1", 2],
      ["D1", -0.5],
      ["G1", 0],
    ]);
    expect(ranking.rows[0].aboveSeparation).toBeNull();
    expect(ranking.rows[1].aboveSeparation).toEqual({ by: "total", mine: 16, theirs: 20.5 });
    expect(notRanked.map((n) => [n.unitId, n.status]).sort()).toEqual(
      [
        [w.units.u2, "DRAFT"],
        [w.units.u3, null],
      ].sort(),
    );
    expect((await loadCurrentRanking(db, w.yearId)).live).toBe(true);
  });
});

describe("tie-break rules", () => {
  it("are checked against the set's groups, published, then frozen", async () => {
    await expect(ranking.setRules(w.leader, w.yearId, 0, [{ kind: "groupScore", groupCode: "IX" }])).rejects.toMatchObject({
      key: "ranking.rules.problems.unknown_group",
      params: { position: 1, group: "IX" },
    });
    await expect(ranking.setRules(w.leader, w.yearId, 0, [{ kind: "ballot" }, { kind: "moreBonus" }])).rejects.toMatchObject({
      key: "ranking.rules.problems.ballot_not_last",
    });
    current.session = w.member;
    expect(await actions.setRulesAction({ blocYearId: w.yearId, version: 0, rules: [{ kind: "moreBonus" }] })).toEqual({
      ok: false,
      error: "errors.forbidden",
    });
    current.session = w.leader;
    const set = await actions.setRulesAction({ blocYearId: w.yearId, version: 0, rules: [{ kind: "groupScore", groupCode: "I" }, { kind: "fewerDeduction" }] });
    expect(set).toMatchObject({ ok: true, data: { version: 1 } });
    expect(await actions.setRulesAction({ blocYearId: w.yearId, version: 0, rules: [] })).toMatchObject({ ok: false, error: "ranking.errors.stale" });
    const rules = await ranking.setRules(w.leader, w.yearId, 1, [{ kind: "groupScore", groupCode: "II" }, { kind: "fewerDeduction" }, { kind: "ballot" }]);
    expect(await actions.publishRulesAction({ blocYearId: w.yearId, version: rules.version })).toMatchObject({ ok: true });
    const stored = await db.rankingRules.findUniqueOrThrow({ where: { blocYearId: w.yearId } });
    expect(stored.publishedAt).not.toBeNull();
    expect(stored.rules).toEqual([{ kind: "groupScore", groupCode: "II" }, { kind: "fewerDeduction" }, { kind: "ballot" }]);
    await expect(ranking.setRules(w.leader, w.yearId, stored.version, [])).rejects.toMatchObject({ key: "ranking.errors.rulesPublished" });
    expect((await db.auditLog.findMany({ where: { entityId: stored.id }, select: { action: true } })).map((a) => a.action)).toEqual([
      "rankingRules.set",
      "rankingRules.set",
      "rankingRules.publish",
    ]);
  });

  it("cannot be published once the round has closed for every unit", async () => {
    const { version } = await ranking.setRules(w.board, w.yearId, 0, [{ kind: "moreBonus" }]);
    await expect(ranking.publishRules(w.board, w.yearId, version, new Date(Date.now() + 2 * DAY))).rejects.toMatchObject({ key: "ranking.errors.roundClosed" });
    // An extension for one unit keeps the round open.
    await scoring.addExtension(w.board, w.yearId, { unitId: w.units.u3, closesAt: new Date(Date.now() + 3 * DAY), reason: "Gia hạn" });
    expect(await ranking.publishRules(w.board, w.yearId, version, new Date(Date.now() + 2 * DAY))).toMatchObject({ version: version + 1 });
  });

  it("separate units of equal total, and say why", async () => {
    await sheet(w.units.u0, plain(20, { "1": { self: 5 }, "3": { self: 10 } })); // I 10, II 10
    await sheet(w.units.u1, plain(20)); // I 15, II 5
    const { version } = await ranking.setRules(w.leader, w.yearId, 0, [{ kind: "groupScore", groupCode: "I" }]);
    expect((await loadLiveRanking(db, w.yearId)).ranking.unresolvedTies).toHaveLength(1); // a draft does not count
    await ranking.publishRules(w.leader, w.yearId, version);
    const { ranking: r } = await loadLiveRanking(db, w.yearId);
    expect(r.rows.map((x) => x.unitId)).toEqual([w.units.u1, w.units.u0]);
    expect(r.rows[1].aboveSeparation).toEqual({ by: "rule", rule: { kind: "groupScore", groupCode: "I" }, mine: 10, theirs: 15 });
    expect(r.unresolvedTies).toEqual([]);
  });
});

describe("ballot", () => {
  async function tied() {
    await sheet(w.units.u0, plain(30));
    await sheet(w.units.u1, plain(20));
    await sheet(w.units.u2, plain(20));
    await sheet(w.units.u3, plain(10));
    return [w.units.u1, w.units.u2];
  }

  it("needs the quorum, no more votes than present, and exactly a tie group; it resolves the tie", async () => {
    const pair = await tied();
    const input = { unitIds: pair, votes: [2, 1], presentCount: 3, conferenceId: null, note: null };
    await expect(ranking.recordBallot(w.leader, w.yearId, { ...input, presentCount: 2 })).rejects.toMatchObject({
      key: "ranking.errors.noQuorum",
      params: { present: 2, members: 4, needed: 3 },
    });
    await expect(ranking.recordBallot(w.leader, w.yearId, { ...input, votes: [3, 1] })).rejects.toMatchObject({
      key: "ranking.errors.tooManyVotes",
      params: { votes: 4, present: 3 },
    });
    await expect(ranking.recordBallot(w.leader, w.yearId, { ...input, unitIds: [w.units.u0, w.units.u1] })).rejects.toMatchObject({
      key: "ranking.errors.notATie",
    });
    current.session = w.member;
    expect(await actions.recordBallotAction({ blocYearId: w.yearId, ...input, conferenceId: "" })).toEqual({ ok: false, error: "errors.forbidden" });
    current.session = w.leader;
    expect(
      await actions.recordBallotAction({
        blocYearId: w.yearId,
        unitIds: pair,
        votes: ["1", "2"],
        presentCount: "3",
        conferenceId: "",
        note: "Hội nghị bình xét",
      }),
    ).toMatchObject({ ok: true });
    const { ranking: r } = await loadLiveRanking(db, w.yearId);
    expect(r.unresolvedTies).toEqual([]);
    expect(r.rows.map((x) => [x.unitId, x.rank])).toEqual([
      [w.units.u0, 1],
      [w.units.u2, 2],
      [w.units.u1, 3],
      [w.units.u3, 4],
    ]);
    expect(r.rows[2].aboveSeparation).toMatchObject({ by: "rule", rule: { kind: "ballot" }, mine: 1, theirs: 2 });
    // Nothing tied any more: a second ballot is refused.
    await expect(ranking.recordBallot(w.leader, w.yearId, input)).rejects.toMatchObject({ key: "ranking.errors.notATie" });
  });
});

describe("sign-off", () => {
  it("is refused with a missing sheet, an unresolved tie, for board staff, and without the head's name", async () => {
    await sheet(w.units.u0, plain(30));
    await sheet(w.units.u1, plain(20));
    await sheet(w.units.u2, plain(20));
    await expect(ranking.signOff(w.leaderHead, w.yearId, null)).rejects.toMatchObject({
      key: "ranking.errors.missingSheets",
      params: { units: expect.stringContaining("Đơn vị D") },
    });
    await sheet(w.units.u3, plain(10));
    await expect(ranking.signOff(w.leaderHead, w.yearId, null)).rejects.toMatchObject({
      key: "ranking.errors.unresolvedTies",
      params: { ties: expect.stringMatching(/Đơn vị B .*, Đơn vị C /) },
    });
    current.session = w.board;
    expect(await actions.signOffAction({ blocYearId: w.yearId, signerName: "Thủ trưởng 0" })).toEqual({ ok: false, error: "errors.forbidden" });
    current.session = w.deputy;
    expect(await actions.signOffAction({ blocYearId: w.yearId, signerName: "Thủ trưởng 0" })).toEqual({ ok: false, error: "errors.forbidden" });
    await ranking.recordBallot(w.leader, w.yearId, { unitIds: [w.units.u1, w.units.u2], votes: [3, 1], presentCount: 4, conferenceId: null, note: null });
    current.session = w.leader;
    expect(await actions.signOffAction({ blocYearId: w.yearId, signerName: "" })).toMatchObject({ ok: false, error: "ranking.errors.signerRequired" });
    expect(await db.rankingSnapshot.count({ where: { blocYearId: w.yearId } })).toBe(0);
    expect(await db.scoreSheet.count({ where: { blocYearId: w.yearId, lockedAt: { not: null } } })).toBe(0);
  });

  it("snapshots every leaf's layers and locks every sheet, in one step; the head signs in person", async () => {
    await sheet(w.units.u0, plain(30, { "1": { self: 10, reviewed: 9, appraised: 10 } }));
    await sheet(w.units.u1, plain(25));
    await sheet(w.units.u2, plain(20));
    await sheet(w.units.u3, plain(15));
    const before = await db.auditLog.count();
    const { id } = await ranking.signOff(w.leaderHead, w.yearId, "ignored: the head signs in person");
    expect(await db.auditLog.count()).toBe(before + 1);
    const snap = await db.rankingSnapshot.findUniqueOrThrow({ where: { id } });
    expect(snap).toMatchObject({ status: "SIGNED_OFF", signerName: w.leaderHead.name, signedById: w.leaderHead.userId });
    expect(await db.scoreSheet.count({ where: { blocYearId: w.yearId, lockedAt: null } })).toBe(0);
    const data = snap.data as { rows: { unitId: string; rank: number; leaves: Record<string, unknown>[] }[] };
    expect(data.rows.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
    expect(data.rows[0].leaves.find((l) => l.code === "1")).toMatchObject({
      self: 10,
      reviewed: 9,
      appraised: 10,
      final: 10,
      finalLayer: "appraised",
      reason: "Lý do appraised",
      by: "Người chấm appraised",
      evidenceCount: 0,
    });
    const cur = await loadCurrentRanking(db, w.yearId);
    expect(cur).toMatchObject({ live: false, snapshot: { id, status: "SIGNED_OFF", version: 1 } });
    expect(cur.ranking.rows[0].submittedAt).toBeInstanceOf(Date);
    // A second sign-off is refused while this one stands.
    await expect(ranking.signOff(w.leader, w.yearId, "Thủ trưởng 0")).rejects.toMatchObject({ key: "ranking.errors.signedOff" });
  });
});

describe("locked sheets", () => {
  it("refuse every write, and each refusal is logged", async () => {
    await allSubmitted();
    await ranking.signOff(w.leader, w.yearId, "Thủ trưởng 0");
    const s2 = await db.scoreSheet.findUniqueOrThrow({ where: { blocYearId_unitId: { blocYearId: w.yearId, unitId: w.units.u2 } } });
    const entries: EntryInput[] = [{ code: "1", points: 9, passed: null, note: "Sửa" }];
    await expect(saveSelf(w.member, w.yearId, w.units.u2, s2.version, entries)).rejects.toMatchObject({ key: "scoring.errors.locked" });
    await expect(scoring.submitSheet(w.member, s2.id, s2.version, "Thủ trưởng")).rejects.toMatchObject({ key: "scoring.errors.locked" });
    await expect(scoring.saveLayer(w.leader, s2.id, s2.version, "REVIEWED", entries)).rejects.toMatchObject({ key: "scoring.errors.locked" });
    await expect(scoring.saveLayer(w.board, s2.id, s2.version, "APPRAISED", entries)).rejects.toMatchObject({ key: "scoring.errors.locked" });
    await expect(scoring.returnSheet(w.board, s2.id, s2.version, "Trả lại")).rejects.toMatchObject({ key: "scoring.errors.locked" });
    await expect(scoring.assignReviewer(w.board, w.yearId, w.units.u2, w.units.u3)).rejects.toMatchObject({ key: "scoring.errors.locked" });
    await expect(
      scoring.addExtension(w.board, w.yearId, { unitId: w.units.u2, closesAt: new Date(Date.now() + 5 * DAY), reason: "Gia hạn" }),
    ).rejects.toMatchObject({
      key: "scoring.errors.locked",
    });
    const round = await db.scoringRound.findUniqueOrThrow({ where: { blocYearId: w.yearId } });
    await expect(scoring.setRound(w.board, w.yearId, { opensAt: round.opensAt, closesAt: new Date(Date.now() + 5 * DAY) })).rejects.toMatchObject({
      key: "scoring.errors.locked",
    });
    expect(await db.scoringRound.findUniqueOrThrow({ where: { blocYearId: w.yearId } })).toEqual(round);
    const pdf = new Uint8Array(Buffer.from("%PDF-1.4\n%%EOF\n"));
    await expect(evidence.uploadEvidence(w.member, s2, "1", { name: "minh-chung.pdf", bytes: pdf })).rejects.toMatchObject({ key: "scoring.errors.locked" });
    const refusals = await db.auditLog.findMany({
      where: { action: "score.refused_locked", userId: { in: [w.member.userId, w.leader.userId, w.board.userId] } },
    });
    const attempted = refusals.map((r) => (r.after as { attempted: string }).attempted).sort();
    expect(attempted).toEqual(
      [
        "evidence.upload",
        "round.extend",
        "round.update",
        "score.appraise",
        "score.assignReviewer",
        "score.return",
        "score.review",
        "score.self.save",
        "score.submit",
      ].sort(),
    );
    expect(refusals.find((r) => (r.after as { attempted: string }).attempted === "score.self.save")).toMatchObject({
      userId: w.member.userId,
      unitId: w.units.u2,
    });
    // Nothing changed.
    expect(await db.scoreEntry.count({ where: { sheetId: s2.id, layer: { not: "SELF" } } })).toBe(0);
  });

  it("no new sheet is made for a year whose ranking is signed off", async () => {
    await allSubmitted();
    await ranking.signOff(w.leader, w.yearId, "Thủ trưởng 0");
    const unit = await db.unit.create({ data: { code: `LATE-${w.yearId.slice(-6)}`, name: "Đơn vị vào sau", shortName: "Sau" } });
    await db.blocMember.create({ data: { blocYearId: w.yearId, unitId: unit.id, year: 2026 } });
    const late = await storedActor({ userId: `late-${unit.id}`, username: `late-${unit.id}`, role: "UNIT_OFFICER", unitId: unit.id, allBlocs: false });
    await expect(saveSelf(late, w.yearId, unit.id, 0, [])).rejects.toMatchObject({ key: "scoring.errors.locked" });
    expect(await db.scoreSheet.count({ where: { unitId: unit.id } })).toBe(0);
    expect((await loadCurrentRanking(db, w.yearId)).notRanked).toEqual([{ unitId: unit.id, unitName: "Đơn vị vào sau", status: null }]);
  });
});

describe("approval, return, reopen, publication", () => {
  it("return unlocks with the reason; approval after a new sign-off; reopen keeps the history", async () => {
    await allSubmitted();
    const first = await ranking.signOff(w.leader, w.yearId, "Thủ trưởng 0");
    current.session = w.leader;
    expect(await actions.approveRankingAction({ snapshotId: first.id, version: 1 })).toEqual({ ok: false, error: "errors.forbidden" });
    current.session = w.board;
    expect(await actions.setRankingPublicAction({ snapshotId: first.id, version: 1, isPublic: "on" })).toMatchObject({
      ok: false,
      error: "ranking.errors.notApproved",
    });
    expect(await actions.returnRankingAction({ snapshotId: first.id, version: 1, reason: "  " })).toMatchObject({ ok: false, error: "errors.validation" });
    expect(await actions.returnRankingAction({ snapshotId: first.id, version: 1, reason: "Đơn vị C chưa được thẩm định" })).toMatchObject({ ok: true });
    expect(await db.rankingSnapshot.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      status: "RETURNED",
      returnReason: "Đơn vị C chưa được thẩm định",
    });
    expect(await db.scoreSheet.count({ where: { blocYearId: w.yearId, lockedAt: { not: null } } })).toBe(0);
    expect((await loadCurrentRanking(db, w.yearId)).live).toBe(true);

    const second = await ranking.signOff(w.leader, w.yearId, "Thủ trưởng 0");
    expect(await actions.approveRankingAction({ snapshotId: second.id, version: 2 })).toMatchObject({ ok: false, error: "ranking.errors.stale" });
    expect(await actions.approveRankingAction({ snapshotId: second.id, version: 1 })).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await latest()).toMatchObject({ id: second.id, status: "APPROVED", approvedById: w.board.userId });
    expect(await db.scoreSheet.count({ where: { blocYearId: w.yearId, lockedAt: null } })).toBe(0);
    expect(await actions.setRankingPublicAction({ snapshotId: second.id, version: 2, isPublic: "on" })).toMatchObject({ ok: true });
    expect((await latest()).isPublic).toBe(true);

    current.session = w.leader;
    expect(await actions.reopenRankingAction({ snapshotId: second.id, version: 3, reason: "Sai sót" })).toEqual({ ok: false, error: "errors.forbidden" });
    current.session = w.board;
    expect(await actions.reopenRankingAction({ snapshotId: second.id, version: 3, reason: "Phát hiện sai sót điểm thưởng" })).toMatchObject({ ok: true });
    expect(await latest()).toMatchObject({ id: second.id, status: "REOPENED", reopenReason: "Phát hiện sai sót điểm thưởng", isPublic: false });
    expect(await db.scoreSheet.count({ where: { blocYearId: w.yearId, lockedAt: { not: null } } })).toBe(0);
    expect((await db.rankingSnapshot.findMany({ where: { blocYearId: w.yearId }, orderBy: { signedAt: "asc" } })).map((s) => s.status)).toEqual([
      "RETURNED",
      "REOPENED",
    ]);
    const audit = await db.auditLog.findMany({
      where: { entityType: "RankingSnapshot", entityId: { in: [first.id, second.id] } },
      orderBy: [{ at: "asc" }, { id: "asc" }],
      select: { action: true },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "rankingSnapshot.signOff",
      "rankingSnapshot.return",
      "rankingSnapshot.signOff",
      "rankingSnapshot.approve",
      "rankingSnapshot.publish",
      "rankingSnapshot.reopen",
    ]);
  });

  it("members see the ranking and the other sheets only once it is approved", async () => {
    await allSubmitted();
    const year = await yearCtx();
    const statusNow = async () => (await loadCurrentRanking(db, w.yearId)).snapshot?.status ?? null;
    expect(canViewRanking(w.member, year, await statusNow())).toBe(false);
    expect(canViewRanking(w.deputy, year, await statusNow())).toBe(true);
    await expect(getSheetView(w.member, year, w.units.u3)).rejects.toMatchObject({ key: "errors.notFound" });
    const { id } = await ranking.signOff(w.leader, w.yearId, "Thủ trưởng 0");
    expect(canViewRanking(w.member, year, await statusNow())).toBe(false);
    await expect(getSheetView(w.member, year, w.units.u3)).rejects.toMatchObject({ key: "errors.notFound" });
    await ranking.approveRanking(w.board, id, 1);
    expect(canViewRanking(w.member, year, await statusNow())).toBe(true);
    const view = await getSheetView(w.member, year, w.units.u3);
    expect(view).toMatchObject({ unitId: w.units.u3, can: { edit: false, submit: false, review: false } });
  });
});
