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

/** The year's signing conferences, for recording a signature made there. */
export async function signingConferences(blocYearId: string) {
  return db.conference.findMany({ where: { blocYearId, kind: "SIGNING" }, orderBy: { date: "asc" }, select: { id: true, title: true, date: true } });
}
