import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { visibleBlocsWhere } from "@/lib/blocs/policy";

const hostBrief = { select: { id: true, name: true, shortName: true } } as const;

/** The conferences of a bloc year the caller may see, by date. */
export async function listConferences(session: AppSession, blocYearId: string) {
  return db.conference.findMany({
    where: { blocYearId, blocYear: { bloc: visibleBlocsWhere(session) } },
    orderBy: [{ date: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      kind: true,
      title: true,
      date: true,
      venue: true,
      host: hostBrief,
      attendance: { select: { unitId: true, status: true } },
      _count: { select: { decisions: true } },
    },
  });
}

/**
 * One conference of that bloc year with everything its page shows; null when not visible.
 * Cached per request: a page's generateMetadata and the page itself share one read.
 */
export const getConference = cache(async (session: AppSession, blocYearId: string, conferenceId: string) => {
  const [conference, awardForms] = await Promise.all([
    db.conference.findFirst({
      where: { id: conferenceId, blocYearId, blocYear: { bloc: visibleBlocsWhere(session) } },
      include: {
        host: hostBrief,
        guests: { orderBy: { position: "asc" } },
        attendance: true,
        decisions: { orderBy: { position: "asc" }, include: { awardForm: { select: { id: true, name: true } } } },
      },
    }),
    // What a vote may be on: the award forms of the catalogue (the review minutes print the vote per form).
    db.awardForm.findMany({ where: { archivedAt: null }, orderBy: { position: "asc" }, select: { id: true, name: true } }),
  ]);
  return conference && { ...conference, awardForms };
});
