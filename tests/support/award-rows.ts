// Rows of the action permission matrix (tests/integration/action-permissions.test.ts) for award
// forms, quotas and proposals. Self-contained: a scratch bloc year of the Nội chính bloc (leader
// Sở Nội vụ = truongkhoi, deputy Sở Tư pháp = phokhoi) with an approved ranking and quotas is made
// on first use with plain database writes (no audit entries); each row then puts the proposal in
// the state it needs and calls the real action with its version.
import { db } from "@/lib/db";
import type { ActionResult } from "@/lib/actions/result";
import type { RankingSnapshotData } from "@/lib/ranking/types";
import * as awards from "@/lib/awards/actions";

type Input = Record<string, unknown>;
export type AwardRow = { name: string; run: (input: Input) => Promise<ActionResult<unknown>>; input: () => Input; allowed: string[] };

/** A hand-built approved-ranking payload: units in rank order, 100 − 5·i points, `failed` gates per unit. */
export function snapshotData(units: { id: string; name: string; rank?: number; failed?: string[] }[]): RankingSnapshotData {
  return {
    computedAt: new Date().toISOString(),
    rules: [],
    unresolvedTies: [],
    ballots: [],
    rows: units.map((u, i) => {
      const total = 100 - 5 * i;
      const failed = u.failed ?? [];
      return {
        unitId: u.id,
        unitName: u.name,
        totals: { standard: total, bonus: 0, deduction: 0, total },
        byGroup: [{ groupCode: "I", title: "Nhiệm vụ chung", standard: total, bonus: 0, deduction: 0, total }],
        gates: { passed: failed.length ? [] : ["G1"], failed, missing: [] },
        allGatesPassed: failed.length === 0,
        submittedAt: null,
        rank: u.rank ?? i + 1,
        shared: false,
        aboveSeparation: null,
        belowSeparation: null,
        sheetId: `sheet-${u.id}`,
        leaves: [],
      };
    }),
  };
}

const NC_BLOC = "bloc-noi-chinh-tinh";
// In rank order for the scratch ranking: Thanh tra first (the flag), Quân sự and Công an next.
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
const YEAR = 2037;
const SCRATCH = `year-noi-chinh-tinh-${YEAR}`;
const FLAG = "perm-award-flag";
const MERIT = "perm-award-merit";
const EDITED = "perm-award-edited";
const CLEARED = "perm-award-cleared";

// Board staff: the catalogue is theirs whatever their blocs; the Nội chính bloc is assigned to bantdkt.khoi.
const BOARD = ["admin", "bantdkt", "bantdkt.khoi"];
const LEADER = ["admin", "truongkhoi"];

let n = 0;

async function scratchYear() {
  if (await db.blocYear.findUnique({ where: { id: SCRATCH } })) return;
  await db.blocYear.create({ data: { id: SCRATCH, blocId: NC_BLOC, year: YEAR, leaderUnitId: "unit-nc-so-noi-vu", deputyUnitId: "unit-nc-so-tu-phap" } });
  await db.blocMember.createMany({ data: NC_MEMBERS.map((unitId) => ({ blocYearId: SCRATCH, year: YEAR, unitId })) });
  const forms = [
    { id: FLAG, code: "PERM-CO", name: "Cờ thi đua (kiểm thử quyền)", position: 0 },
    { id: MERIT, code: "PERM-BK", name: "Bằng khen (kiểm thử quyền)", position: 1 },
    { id: EDITED, code: "PERM-SUA", name: "Giấy khen (kiểm thử quyền)", position: 8 },
    { id: CLEARED, code: "PERM-XOA", name: "Danh hiệu (kiểm thử quyền)", position: 9 },
  ];
  await db.awardForm.createMany({ data: forms, skipDuplicates: true });
  await db.awardQuota.createMany({
    data: [
      { blocYearId: SCRATCH, awardFormId: FLAG, maxCount: 1 },
      { blocYearId: SCRATCH, awardFormId: MERIT, maxCount: 2 },
    ],
  });
  const units = await db.unit.findMany({ where: { id: { in: NC_MEMBERS } }, select: { id: true, name: true } });
  const ranked = NC_MEMBERS.map((id) => ({ id, name: units.find((u) => u.id === id)!.name }));
  await db.rankingSnapshot.create({
    data: { blocYearId: SCRATCH, status: "APPROVED", signerName: "Thủ trưởng Sở Nội vụ", approvedAt: new Date(), data: snapshotData(ranked) as never },
  });
}

type Status = "DRAFT" | "SUBMITTED" | "ACCEPTED" | "DECIDED";

/** A fresh proposal of the scratch year in `status`: Thanh tra for the flag, Quân sự and Công an for certificates. */
async function proposal(status: Status) {
  await scratchYear();
  await db.awardProposal.deleteMany({ where: { blocYearId: SCRATCH } });
  const decided =
    status === "DECIDED"
      ? { decisionNumber: "12/QĐ-UBND", decisionDate: new Date("2038-03-15T00:00:00Z"), decisionIssuer: "Chủ tịch UBND tỉnh", decidedAt: new Date() }
      : {};
  return db.awardProposal.create({
    data: {
      blocYearId: SCRATCH,
      status,
      ...decided,
      nominees: {
        create: [
          { unitId: NC_MEMBERS[0], awardFormId: FLAG, position: 0 },
          { unitId: NC_MEMBERS[1], awardFormId: MERIT, position: 1 },
          { unitId: NC_MEMBERS[2], awardFormId: MERIT, position: 2 },
        ],
      },
    },
    include: { nominees: { orderBy: { position: "asc" } } },
  });
}

