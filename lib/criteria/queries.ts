import "server-only";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { visibleBlocsWhere, visibleYearWhere } from "@/lib/blocs/policy";
import { toTree } from "@/lib/criteria/mapper";
import { canViewTemplates } from "@/lib/criteria/policy";
import { treeMaxima } from "@/lib/criteria/tree";

/** The criteria set of a bloc year the caller may see, with its nodes in order; null otherwise. */
export async function getCriteriaSetOfYear(session: AppSession, blocYearId: string) {
  return db.criteriaSet.findFirst({
    where: { blocYear: visibleYearWhere(session, blocYearId) },
    include: { nodes: { orderBy: [{ position: "asc" }, { id: "asc" }] } },
  });
}

/** The latest earlier year of the bloc whose set has nodes ("copy from last year"), or null. */
export async function previousCriteriaYear(session: AppSession, blocId: string, year: number) {
  const source = await db.criteriaSet.findFirst({
    where: { blocYear: { blocId, year: { lt: year }, bloc: visibleBlocsWhere(session) }, nodes: { some: {} } },
    orderBy: { blocYear: { year: "desc" } },
    select: { blocYear: { select: { year: true } } },
  });
  return source?.blocYear?.year ?? null;
}

/** Templates kept by the board that have nodes (to copy from); empty for a caller who may not read them. */
export async function criteriaTemplates(session: AppSession) {
  if (!canViewTemplates(session)) return [];
  return db.criteriaSet.findMany({ where: { blocYearId: null, nodes: { some: {} } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** Every template (with or without nodes), with its node count, standard total and last change; empty for a caller who may not read them. */
export async function listCriteriaTemplates(session: AppSession) {
  if (!canViewTemplates(session)) return [];
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

/** One template with its nodes in order, or null (a bloc year's set is not a template, and a caller may not read them). */
export async function getCriteriaTemplate(session: AppSession, id: string) {
  if (!canViewTemplates(session)) return null;
  return db.criteriaSet.findFirst({
    where: { id, blocYearId: null },
    include: { nodes: { orderBy: [{ position: "asc" }, { id: "asc" }] } },
  });
}
