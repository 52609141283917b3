import { db, type Db, type Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { YearContext } from "@/lib/blocs/policy";

export type BlocYearContext = YearContext & { id: string; year: number };

/**
 * A bloc year as the permission checks need it, looked up on the server from its id:
 * ids from the browser prove nothing about which bloc they belong to.
 */
export async function loadYearContext(blocYearId: string, client: Db | Tx = db): Promise<BlocYearContext> {
  const by = await client.blocYear.findUnique({
    where: { id: blocYearId },
    select: { id: true, year: true, blocId: true, leaderUnitId: true, deputyUnitId: true, members: { select: { unitId: true } } },
  });
  if (!by) throw new NotFoundError();
  return {
    id: by.id,
    year: by.year,
    blocId: by.blocId,
    leaderUnitId: by.leaderUnitId,
    deputyUnitId: by.deputyUnitId,
    memberUnitIds: by.members.map((m) => m.unitId),
  };
}
