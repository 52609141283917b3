// Demo criteria sets and scoring rounds: the scoring sheet of docs/DOMAIN.md (a public HCMC board
// document), published, with the window open from mid-November to mid-December as in the typical
// year. Written only when the year has none.
import type { Prisma } from "../../lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;
type Kind = "STANDARD" | "BONUS" | "DEDUCTION" | "GATE";
export type Leaf = { code: string; title: string; kind: Kind; max: number | null; evidence?: boolean };

const YEAR = "year-noi-chinh-tinh-2026";
const SET = "criteria-noi-chinh-tinh-2026";

export const GROUPS: { code: string; title: string; leaves: Leaf[] }[] = [
  {
    code: "I",
    title: "Tổ chức phong trào thi đua",
    leaves: [
      { code: "1", title: "Chia cụm, khối; gửi đăng ký thi đua đúng hạn", kind: "STANDARD", max: 10, evidence: true },
      { code: "2", title: "Thực hiện nội dung giao ước, tham gia hoạt động cụm, khối", kind: "STANDARD", max: 10 },
      { code: "3", title: "Chương trình, kế hoạch phát động; hội nghị sơ kết, tổng kết", kind: "STANDARD", max: 20 },
      { code: "6", title: "Xây dựng mô hình, nhân rộng điển hình tiên tiến", kind: "STANDARD", max: 10 },
    ],
  },
  {
    code: "II",
    title: "Công tác khen thưởng, báo cáo và cải cách hành chính",
    leaves: [
      { code: "4", title: "Kiểm tra, tự kiểm tra công tác TĐKT, báo cáo đúng hạn", kind: "STANDARD", max: 10 },
      { code: "5", title: "Báo cáo sơ kết, tổng kết đúng hạn; dự họp đủ thành phần", kind: "STANDARD", max: 10 },
      { code: "7", title: "Khen thưởng đúng quy định, đúng thời gian, đủ hồ sơ", kind: "STANDARD", max: 20, evidence: true },
      { code: "8", title: "Ứng dụng công nghệ thông tin, cải cách hành chính", kind: "STANDARD", max: 10 },
    ],
  },
  {
    code: "III",
    title: "Điểm thưởng, điểm trừ và điều kiện",
    leaves: [
      { code: "B1", title: "Được tặng Cờ thi đua của tỉnh hoặc bộ, ngành trung ương", kind: "BONUS", max: 10, evidence: true },
      { code: "B2", title: "Được tặng Cờ thi đua của Chính phủ", kind: "BONUS", max: 15, evidence: true },
      { code: "D1", title: "Báo cáo chậm, thiếu hoặc sai", kind: "DEDUCTION", max: 5 },
      { code: "G1", title: "Nội bộ đoàn kết; tổ chức đảng, đoàn thể hoàn thành tốt nhiệm vụ", kind: "GATE", max: null },
    ],
  },
];

export type DemoSet = { blocYearId: string; setId: string; name: string; publishedAt: Date; evidence: boolean };

/** A published copy of the sheet; `evidence: false` for years scored before evidence files were kept in the app. */
export async function seedCriteriaSet(tx: Tx, d: DemoSet): Promise<boolean> {
  if (!(await tx.blocYear.findUnique({ where: { id: d.blocYearId }, select: { id: true } }))) return false;
  if (await tx.criteriaSet.findUnique({ where: { blocYearId: d.blocYearId }, select: { id: true } })) return false;
  await tx.criteriaSet.create({ data: { id: d.setId, blocYearId: d.blocYearId, name: d.name, status: "PUBLISHED", publishedAt: d.publishedAt } });
  for (const [gi, g] of GROUPS.entries()) {
    const groupId = `${d.setId}-${g.code}`;
    await tx.criterionNode.create({ data: { id: groupId, setId: d.setId, position: gi, code: g.code, title: g.title } });
    await tx.criterionNode.createMany({
      data: g.leaves.map((l, li) => ({
        id: `${d.setId}-${l.code}`,
        setId: d.setId,
        parentId: groupId,
        position: li,
        code: l.code,
        title: l.title,
        kind: l.kind,
        maxHundredths: l.max === null ? null : l.max * 100,
        evidenceRequired: d.evidence && (l.evidence ?? false),
      })),
    });
  }
  return true;
}

export async function seedRound(tx: Tx, blocYearId: string, opensAt: string, closesAt: string): Promise<void> {
  if (await tx.scoringRound.findUnique({ where: { blocYearId }, select: { id: true } })) return;
  await tx.scoringRound.create({ data: { id: `round-${blocYearId}`, blocYearId, opensAt: new Date(opensAt), closesAt: new Date(closesAt) } });
}

export async function seedCriteria(tx: Tx): Promise<void> {
  await seedCriteriaSet(tx, {
    blocYearId: YEAR,
    setId: SET,
    name: "Bảng tiêu chí chấm điểm thi đua năm 2026",
    publishedAt: new Date("2026-03-05T02:00:00Z"),
    evidence: true,
  });
  await seedRound(tx, YEAR, "2026-11-15T00:00:00+07:00", "2026-12-15T17:00:00+07:00");
}
