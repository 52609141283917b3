import "server-only";
import { db } from "@/lib/db";
import { toTree } from "@/lib/criteria/mapper";
import { treeMaxima } from "@/lib/criteria/tree";

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

// Reads for the templates pages: the caller is already checked by canManageTemplates.

/** Every template (with or without nodes), with its node count, standard total and last change. */
export async function listCriteriaTemplates() {
  const sets = await db.criteriaSet.findMany({
    where: { blocYearId: null },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    include: { nodes: true },
  });
  return sets.map((set) => ({
    id: set.id,
    name: set.name,
    updatedAt: set.updatedAt,
    count: set.nodes.length,
    standard: treeMaxima(toTree(set.nodes)).standard,
  }));
}

/** One template with its nodes in order, or null (a bloc year's set is not a template). */
export async function getCriteriaTemplate(id: string) {
  return db.criteriaSet.findFirst({
    where: { id, blocYearId: null },
    include: { nodes: { orderBy: [{ position: "asc" }, { id: "asc" }] } },
  });
}
