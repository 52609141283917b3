// Rows of the action permission matrix (tests/integration/action-permissions.test.ts) for the
// ranking. Self-contained: a scratch bloc year of the Nội chính bloc (leader Sở Nội vụ =
// truongkhoi, not its head; deputy Sở Tư pháp = phokhoi) where every member has a submitted
// sheet, made with plain database writes (no audit entries). Before each call the row puts the
// year in the state it needs: distinct totals, or Công an and Tòa án tied; no rules, ballots
// or snapshots, or one snapshot in the wanted status.
import { db } from "@/lib/db";
import type { ActionResult } from "@/lib/actions/result";
import * as ranking from "@/lib/ranking/actions";
import type { RankingSnapshotData } from "@/lib/ranking/types";

type Input = Record<string, unknown>;
export type RankingRow = { name: string; run: (input: Input) => Promise<ActionResult<unknown>>; input: () => Input; allowed: string[] };

const NC_BLOC = "bloc-noi-chinh-tinh";
const NC_MEMBERS = [
  "unit-nc-thanh-tra-tinh",
  "unit-nc-quan-su",
  "unit-nc-cong-an",
  "unit-nc-so-noi-vu",
  "unit-nc-so-tu-phap",
  "unit-nc-vien-kiem-sat",
  "unit-nc-toa-an",
  "unit-nc-thi-hanh-an",
];
const CONG_AN = "unit-nc-cong-an";
const TOA_AN = "unit-nc-toa-an";
const YEAR = 2033;
const SCRATCH = `year-noi-chinh-tinh-${YEAR}`;
const SET = `criteria-set-ranking-rows-${YEAR}`;

const BOARD_ANY = ["admin", "bantdkt", "bantdkt.khoi"];

async function scratchYear() {
  if (await db.blocYear.findUnique({ where: { id: SCRATCH } })) return;
  await db.blocYear.create({ data: { id: SCRATCH, blocId: NC_BLOC, year: YEAR, leaderUnitId: "unit-nc-so-noi-vu", deputyUnitId: "unit-nc-so-tu-phap" } });
  await db.blocMember.createMany({ data: NC_MEMBERS.map((unitId) => ({ blocYearId: SCRATCH, year: YEAR, unitId })) });
  await db.criteriaSet.create({ data: { id: SET, blocYearId: SCRATCH, name: "Bảng tiêu chí thử", status: "PUBLISHED", publishedAt: new Date() } });
  await db.criterionNode.create({ data: { id: `${SET}-1`, setId: SET, position: 0, code: "1", title: "Tiêu chí thử", kind: "STANDARD", maxHundredths: 1000 } });
  await db.criterionNode.create({ data: { id: `${SET}-g1`, setId: SET, position: 1, code: "G1", title: "Điều kiện thử", kind: "GATE" } });
  await db.scoringRound.create({ data: { blocYearId: SCRATCH, opensAt: new Date("2000-01-01T00:00:00Z"), closesAt: new Date("2099-12-31T10:00:00Z") } });
}

/** Every member submitted and unlocked, member i scoring i + 1 points (Công an and Tòa án both 5,5 when tied). */
async function reset(tied: boolean) {
  await scratchYear();
  await db.rankingSnapshot.deleteMany({ where: { blocYearId: SCRATCH } });
  await db.rankingBallot.deleteMany({ where: { blocYearId: SCRATCH } });
  await db.rankingRules.deleteMany({ where: { blocYearId: SCRATCH } });
  for (const [i, unitId] of NC_MEMBERS.entries()) {
    const s = await db.scoreSheet.upsert({
      where: { blocYearId_unitId: { blocYearId: SCRATCH, unitId } },
      create: { blocYearId: SCRATCH, unitId, status: "SUBMITTED", submittedAt: new Date("2033-11-20T03:00:00Z"), headApprovedBy: "Thủ trưởng" },
      update: { status: "SUBMITTED", lockedAt: null },
    });
    const hundredths = tied && (unitId === CONG_AN || unitId === TOA_AN) ? 550 : (i + 1) * 100;
    await db.scoreEntry.upsert({
      where: { sheetId_nodeId_layer: { sheetId: s.id, nodeId: `${SET}-1`, layer: "SELF" } },
      create: { sheetId: s.id, nodeId: `${SET}-1`, layer: "SELF", hundredths },
      update: { hundredths },
    });
    await db.scoreEntry.upsert({
      where: { sheetId_nodeId_layer: { sheetId: s.id, nodeId: `${SET}-g1`, layer: "SELF" } },
      create: { sheetId: s.id, nodeId: `${SET}-g1`, layer: "SELF", passed: true },
      update: {},
    });
  }
}

