// The Nội chính bloc's finished years (2024, 2025): the ranking signed off by the leader's head,
// approved by the board, and the award decision recorded — the flag to the first unit, the
// certificates of merit to the next two. Built with the app's own ranking code from the seeded
// sheets, so the history reads exactly as a year run in the app. Written only when missing.
import type { Prisma } from "../../lib/generated/prisma/client";
import { liveRanking, loadRankingInputs, rankedSheets } from "../../lib/ranking/inputs";
import { snapshotData } from "../../lib/ranking/snapshot";
import { demoScoredYears } from "./scores";

type Tx = Prisma.TransactionClient;

const FINISHED = ["year-noi-chinh-tinh-2024", "year-noi-chinh-tinh-2025"];
const DECISION_NO: Record<number, string> = { 2024: "215/QĐ-UBND", 2025: "198/QĐ-UBND" };

async function formId(tx: Tx, code: string): Promise<string | null> {
  return (await tx.awardForm.findUnique({ where: { code }, select: { id: true } }))?.id ?? null;
}

async function finishYear(tx: Tx, blocYearId: string, year: number): Promise<void> {
  if (await tx.rankingSnapshot.findFirst({ where: { blocYearId }, select: { id: true } })) return;
  const by = await tx.blocYear.findUnique({ where: { id: blocYearId }, include: { leader: true, _count: { select: { members: true } } } });
  if (!by) return;
  const inputs = await loadRankingInputs(tx, blocYearId);
  const { ranking } = liveRanking(inputs);
  if (ranking.unresolvedTies.length > 0 || ranking.rows.length !== by._count.members) throw new Error(`Demo ranking of ${blocYearId} is not complete`);

  const signedAt = new Date(`${year}-12-22T09:00:00+07:00`);
  const approvedAt = new Date(`${year}-12-26T15:00:00+07:00`);
  const snapshot = await tx.rankingSnapshot.create({
    data: {
      id: `ranking-${blocYearId}`,
      blocYearId,
      status: "APPROVED",
      data: JSON.parse(JSON.stringify(snapshotData(inputs, ranking, await rankedSheets(tx, inputs, ranking), new Map(), new Map(), signedAt))),
      signedAt,
      signerName: by.leader?.headName ?? "Thủ trưởng đơn vị Trưởng khối",
      approvedAt,
    },
  });
  await tx.scoreSheet.updateMany({ where: { blocYearId }, data: { lockedAt: signedAt } });

  const flag = await formId(tx, "CO-TINH");
  const merit = await formId(tx, "BK-TINH");
  if (!flag || !merit) return;
  await tx.awardQuota.createMany({
    data: [
      { blocYearId, awardFormId: flag, maxCount: 1 },
      { blocYearId, awardFormId: merit, maxCount: 2 },
    ],
    skipDuplicates: true,
  });
  const [first, ...next] = ranking.rows;
  await reviewMeeting(tx, blocYearId, year, by, { flag, merit, first: first.unitId, next: next.slice(0, 2).map((r) => r.unitId) });
  await tx.awardProposal.create({
    data: {
      id: `proposal-${blocYearId}`,
      blocYearId,
      rankingId: snapshot.id,
      status: "DECIDED",
      number: year === 2024 ? "03" : "05",
      submittedAt: new Date(`${year}-12-28T10:00:00+07:00`),
      acceptedAt: new Date(`${year + 1}-01-08T10:00:00+07:00`),
      decisionNumber: DECISION_NO[year],
      decisionDate: new Date(`${year + 1}-01-20T00:00:00Z`),
      decisionIssuer: "Chủ tịch Ủy ban nhân dân tỉnh",
      decidedAt: new Date(`${year + 1}-01-20T10:00:00+07:00`),
      nominees: {
        create: [
          { unitId: first.unitId, awardFormId: flag, position: 0, awarded: true },
          ...next.slice(0, 2).map((r, i) => ({ unitId: r.unitId, awardFormId: merit, position: i + 1, awarded: true })),
        ],
      },
    },
  });
}

type Leader = { id: string; name: string; headName: string | null; headTitle: string | null } | null;

/**
 * The year-end review meeting (biên bản họp bình xét): every member present, the leader's head in
 * the chair, one vote per award form; and the numbers the minutes and the submission were issued
 * under (the bloc's register for the minutes, the leader unit's for its tờ trình).
 */
async function reviewMeeting(
  tx: Tx,
  blocYearId: string,
  year: number,
  by: { leader: Leader; _count: { members: number } },
  awards: { flag: string; merit: string; first: string; next: string[] },
) {
  const members = await tx.blocMember.findMany({ where: { blocYearId }, select: { unitId: true } });
  const present = by._count.members;
  const vote = (position: number, awardFormId: string, content: string, votesFor: number) => ({
    position,
    awardFormId,
    content,
    needsVote: true,
    votesFor,
    votesAgainst: present - votesFor,
    votesAbstain: 0,
    presentCount: present,
    memberCount: by._count.members,
  });
  await tx.conference.create({
    data: {
      id: `conf-review-${blocYearId}`,
      blocYearId,
      kind: "YEAR_END",
      title: `Hội nghị tổng kết và bình xét thi đua năm ${year}`,
      date: new Date(`${year}-12-20T08:00:00+07:00`),
      endedAt: new Date(`${year}-12-20T11:15:00+07:00`),
      venue: `Hội trường ${by.leader?.name ?? "đơn vị Trưởng khối"}`,
      hostUnitId: by.leader?.id ?? null,
      chairName: by.leader?.headName ?? null,
      chairTitle: by.leader?.headTitle ? `${by.leader.headTitle}, Trưởng khối` : "Trưởng khối",
      secretaryName: "Nguyễn Thu Trang",
      secretaryTitle: `Chuyên viên ${by.leader?.name ?? ""}`.trim(),
      attendance: { create: members.map(({ unitId }) => ({ unitId, status: "PRESENT" as const })) },
      decisions: {
        create: [
          vote(0, awards.flag, "Đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh", present),
          vote(1, awards.merit, "Đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", present - 1),
        ],
      },
    },
  });
  const bloc = await tx.blocYear.findUniqueOrThrow({ where: { id: blocYearId }, select: { blocId: true } });
  await tx.documentNumber.create({
    data: { issuerKey: `bloc:${bloc.blocId}`, symbol: "BB", year, number: 2, kind: "review-minutes", subjectId: `ranking-${blocYearId}` },
  });
  if (by.leader)
    await tx.documentNumber.create({
      data: {
        issuerKey: `unit:${by.leader.id}`,
        symbol: "TTr",
        year,
        number: year === 2024 ? 3 : 5,
        kind: "award-submission",
        subjectId: `proposal-${blocYearId}`,
      },
    });
}

export async function seedHistory(tx: Tx): Promise<void> {
  for (const y of demoScoredYears) if (FINISHED.includes(y.blocYearId)) await finishYear(tx, y.blocYearId, y.year);
}
