import "server-only";
import { db } from "@/lib/db";

// Reads for a bloc year the caller has already been allowed to see (getBlocYear).

export async function getCriteriaSetOfYear(blocYearId: string) {
  return db.criteriaSet.findUnique({
    where: { blocYearId },
    include: { nodes: { orderBy: [{ position: "asc" }, { id: "asc" }] } },
  });
}

/** The latest earlier year of the bloc whose set has nodes ("copy from last year"), or null. */
export async function previousCriteriaYear(blocId: string, year: number) {
  const source = await db.criteriaSet.findFirst({
    where: { blocYear: { blocId, year: { lt: year } }, nodes: { some: {} } },
    orderBy: { blocYear: { year: "desc" } },
    select: { blocYear: { select: { year: true } } },
  });
  return source?.blocYear?.year ?? null;
}

/** Templates kept by the board that have nodes. */
export async function criteriaTemplates() {
  return db.criteriaSet.findMany({ where: { blocYearId: null, nodes: { some: {} } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