const EMPTY: RankingSnapshotData = { computedAt: "2033-12-01T00:00:00.000Z", rules: [], rows: [], unresolvedTies: [], ballots: [] };

// Markers in a row's input are replaced at run time; malformed input has none and passes through.
async function prepared(input: Input): Promise<Input> {
  if (input.blocYearId === SCRATCH) {
    await reset(input.unitIds !== undefined);
    if (input.version === "@rules") {
      await db.rankingRules.create({ data: { blocYearId: SCRATCH, rules: [{ kind: "moreBonus" }] } });
      return { ...input, version: 1 };
    }
    return input;
  }
  const status = typeof input.snapshotId === "string" && input.snapshotId.startsWith("@") ? input.snapshotId.slice(1) : null;
  if (status !== "SIGNED_OFF" && status !== "APPROVED") return input;
  await reset(false);
  const snap = await db.rankingSnapshot.create({
    data: { blocYearId: SCRATCH, status, data: EMPTY, signerName: "Lê Thị Thanh Hương", approvedAt: status === "APPROVED" ? new Date() : null },
  });
  return { ...input, snapshotId: snap.id, version: snap.version };
}

const row = (name: string, call: (input: never) => Promise<ActionResult<unknown>>, input: () => Input, allowed: string[]): RankingRow => ({
  name,
  run: async (i) => call((await prepared(i)) as never),
  input,
  allowed,
});

export const rankingRows: RankingRow[] = [
  row(
    "setRules",
    ranking.setRulesAction,
    () => ({ blocYearId: SCRATCH, version: 0, rules: [{ kind: "groupScore", groupCode: "1" }, { kind: "earlierSubmission" }] }),
    [...BOARD_ANY, "truongkhoi"],
  ),
  row("publishRules", ranking.publishRulesAction, () => ({ blocYearId: SCRATCH, version: "@rules" }), [...BOARD_ANY, "truongkhoi"]),
  row(
    "recordBallot",
    ranking.recordBallotAction,
    () => ({ blocYearId: SCRATCH, unitIds: [CONG_AN, TOA_AN], votes: ["5", "3"], presentCount: "8", conferenceId: "", note: "" }),
    [...BOARD_ANY, "truongkhoi"],
  ),
  // The leader unit's officer records its head's name; board staff never sign off.
  row("signOff", ranking.signOffAction, () => ({ blocYearId: SCRATCH, signerName: "Lê Thị Thanh Hương" }), ["truongkhoi"]),
  row("approveRanking", ranking.approveRankingAction, () => ({ snapshotId: "@SIGNED_OFF" }), BOARD_ANY),
  row("returnRanking", ranking.returnRankingAction, () => ({ snapshotId: "@SIGNED_OFF", reason: "Chưa thẩm định đủ" }), BOARD_ANY),
  row("reopenRanking", ranking.reopenRankingAction, () => ({ snapshotId: "@APPROVED", reason: "Phát hiện sai sót" }), BOARD_ANY),
  row("setRankingPublic", ranking.setRankingPublicAction, () => ({ snapshotId: "@APPROVED", isPublic: "on" }), BOARD_ANY),
];
