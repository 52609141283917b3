// Demo score sheets for years that reached the year-end: every member's self-score, submitted with
// the head's approval, and the leader's review (the leader's own sheet reviewed by the deputy).
// The Trung du cluster's 2026 sheets are ready for sign-off: two units tie on the total and the
// published rules separate them by group I; Sở Nội vụ Phú Thọ fails the gate G1. Written only
// when the year has no sheets.
import type { Prisma } from "../../lib/generated/prisma/client";
import { GROUPS, seedCriteriaSet, seedRound } from "./criteria";

type Tx = Prisma.TransactionClient;

/** Leaf values in sheet order: 1, 2, 3, 6 (group I), 4, 5, 7, 8 (group II), B1, B2, D1, G1. */
type Values = [number, number, number, number, number, number, number, number, number, number, number, boolean];
type Review = { code: string; value: number; reason: string };
export type DemoSheet = { unitId: string; values: Values; review?: Review[]; submittedAt: string };
export type DemoScoredYear = {
  blocYearId: string;
  year: number;
  round: [string, string];
  reviewerName: string;
  sheets: DemoSheet[];
  rulesPublishedAt: string;
};

const CODES = GROUPS.flatMap((g) => g.leaves.map((l) => l.code));
const TD = (k: string) => `unit-${k}-so-noi-vu`;
const NC = (k: string) => `unit-nc-${k}`;

// Sums: hb 96+2 → 98, reviewed −1 on leaf 3 → 97; bg and pt 95 each (group I 46 vs 44);
// tn 93; yb 91−1 = 90, reviewed −1 → 89; bk 88; tq 83−1 = 82.
const TD_2026: DemoScoredYear = {
  blocYearId: "year-cum-noi-vu-trung-du-mien-nui-2026",
  year: 2026,
  round: ["2026-11-01T00:00:00+07:00", "2026-11-20T17:00:00+07:00"],
  reviewerName: "Đặng Quốc Khánh",
  rulesPublishedAt: "2026-10-28T03:00:00Z",
  sheets: [
    {
      unitId: TD("hb"),
      values: [10, 10, 19, 9, 10, 10, 19, 9, 2, 0, 0, true],
      review: [{ code: "3", value: 18, reason: "Hội nghị sơ kết tổ chức chậm so với kế hoạch." }],
      submittedAt: "2026-11-12T08:30:00+07:00",
    },
    { unitId: TD("bg"), values: [9, 10, 18, 9, 10, 9, 19, 9, 2, 0, 0, true], submittedAt: "2026-11-14T10:00:00+07:00" },
    { unitId: TD("pt"), values: [9, 9, 18, 8, 10, 10, 19, 10, 2, 0, 0, false], submittedAt: "2026-11-13T15:20:00+07:00" },
    { unitId: TD("tn"), values: [9, 9, 18, 9, 9, 9, 18, 9, 3, 0, 0, true], submittedAt: "2026-11-15T09:00:00+07:00" },
    {
      unitId: TD("yb"),
      values: [9, 9, 17, 9, 9, 9, 18, 9, 2, 0, 1, true],
      review: [{ code: "8", value: 8, reason: "Chưa triển khai dịch vụ công trực tuyến toàn trình." }],
      submittedAt: "2026-11-18T16:45:00+07:00",
    },
    { unitId: TD("bk"), values: [8, 9, 17, 8, 9, 9, 17, 9, 2, 0, 0, true], submittedAt: "2026-11-19T11:10:00+07:00" },
    { unitId: TD("tq"), values: [8, 8, 17, 8, 9, 8, 17, 8, 0, 0, 1, true], submittedAt: "2026-11-20T14:00:00+07:00" },
  ],
};

// The Nội chính bloc's two previous years, for the units' results across years.
const ncYear = (year: number, reviewerName: string, order: string[]): DemoScoredYear => ({
  blocYearId: `year-noi-chinh-tinh-${year}`,
  year,
  round: [`${year}-11-15T00:00:00+07:00`, `${year}-12-15T17:00:00+07:00`],
  reviewerName,
  rulesPublishedAt: `${year}-03-05T02:00:00Z`,
  sheets: order.map((unitId, i) => ({
    unitId,
    values: [
      10 - (i % 2),
      10 - (i % 3 === 0 ? 1 : 0),
      19 - Math.floor(i / 2),
      i === 3 ? 10 : 9,
      10 - (i % 2),
      9,
      19 - Math.floor(i / 3),
      9,
      i < 2 ? 3 - i : 0,
      0,
      i === 7 ? 1 : 0,
      true,
    ],
    review: i === 2 ? [{ code: "7", value: 17, reason: "Hồ sơ khen thưởng nộp chậm một đợt." }] : undefined,
    submittedAt: `${year}-12-0${1 + (i % 8)}T09:00:00+07:00`,
  })),
});

