import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The ids of the bloc years a filter selects. A read that gathers many relations per year, or
 * counts sheets per year, takes these ids instead of the filter itself: given the filter (a
 * membership test), PostgreSQL built every open year's pledge, round, ranking and sheets, then
 * dropped the years the caller cannot see — 30 years' worth for an officer's one, 15–20 ms of its
 * time per home page on the province data set — and planned the membership test again in every
 * statement (docs/PERFORMANCE.md, "The home page's database time").
 */
export async function yearIdsOf(where: Prisma.BlocYearWhereInput): Promise<string[]> {
  const rows = await db.blocYear.findMany({ where, select: { id: true } });
  return rows.map((r) => r.id);
}
