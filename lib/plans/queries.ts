import "server-only";
import { db } from "@/lib/db";

/** The plan of a bloc year the caller has already been allowed to see (getBlocYear), in order. */
export async function listPlanItems(blocYearId: string) {
  return db.planItem.findMany({
    where: { blocYearId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    include: { host: { select: { id: true, name: true, shortName: true } } },
  });
}
