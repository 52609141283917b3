import "server-only";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { visibleBlocsWhere, visibleYearWhere } from "@/lib/blocs/policy";

// Reads of a bloc year's pledge, each within the caller's blocs (visibleBlocsWhere).

export async function getPledgeOfYear(session: AppSession, blocYearId: string) {
  return db.pledge.findFirst({
    where: { blocYear: visibleYearWhere(session, blocYearId) },
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
export async function previousPledgeYear(session: AppSession, blocId: string, year: number) {
  const source = await db.pledge.findFirst({
    where: { blocYear: { blocId, year: { lt: year }, bloc: visibleBlocsWhere(session) }, items: { some: {} } },
    orderBy: { blocYear: { year: "desc" } },
    select: { blocYear: { select: { year: true } } },
  });
  return source?.blocYear.year ?? null;
}

/** Member units with their heads: the signer's name and title default to the head's. */
export async function membersWithHeads(session: AppSession, blocYearId: string) {
  const rows = await db.blocMember.findMany({
    where: { blocYear: visibleYearWhere(session, blocYearId) },
    select: { unit: { select: { id: true, name: true, shortName: true, headName: true, headTitle: true } } },
  });
  return rows.map((r) => r.unit);
}

/** The year's conferences of every kind, latest first: a pledge may be signed at any of them (a mid-year review, say). */
export async function yearConferences(session: AppSession, blocYearId: string) {
  return db.conference.findMany({
    where: { blocYear: visibleYearWhere(session, blocYearId) },
    orderBy: { date: "desc" },
    select: { id: true, title: true, date: true, kind: true },
  });
}

/** The status of the year's pledge, or null when it has none (the conference page offers to sign at it). */
export async function pledgeStatusOfYear(session: AppSession, blocYearId: string) {
  return (await db.pledge.findFirst({ where: { blocYear: visibleYearWhere(session, blocYearId) }, select: { status: true } }))?.status ?? null;
}
