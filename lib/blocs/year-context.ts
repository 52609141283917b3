import { db, type Db, type Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { YearContext } from "@/lib/blocs/policy";

export type BlocYearContext = YearContext & { id: string; year: number };

/** The bloc year's columns a context is built from, for queries that read more beside it. */
export const yearContextSelect = { id: true, year: true, blocId: true, leaderUnitId: true, deputyUnitId: true, members: { select: { unitId: true } } } as const;

type YearContextRow = { id: string; year: number; blocId: string; leaderUnitId: string | null; deputyUnitId: string | null; members: { unitId: string }[] };

export function yearContextOf(by: YearContextRow): BlocYearContext {
  return {
    id: by.id,
    year: by.year,
    blocId: by.blocId,
    leaderUnitId: by.leaderUnitId,
    deputyUnitId: by.deputyUnitId,
    memberUnitIds: by.members.map((m) => m.unitId),
  };
}

/**
 * A bloc year as the permission checks need it, looked up on the server from its id:
 * ids from the browser prove nothing about which bloc they belong to.
 */
export async function loadYearContext(blocYearId: string, client: Db | Tx = db): Promise<BlocYearContext> {
  const by = await client.blocYear.findUnique({ where: { id: blocYearId }, select: yearContextSelect });
  if (!by) throw new NotFoundError();
  return yearContextOf(by);
}