// Markers in a row's input are replaced at run time; malformed input has none and passes through.
// blocYearId: "@scratch" the scratch year, "@fresh" the same without a proposal, "@cleared" with a
// quota to clear. proposalId "@STATUS", nomineeId "@STATUS:index": a fresh proposal in that status.
// id "@edited": the catalogue form the rows edit. awarded "@all": every nominee of the proposal.
const marker = (v: unknown) => (typeof v === "string" && v.startsWith("@") ? v.slice(1) : null);

async function resolve(input: Input): Promise<Input> {
  const out = { ...input };
  const year = marker(out.blocYearId);
  if (year || marker(out.id)) await scratchYear();
  if (year) out.blocYearId = SCRATCH;
  if (year === "fresh") await db.awardProposal.deleteMany({ where: { blocYearId: SCRATCH } });
  if (year === "cleared") {
    const key = { blocYearId_awardFormId: { blocYearId: SCRATCH, awardFormId: CLEARED } };
    await db.awardQuota.upsert({ where: key, create: { blocYearId: SCRATCH, awardFormId: CLEARED, percent: 10 }, update: {} });
  }
  if (marker(out.id) === "edited") out.id = EDITED;
  const byProposal = marker(out.proposalId);
  const byNominee = marker(out.nomineeId);
  if (byProposal || byNominee) {
    const [status, index] = (byProposal ?? byNominee)!.split(":");
    const p = await proposal(status as Status);
    if (byProposal) out.proposalId = p.id;
    if (byNominee) out.nomineeId = p.nominees[Number(index)].id;
    out.version = p.version;
    if (out.awarded === "@all") out.awarded = p.nominees.map((x) => x.id);
  }
  return out;
}

const run = (act: (input: never) => Promise<ActionResult<unknown>>) => async (input: Input) => act((await resolve(input)) as never);

export const awardRows: AwardRow[] = [
  {
    name: "createAwardForm",
    run: run(awards.createAwardFormAction),
    input: () => ({ code: `PERM-AW-${++n}`, name: "Hình thức thử", position: "20" }),
    allowed: BOARD,
  },
  {
    name: "updateAwardForm",
    run: run(awards.updateAwardFormAction),
    input: () => ({ id: "@edited", code: "PERM-SUA", name: `Giấy khen ${++n}`, position: "8" }),
    allowed: BOARD,
  },
  { name: "archiveAwardForm", run: run(awards.archiveAwardFormAction), input: () => ({ id: "@edited", archived: n++ % 2 === 0 }), allowed: BOARD },
  {
    name: "setQuota",
    run: run(awards.setQuotaAction),
    input: () => ({ blocYearId: "@scratch", awardFormId: FLAG, maxCount: "1", percent: "" }),
    allowed: BOARD,
  },
  { name: "clearQuota", run: run(awards.clearQuotaAction), input: () => ({ blocYearId: "@cleared", awardFormId: CLEARED }), allowed: BOARD },
  { name: "createProposal", run: run(awards.createProposalAction), input: () => ({ blocYearId: "@fresh" }), allowed: LEADER },
  {
    name: "addNominee",
    run: run(awards.addNomineeAction),
    input: () => ({ proposalId: "@DRAFT", unitId: NC_MEMBERS[3], awardFormId: MERIT }),
    allowed: LEADER,
  },
  { name: "removeNominee", run: run(awards.removeNomineeAction), input: () => ({ nomineeId: "@DRAFT:2" }), allowed: LEADER },
  { name: "moveNominee", run: run(awards.moveNomineeAction), input: () => ({ nomineeId: "@DRAFT:2", direction: "up" }), allowed: LEADER },
  { name: "submitProposal", run: run(awards.submitProposalAction), input: () => ({ proposalId: "@DRAFT", number: "" }), allowed: LEADER },
  { name: "acceptProposal", run: run(awards.acceptProposalAction), input: () => ({ proposalId: "@SUBMITTED" }), allowed: BOARD },
  {
    name: "returnProposal",
    run: run(awards.returnProposalAction),
    input: () => ({ proposalId: "@SUBMITTED", reason: "Thiếu báo cáo thành tích" }),
    allowed: BOARD,
  },
  {
    name: "decideProposal",
    run: run(awards.decideProposalAction),
    input: () => ({ proposalId: "@ACCEPTED", decisionNumber: "12/QĐ-UBND", decisionDate: "2038-03-15", decisionIssuer: "Chủ tịch UBND tỉnh", awarded: "@all" }),
    allowed: BOARD,
  },
  {
    name: "reopenProposal",
    run: run(awards.reopenProposalAction),
    input: () => ({ proposalId: "@DECIDED", reason: "Quyết định được đính chính" }),
    allowed: BOARD,
  },
];
