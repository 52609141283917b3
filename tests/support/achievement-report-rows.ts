// Rows of the action permission matrix (tests/integration/action-permissions.test.ts) for the
// achievement report (lib/achievement-reports). A scratch NC 2031 year with the demo members;
// each call saves the caller's own unit's text over the version it has now.
import { db } from "@/lib/db";
import { getSession } from "@/lib/auth/session";
import type { ActionResult } from "@/lib/actions/result";
import * as reports from "@/lib/achievement-reports/actions";

type Input = Record<string, unknown>;
export type AchievementReportRow = { name: string; run: (input: Input) => Promise<ActionResult<unknown>>; input: () => Input; allowed: string[] };

const NC_BLOC = "bloc-noi-chinh-tinh";
const SCRATCH_YEAR = 2031;
const SCRATCH = `year-noi-chinh-tinh-${SCRATCH_YEAR}`;
const NC_MEMBERS = ["unit-nc-thanh-tra-tinh", "unit-nc-quan-su", "unit-nc-cong-an", "unit-nc-so-noi-vu", "unit-nc-so-tu-phap", "unit-nc-vien-kiem-sat"];
// Officers of member units write their own: Thanh tra (donvi, thutruong), Sở Nội vụ, Sở Tư pháp.
const WRITERS = ["donvi", "thutruong", "truongkhoi", "phokhoi"];

async function scratchYear() {
  if (await db.blocYear.findUnique({ where: { id: SCRATCH } })) return;
  await db.blocYear.create({
    data: { id: SCRATCH, blocId: NC_BLOC, year: SCRATCH_YEAR, leaderUnitId: "unit-nc-so-noi-vu", deputyUnitId: "unit-nc-so-tu-phap" },
  });
  await db.blocMember.createMany({ data: NC_MEMBERS.map((unitId) => ({ blocYearId: SCRATCH, year: SCRATCH_YEAR, unitId })) });
}

/** The version of the caller's own unit's report now (0 before the first save). */
async function ownVersion() {
  await scratchYear();
  const unitId = (await getSession())?.unitId;
  if (!unitId) return 0;
  const row = await db.achievementReport.findUnique({ where: { blocYearId_unitId: { blocYearId: SCRATCH, unitId } }, select: { version: true } });
  return row?.version ?? 0;
}

export const achievementReportRows: AchievementReportRow[] = [
  {
    name: "saveAchievementReport",
    // "@scratch" is replaced at run time; malformed input has none and passes through.
    run: async (input) =>
      reports.saveAchievementReportAction((input.blocYearId === "@scratch" ? { ...input, blocYearId: SCRATCH, version: await ownVersion() } : input) as never),
    input: () => ({
      blocYearId: "@scratch",
      situation: "Trụ sở tại trung tâm tỉnh; 45 công chức.",
      duties: "Tham mưu quản lý nhà nước trong lĩnh vực được giao.",
      results: "Hoàn thành 100% kế hoạch năm.",
      causes: "Đoàn kết, chủ động.",
      lessons: "Bám sát kế hoạch.",
    }),
    allowed: WRITERS,
  },
];