export const demoScoredYears: DemoScoredYear[] = [
  ncYear(2024, "Nguyễn Đức Thắng", [
    NC("cong-an"),
    NC("thanh-tra-tinh"),
    NC("vien-kiem-sat"),
    NC("quan-su"),
    NC("so-noi-vu"),
    NC("toa-an"),
    NC("so-tu-phap"),
    NC("thi-hanh-an"),
  ]),
  ncYear(2025, "Trần Quốc Hùng", [
    NC("thanh-tra-tinh"),
    NC("quan-su"),
    NC("so-noi-vu"),
    NC("cong-an"),
    NC("toa-an"),
    NC("vien-kiem-sat"),
    NC("thi-hanh-an"),
    NC("so-tu-phap"),
  ]),
  TD_2026,
];

const entry = (
  sheetId: string,
  setId: string,
  code: string,
  layer: "SELF" | "REVIEWED",
  value: number | boolean,
  byName: string,
  at: Date,
  note: string | null,
) => ({
  sheetId,
  nodeId: `${setId}-${code}`,
  layer,
  hundredths: typeof value === "number" ? value * 100 : null,
  passed: typeof value === "boolean" ? value : null,
  note,
  byName,
  at,
});

async function seedYearScores(tx: Tx, y: DemoScoredYear): Promise<void> {
  const year = await tx.blocYear.findUnique({ where: { id: y.blocYearId }, include: { leader: true, deputy: true } });
  if (!year) return;
  const setId = `criteria-${y.blocYearId.replace(/^year-/, "")}`;
  await seedCriteriaSet(tx, {
    blocYearId: y.blocYearId,
    setId,
    name: `Bảng tiêu chí chấm điểm thi đua năm ${y.year}`,
    publishedAt: new Date(y.rulesPublishedAt),
    evidence: false,
  });
  await seedRound(tx, y.blocYearId, ...y.round);
  if (!(await tx.rankingRules.findUnique({ where: { blocYearId: y.blocYearId }, select: { id: true } }))) {
    const rules = [{ kind: "groupScore", groupCode: "I" }, { kind: "fewerDeduction" }, { kind: "moreBonus" }, { kind: "ballot" }];
    await tx.rankingRules.create({ data: { blocYearId: y.blocYearId, rules, publishedAt: new Date(y.rulesPublishedAt) } });
  }
  if ((await tx.scoreSheet.count({ where: { blocYearId: y.blocYearId } })) > 0) return;

  const units = await tx.unit.findMany({ where: { id: { in: y.sheets.map((s) => s.unitId) } }, select: { id: true, headName: true } });
  const headOf = new Map(units.map((u) => [u.id, u.headName ?? "Thủ trưởng đơn vị"]));
  for (const s of y.sheets) {
    const sheetId = `sheet-${y.blocYearId}-${s.unitId}`;
    const submittedAt = new Date(s.submittedAt);
    const reviewedAt = new Date(submittedAt.getTime() + 2 * 24 * 3600 * 1000);
    const ownSheet = s.unitId === year.leaderUnitId;
    const reviewer = ownSheet ? (year.deputy?.headName ?? "Phó trưởng khối") : y.reviewerName;
    await tx.scoreSheet.create({
      data: {
        id: sheetId,
        blocYearId: y.blocYearId,
        unitId: s.unitId,
        status: "SUBMITTED",
        reviewerUnitId: ownSheet ? year.deputyUnitId : null,
        headApprovedBy: headOf.get(s.unitId),
        submittedAt,
        // Every leaf is reviewed below: the reviewer finished the review that day.
        reviewFinishedAt: reviewedAt,
        reviewFinishedBy: reviewer,
      },
    });
    const reviews = new Map((s.review ?? []).map((r) => [r.code, r]));
    await tx.scoreEntry.createMany({
      data: CODES.flatMap((code, i) => {
        const self = s.values[i];
        const r = reviews.get(code);
        return [
          entry(sheetId, setId, code, "SELF", self, headOf.get(s.unitId)!, submittedAt, null),
          entry(sheetId, setId, code, "REVIEWED", r ? r.value : self, reviewer, reviewedAt, r ? r.reason : null),
        ];
      }),
    });
  }
}

export async function seedScores(tx: Tx): Promise<void> {
  for (const y of demoScoredYears) await seedYearScores(tx, y);
}
