import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { visibleBlocsWhere } from "@/lib/blocs/policy";

const unitBrief = { select: { id: true, name: true, shortName: true } } as const;

/** The activities of a bloc year the caller may see, by date. */
export async function listActivities(session: AppSession, blocYearId: string) {
  return db.activity.findMany({
    where: { blocYearId, blocYear: { bloc: visibleBlocsWhere(session) } },
    orderBy: [{ date: "asc" }, { createdAt: "asc" }],
    include: { host: unitBrief, _count: { select: { participants: true } } },
  });
}

// Cached per request: a page's generateMetadata and the page itself share one read.
export const getActivity = cache(async (session: AppSession, blocYearId: string, activityId: string) => {
  return db.activity.findFirst({
    where: { id: activityId, blocYearId, blocYear: { bloc: visibleBlocsWhere(session) } },
    include: { host: unitBrief, participants: { include: { unit: unitBrief } } },
  });
});
