// Rows of the action permission matrix (tests/integration/action-permissions.test.ts) for
// scoring. Self-contained: a scratch bloc year of the Nội chính bloc (leader Sở Nội vụ =
// truongkhoi, deputy Sở Tư pháp = phokhoi) with a published two-leaf criteria set and a wide
// open round is made on first use with plain database writes (no audit entries); each row
// then puts the sheet it needs in the wanted state and calls the real action with its version.
import { db } from "@/lib/db";
import type { ActionResult } from "@/lib/actions/result";
import * as scoring from "@/lib/scoring/actions";
import { newStoredName, writeStoredFile } from "@/lib/attachments/storage";
import * as evidence from "@/lib/evidence/actions";

type Input = Record<string, unknown>;
export type ScoringRow = { name: string; run: (input: Input) => Promise<ActionResult<unknown>>; input: () => Input; allowed: string[] };

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
const THANH_TRA = "unit-nc-thanh-tra-tinh"; // donvi, thutruong (head)
const CONG_AN = "unit-nc-cong-an";
const TOA_AN = "unit-nc-toa-an";
const YEAR = 2036;
const SCRATCH = `year-noi-chinh-tinh-${YEAR}`;
const SET = `criteria-set-scoring-rows-${YEAR}`;

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

/** The unit's sheet in the wanted status, fully self-scored (5 points, gate passed), reviewed by the leader; returns it. */
async function sheet(unitId: string, status: "DRAFT" | "SUBMITTED") {
  await scratchYear();
  const s = await db.scoreSheet.upsert({
    where: { blocYearId_unitId: { blocYearId: SCRATCH, unitId } },
    create: { blocYearId: SCRATCH, unitId, status },
    update: { status, reviewerUnitId: null, lockedAt: null },
  });
  await db.scoreEntry.createMany({
    data: [
      { sheetId: s.id, nodeId: `${SET}-1`, layer: "SELF", hundredths: 500 },
      { sheetId: s.id, nodeId: `${SET}-g1`, layer: "SELF", passed: true },
    ],
    skipDuplicates: true,
  });
  return s;
}

// Markers in a row's input ("@draft:unit"…) are replaced at run time; malformed input has none and passes through.
async function withSheet(input: Input) {
  const marker = typeof input.sheetId === "string" && input.sheetId.startsWith("@") ? input.sheetId.slice(1) : null;
  if (!marker) return input;
  const [status, unitId] = marker.split(":");
  const s = await sheet(unitId, status as "DRAFT" | "SUBMITTED");
  return { ...input, sheetId: s.id, version: s.version };
}

async function withDraftOf(input: Input) {
  if (input.version !== "@current") return input;
  const s = await sheet(input.unitId as string, "DRAFT");
  return { ...input, version: s.version };
}

async function withYear(input: Input) {
  if (input.blocYearId === SCRATCH) await scratchYear();
  return input;
}

const same = [{ code: "1", points: "5", passed: "", note: "Thống nhất" }];

const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");

/** Uploads go as FormData, like the browser sends them. */
async function uploadEvidence(input: Input) {
  const resolved = await withSheet(input);
  const form = new FormData();
  for (const [k, v] of Object.entries(resolved)) form.set(k, v instanceof Blob ? v : String(v));
  return evidence.uploadEvidenceAction(form);
}

/** "@fresh" becomes an evidence file on Thanh tra's draft sheet, written directly (no audit entry of its own). */
async function withEvidence(input: Input) {
  if (input.attachmentId !== "@fresh") return input;
  const s = await sheet(THANH_TRA, "DRAFT");
  const storedName = newStoredName("png");
  await writeStoredFile(storedName, new Uint8Array(PNG));
  const row = await db.attachment.create({
    data: {
      blocYearId: SCRATCH,
      ownerType: "evidence",
      sheetId: s.id,
      nodeId: `${SET}-1`,
      fileName: "minh-chung.png",
      storedName,
      mimeType: "image/png",
      size: PNG.byteLength,
    },
  });
  return { ...input, attachmentId: row.id };
}

export const scoringRows: ScoringRow[] = [
  {
    name: "setRound",
    run: async (i) => scoring.setRoundAction((await withYear(i)) as never),
    input: () => ({ blocYearId: SCRATCH, opensAt: "2000-01-01T07:00", closesAt: "2099-12-31T17:00" }),
    allowed: BOARD_ANY,
  },
  {
    name: "addExtension",
    run: async (i) => scoring.addExtensionAction((await withYear(i)) as never),
    input: () => ({ blocYearId: SCRATCH, unitId: CONG_AN, closesAt: "2100-06-30T17:00", reason: "Đơn vị xin gia hạn" }),
    allowed: BOARD_ANY,
  },
  {
    name: "saveSelf",
    run: async (i) => scoring.saveSelfAction((await withDraftOf(i)) as never),
    input: () => ({ blocYearId: SCRATCH, unitId: THANH_TRA, version: "@current", entries: [{ code: "1", points: "5,5", passed: "", note: "Giải trình" }] }),
    allowed: ["donvi", "thutruong"],
  },
  {
    name: "submitSheet",
    run: async (i) => scoring.submitSheetAction((await withSheet(i)) as never),
    input: () => ({ sheetId: `@DRAFT:${THANH_TRA}`, headApprovedBy: "Thủ trưởng Thanh tra tỉnh" }),
    allowed: ["donvi", "thutruong"],
  },
  {
    name: "returnSheet",
    run: async (i) => scoring.returnSheetAction((await withSheet(i)) as never),
    input: () => ({ sheetId: `@SUBMITTED:${CONG_AN}`, reason: "Thiếu giải trình" }),
    allowed: [...BOARD_ANY, "truongkhoi"],
  },
  {
    name: "returnSheet (with a resubmission deadline)",
    run: async (i) => scoring.returnSheetAction((await withSheet(i)) as never),
    input: () => ({ sheetId: `@SUBMITTED:${CONG_AN}`, reason: "Thiếu giải trình", resubmitBy: "2099-12-31" }),
    allowed: [...BOARD_ANY, "truongkhoi"],
  },
  {
    name: "saveLayer (review)",
    run: async (i) => scoring.saveLayerAction((await withSheet(i)) as never),
    input: () => ({ sheetId: `@SUBMITTED:${CONG_AN}`, layer: "REVIEWED", entries: same }),
    allowed: ["admin", "truongkhoi"],
  },
  {
    name: "saveLayer (appraisal)",
    run: async (i) => scoring.saveLayerAction((await withSheet(i)) as never),
    input: () => ({ sheetId: `@SUBMITTED:${CONG_AN}`, layer: "APPRAISED", entries: same }),
    allowed: BOARD_ANY,
  },
  {
    name: "assignReviewer",
    run: async (i) => scoring.assignReviewerAction((await withYear(i)) as never),
    input: () => ({ blocYearId: SCRATCH, unitId: CONG_AN, reviewerUnitId: TOA_AN }),
    allowed: [...BOARD_ANY, "truongkhoi"],
  },
  {
    name: "uploadEvidence",
    run: uploadEvidence,
    input: () => ({ sheetId: `@DRAFT:${THANH_TRA}`, code: "1", file: new File([PNG], "minh-chung.png") }),
    allowed: ["donvi", "thutruong"],
  },
  {
    name: "deleteEvidence",
    run: async (i) => evidence.deleteEvidenceAction((await withEvidence(i)) as never),
    input: () => ({ attachmentId: "@fresh" }),
    allowed: ["donvi", "thutruong"],
  },
];
