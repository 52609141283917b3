// Rows of the action permission matrix (tests/integration/action-permissions.test.ts) for giải
// trình. Self-contained: a scratch bloc year of the Nội chính bloc (leader Sở Nội vụ = truongkhoi)
// where Thanh tra tỉnh (donvi, thutruong) submitted a sheet whose leaf 1 the leader cut from 8 to 5,
// made with plain database writes (no audit entries). Before each call the row resets the window
// (open) and the explanation (none, or the unit's undecided explanation for a decision).
import { db } from "@/lib/db";
import type { ActionResult } from "@/lib/actions/result";
import * as explanations from "@/lib/explanations/actions";
import * as scoring from "@/lib/scoring/actions";
import * as evidence from "@/lib/evidence/actions";
import { newStoredName } from "@/lib/attachments/storage";

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
  await db.scoreSheet.update({ where: { id: SHEET }, data: { reviewFinishedAt: null, reviewFinishedBy: null } });
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

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

/** The sheet's current version, read after the reset (a stale one would be refused for another reason). */
const finishReview = async (input: Input) => {
  if (input.sheetId === SHEET) await reset(false);
  const version = (await db.scoreSheet.findUnique({ where: { id: SHEET }, select: { version: true } }))?.version ?? 0;
  return scoring.finishReviewAction({ ...input, version } as never);
};

/** The form the browser posts; the unit's undecided explanation in place. */
const uploadEvidence = async (input: Input) => {
  await reset(true);
  const form = new FormData();
  for (const [k, v] of Object.entries(input)) form.set(k, v instanceof Blob ? v : String(v));
  return evidence.uploadExplanationEvidenceAction(form);
};

/** A file on the unit's undecided explanation, made before each call ("fresh"); malformed input passes through. */
const deleteEvidence = async (input: Input) => {
  if (input.attachmentId !== "fresh") return evidence.deleteExplanationEvidenceAction(input as never);
  await reset(true);
  const explanation = await db.scoreExplanation.findFirstOrThrow({ where: { sheetId: SHEET } });
  const file = await db.attachment.create({
    data: {
      blocYearId: SCRATCH,
      ownerType: "explanation",
      explanationId: explanation.id,
      fileName: "bien-ban.pdf",
      storedName: newStoredName("pdf"),
      mimeType: "application/pdf",
      size: 1,
    },
  });
  return evidence.deleteExplanationEvidenceAction({ attachmentId: file.id });
};

export const explanationRows: ExplanationRow[] = [
  {
    // No reviewer assigned: the leader unit reviews; board staff may finish too; never the unit itself.
    name: "finishReview",
    run: finishReview,
    input: () => ({ sheetId: SHEET }),
    allowed: [...BOARD_ANY, "truongkhoi"],
  },
  {
    name: "uploadExplanationEvidence",
    run: uploadEvidence,
    input: () => ({ sheetId: SHEET, leafCode: "1", file: new File([PDF], "bien-ban-so-3.pdf") }),
    allowed: ["donvi", "thutruong"],
  },
  {
    name: "deleteExplanationEvidence",
    run: deleteEvidence,
    input: () => ({ attachmentId: "fresh" }),
    allowed: ["donvi", "thutruong"],
  },
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
