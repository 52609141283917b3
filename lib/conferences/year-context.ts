import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { YearContext } from "@/lib/blocs/policy";

export type BlocYearContext = YearContext & { blocYearId: string; year: number };

/**
 * The bloc year behind an id the browser sent, looked up on the server: its bloc, leader,
 * deputy and members are what permissions are checked against. Shared by conferences,
 * activities and attachments.
 */
export async function yearContextOf(blocYearId: string): Promise<BlocYearContext> {
  const by = await db.blocYear.findUnique({
    where: { id: blocYearId },
    select: { id: true, blocId: true, year: true, leaderUnitId: true, deputyUnitId: true, members: { select: { unitId: true } } },
  });
  if (!by) throw new NotFoundError();
  return {
    blocYearId: by.id,
    blocId: by.blocId,
    year: by.year,
    leaderUnitId: by.leaderUnitId,
    deputyUnitId: by.deputyUnitId,
    memberUnitIds: by.members.map((m) => m.unitId),
  };
}
