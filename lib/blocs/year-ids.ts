import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The bloc years a filter selects, as a filter on their ids. A read that gathers many relations
 * per year takes this instead of the filter itself: given the filter (a membership test), PostgreSQL
 * built every open year's pledge, round, ranking and sheets, then dropped the years the caller
 * cannot see — 30 years' worth for an officer's one, 15–20 ms of its time per home page on the
 * province data set (docs/PERFORMANCE.md, "The home page's database time").
 */
export async function yearIdsOf(where: Prisma.BlocYearWhereInput): Promise<Prisma.BlocYearWhereInput> {
  const rows = await db.blocYear.findMany({ where, select: { id: true } });
  return { id: { in: rows.map((r) => r.id) } };
}
