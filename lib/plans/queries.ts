import "server-only";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { visibleYearWhere } from "@/lib/blocs/policy";

/** The plan of a bloc year the caller may see, in order; empty otherwise. */
export async function listPlanItems(session: AppSession, blocYearId: string) {
  return db.planItem.findMany({
    where: { blocYear: visibleYearWhere(session, blocYearId) },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    include: { host: { select: { id: true, name: true, shortName: true } } },
  });
}
