import "server-only";
import { db } from "@/lib/db";

// Reads for a bloc year the caller has already been allowed to see (getBlocYear).

export async function getPledgeOfYear(blocYearId: string) {
  return db.pledge.findUnique({
    where: { blocYearId },
    include: {
      items: { orderBy: [{ position: "asc" }, { id: "asc" }] },
      signatures: {
        orderBy: { signedAt: "asc" },
        include: { recordedBy: { select: { name: true } }, conference: { select: { title: true, date: true } } },
      },
    },
  });
}

/** The latest earlier year of the bloc whose pledge has items ("copy from last year"), or null. */
export async function previousPledgeYear(blocId: string, year: number) {
  const source = await db.pledge.findFirst({
    where: { blocYear: { blocId, year: { lt: year } }, items: { some: {} } },
    orderBy: { blocYear: { year: "desc" } },
    select: { blocYear: { select: { year: true } } },
  });
  return source?.blocYear.year ?? null;
}

/** Member units with their heads: the signer's name and title default to the head's. */
export async function membersWithHeads(blocYearId: string) {
  const rows = await db.blocMember.findMany({
    where: { blocYearId },
    select: { unit: { select: { id: true, name: true, shortName: true, headName: true, headTitle: true } } },
  });
  return rows.map((r) => r.unit);
}

/** The year's conferences of every kind, latest first: a pledge may be signed at any of them (a mid-year review, say). */
export async function yearConferences(blocYearId: string) {
  return db.conference.findMany({ where: { blocYearId }, orderBy: { date: "desc" }, select: { id: true, title: true, date: true, kind: true } });
}

/** The status of the year's pledge, or null when it has none (the conference page offers to sign at it). */
export async function pledgeStatusOfYear(blocYearId: string) {
  return (await db.pledge.findUnique({ where: { blocYearId }, select: { status: true } }))?.status ?? null;
}
