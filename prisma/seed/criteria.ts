// Demo criteria and scoring round for the Nội chính bloc in 2026: the scoring sheet of
// DOMAIN.md (a public HCMC board document), published, with the window open from mid-November
// to mid-December as in the typical year. Written only when the year has none.
import type { Prisma } from "../../lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;
type Kind = "STANDARD" | "BONUS" | "DEDUCTION" | "GATE";
type Leaf = { code: string; title: string; kind: Kind; max: number | null; evidence?: boolean };

const YEAR = "year-noi-chinh-tinh-2026";
const SET = "criteria-noi-chinh-tinh-2026";

const GROUPS: { code: string; title: string; leaves: Leaf[] }[] = [
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

export async function seedCriteria(tx: Tx): Promise<void> {
  const year = await tx.blocYear.findUnique({ where: { id: YEAR }, select: { id: true } });
  if (!year) return;
  if (!(await tx.criteriaSet.findUnique({ where: { blocYearId: YEAR }, select: { id: true } }))) {
    await tx.criteriaSet.create({
      data: { id: SET, blocYearId: YEAR, name: "Bảng tiêu chí chấm điểm thi đua năm 2026", status: "PUBLISHED", publishedAt: new Date("2026-03-05T02:00:00Z") },
    });
    for (const [gi, g] of GROUPS.entries()) {
      const groupId = `${SET}-${g.code}`;
      await tx.criterionNode.create({ data: { id: groupId, setId: SET, position: gi, code: g.code, title: g.title } });
      await tx.criterionNode.createMany({
        data: g.leaves.map((l, li) => ({
          id: `${SET}-${l.code}`,
          setId: SET,
          parentId: groupId,
          position: li,
          code: l.code,
          title: l.title,
          kind: l.kind,
          maxHundredths: l.max === null ? null : l.max * 100,
          evidenceRequired: l.evidence ?? false,
        })),
      });
    }
  }
  if (!(await tx.scoringRound.findUnique({ where: { blocYearId: YEAR }, select: { id: true } }))) {
    await tx.scoringRound.create({
      data: { id: `round-${YEAR}`, blocYearId: YEAR, opensAt: new Date("2026-11-15T00:00:00+07:00"), closesAt: new Date("2026-12-15T17:00:00+07:00") },
    });
  }
}
