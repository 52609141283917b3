import "server-only";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { visibleBlocsWhere } from "@/lib/blocs/policy";

const unitName = { select: { id: true, name: true, shortName: true } } as const;

/** The current year's blocs the caller may see, with leadership and size. */
export async function overviewFor(session: AppSession, year: number) {
  const [years, blocCount, unitCount] = await Promise.all([
    db.blocYear.findMany({
      where: { year, bloc: { AND: [visibleBlocsWhere(session), { archivedAt: null }] } },
      include: { bloc: { select: { id: true, name: true, kind: true } }, leader: unitName, deputy: unitName, _count: { select: { members: true } } },
    }),
    db.bloc.count({ where: { AND: [visibleBlocsWhere(session), { archivedAt: null }] } }),
    db.unit.count({ where: { archivedAt: null } }),
  ]);
  return { years, blocCount, unitCount };
}
