// Rows of the action permission matrix (tests/integration/action-permissions.test.ts) for giải
// trình. Self-contained: a scratch bloc year of the Nội chính bloc (leader Sở Nội vụ = truongkhoi)
// where Thanh tra tỉnh (donvi, thutruong) submitted a sheet whose leaf 1 the leader cut from 8 to 5,
// made with plain database writes (no audit entries). Before each call the row resets the window
// (open) and the explanation (none, or the unit's undecided explanation for a decision).
import { db } from "@/lib/db";
import type { ActionResult } from "@/lib/actions/result";
import * as explanations from "@/lib/explanations/actions";
import * as scoring from "@/lib/scoring/actions";

type Input = Record<string, unknown>;
export type ExplanationRow = { name: string; run: (input: Input) => Promise<ActionResult<unknown>>; input: () => Input; allowed: string[] };

const NC_BLOC = "bloc-noi-chinh-tinh";
const THANH_TRA = "unit-nc-thanh-tra-tinh";
const YEAR = 2032;
const SCRATCH = `year-noi-chinh-tinh-${YEAR}`;
const SET = `criteria-set-explanation-rows-${YEAR}`;
const SHEET = `sheet-explanation-rows-${YEAR}`;

const BOARD_ANY = ["admin", "bantdkt", "bantdkt.khoi"];

async function scratchYear() {
  if (await db.blocYear.findUnique({ where: { id: SCRATCH } })) return;
  await db.blocYear.create({ data: { id: SCRATCH, blocId: NC_BLOC, year: YEAR, leaderUnitId: "unit-nc-so-noi-vu", deputyUnitId: "unit-nc-so-tu-phap" } });
  await db.blocMember.createMany({
    data: [THANH_TRA, "unit-nc-so-noi-vu", "unit-nc-so-tu-phap"].map((unitId) => ({ blocYearId: SCRATCH, year: YEAR, unitId })),
  });
  await db.criteriaSet.create({ data: { id: SET, blocYearId: SCRATCH, name: "Bảng tiêu chí thử", status: "PUBLISHED", publishedAt: new Date() } });
  await db.criterionNode.create({ data: { id: `${SET}-1`, setId: SET, position: 0, code: "1", title: "Tiêu chí thử", kind: "STANDARD", maxHundredths: 1000 } });
  await db.scoringRound.create({ data: { blocYearId: SCRATCH, opensAt: new Date("2000-01-01T00:00:00Z"), closesAt: new Date("2001-01-01T00:00:00Z") } });
  await db.scoreSheet.create({
    data: { id: SHEET, blocYearId: SCRATCH, unitId: THANH_TRA, status: "SUBMITTED", submittedAt: new Date(), headApprovedBy: "Thủ trưởng" },
  });
  await db.scoreEntry.create({ data: { sheetId: SHEET, nodeId: `${SET}-1`, layer: "SELF", hundredths: 800 } });
  await db.scoreEntry.create({
    data: { sheetId: SHEET, nodeId: `${SET}-1`, layer: "REVIEWED", hundredths: 500, note: "Thiếu minh chứng", byName: "Trưởng khối" },
  });
}

/** The window open, the reviewed value 5 back in place, and the unit's undecided explanation when `explained`. */
async function reset(explained: boolean) {
  await scratchYear();
  await db.scoringRound.update({ where: { blocYearId: SCRATCH }, data: { explainOpenedAt: new Date(), explainUntil: new Date("2099-12-31T00:00:00Z") } });
  await db.scoreEntry.updateMany({ where: { sheetId: SHEET, layer: "REVIEWED" }, data: { hundredths: 500 } });
  await db.scoreExplanation.deleteMany({ where: { sheetId: SHEET } });
  if (explained) {
    await db.scoreExplanation.create({
      data: {
        sheetId: SHEET,
        leafCode: "1",
        answeredTo: { self: 8, standing: 5, layer: "reviewed" },
        accepted: false,
        text: "Đã có minh chứng",
        answeredAt: new Date(),
        answeredById: "user-donvi",
        answeredByName: "Vũ Thị Hoa",
      },
    });
  }
}

// Malformed input (no sheet id of ours) passes through untouched.
const prepared =
  (explained: boolean, run: (input: never) => Promise<ActionResult<unknown>>) =>
  async (input: Input): Promise<ActionResult<unknown>> => {
    if (input.sheetId === SHEET || input.blocYearId === SCRATCH) await reset(explained);
    return run(input as never);
  };

export const explanationRows: ExplanationRow[] = [
  {
    name: "openExplanations",
    run: prepared(false, explanations.openExplanationsAction),
    input: () => ({ blocYearId: SCRATCH, until: "2099-12-30T10:00" }),
    allowed: [...BOARD_ANY, "truongkhoi"],
  },
  {
    name: "answerExplanation",
    run: prepared(false, explanations.answerExplanationAction),
    input: () => ({ sheetId: SHEET, leafCode: "1", accepted: "explain", text: "Đã có minh chứng tại biên bản số 3" }),
    allowed: ["donvi", "thutruong"],
  },
  {
    // A reviewed score: the reviewer decides (the leader unit; an administrator holds every power); board staff only on an appraised one.
    name: "decideExplanation",
    run: prepared(true, explanations.decideExplanationAction),
    input: () => ({ sheetId: SHEET, leafCode: "1", decision: "KEEP", points: "", passed: "", reason: "Minh chứng không đủ" }),
    allowed: ["admin", "truongkhoi"],
  },
  {
    // Last: it changes the scratch year's reviewers (fair cross-review, lib/scoring/cross-review.ts).
    name: "confirmBalancedReview",
    run: prepared(false, scoring.confirmBalancedReviewAction),
    input: () => ({ blocYearId: SCRATCH }),
    allowed: [...BOARD_ANY, "truongkhoi"],
  },
];
