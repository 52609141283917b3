import "server-only";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { LATEST_SNAPSHOT_FIRST } from "@/lib/blocs/year-lock";
import { yearIdsOf } from "@/lib/blocs/year-ids";
import { openYearsWhere } from "@/lib/overview/policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TodoItem, YearFacts } from "@/lib/todo/facts";
import { pendingFor } from "@/lib/todo/pending";
import { isWaitedOn } from "@/lib/todo/policy";
import { ownUnitOf } from "@/lib/units/policy";

const NONE = "__none__";

/** A self-score entered: points or a pass/fail answer (a note alone leaves the leaf unscored). */
const SCORED_SELF: Prisma.ScoreEntryWhereInput = { layer: "SELF", OR: [{ hundredths: { not: null } }, { passed: { not: null } }] };

/**
 * The state of every bloc year still open for the caller, as the to-do needs it, in three
 * statements whatever the number of years, units and sheets: the years' ids, the years with their pledge,
 * criteria, window, ranking, proposal and the caller's own sheet (one query, relations joined),
 * and either the sheets the caller's unit may have to review (a unit officer) or the count of
 * reviewed sheets awaiting appraisal per year (everyone else). The query narrows; the policies
 * in lib/todo/pending.ts decide.
 */
export async function loadTodoFacts(session: AppSession, now = new Date()): Promise<YearFacts[]> {
  const unitId = ownUnitOf(session);
  const where = openYearsWhere(session, now);
  const unitOnly = { unitId: unitId ?? NONE };
  const [years, toReview, toAppraise] = await Promise.all([
    yearIdsOf(where).then((years) =>
      db.blocYear.findMany({
        where: years,
        select: {
          id: true,
          year: true,
          blocId: true,
          leaderUnitId: true,
          deputyUnitId: true,
          bloc: { select: { name: true } },
          // Only the caller's own unit, when a member: all the rules applied ask (YearFacts.year).
          members: { where: unitOnly, select: { unitId: true } },
          _count: { select: { members: true, sheets: { where: { status: "SUBMITTED" } } } },
          pledge: { select: { status: true, signatures: { where: unitOnly, select: { unitId: true } } } },
          criteriaSet: { select: { status: true, _count: { select: { nodes: { where: { kind: { not: null } } } } } } },
          round: {
            select: {
              opensAt: true,
              closesAt: true,
              extensions: { where: { OR: [{ unitId: null }, unitOnly] }, select: { unitId: true, closesAt: true } },
            },
          },
          rankings: { orderBy: LATEST_SNAPSHOT_FIRST, take: 1, select: { status: true } },
          proposal: { select: { status: true } },
          sheets: {
            where: unitOnly,
            select: { status: true, resubmitBy: true, lockedAt: true, _count: { select: { entries: { where: SCORED_SELF } } } },
          },
        },
      }),
    ),
    unitId
      ? db.scoreSheet.findMany({
          where: {
            blocYear: where,
            status: "SUBMITTED",
            lockedAt: null,
            unitId: { not: unitId },
            entries: { none: { layer: "REVIEWED" } },
            OR: [{ reviewerUnitId: unitId }, { reviewerUnitId: null, blocYear: { leaderUnitId: unitId } }],
          },
          select: { blocYearId: true, unitId: true, reviewerUnitId: true },
        })
      : Promise.resolve([]),
    unitId
      ? Promise.resolve([])
      : db.scoreSheet.groupBy({
          by: ["blocYearId"],
          where: { blocYear: where, status: "SUBMITTED", lockedAt: null, entries: { some: { layer: "REVIEWED" }, none: { layer: "APPRAISED" } } },
          _count: { _all: true },
        }),
  ]);
  const reviewBy = new Map<string, { unitId: string; reviewerUnitId: string | null }[]>();
  for (const s of toReview) reviewBy.set(s.blocYearId, [...(reviewBy.get(s.blocYearId) ?? []), { unitId: s.unitId, reviewerUnitId: s.reviewerUnitId }]);
  const appraiseBy = new Map(toAppraise.map((g) => [g.blocYearId, g._count._all]));
  return years.map((y): YearFacts => {
    const sheet = y.sheets[0] ?? null;
    return {
      year: {
        id: y.id,
        year: y.year,
        blocId: y.blocId,
        leaderUnitId: y.leaderUnitId,
        deputyUnitId: y.deputyUnitId,
        memberUnitIds: y.members.map((m) => m.unitId),
      },
      blocName: y.bloc.name,
      memberCount: y._count.members,
      submittedCount: y._count.sheets,
      pledge: y.pledge && { status: y.pledge.status, ownSigned: y.pledge.signatures.length > 0 },
      criteria: y.criteriaSet && { status: y.criteriaSet.status, leafCount: y.criteriaSet._count.nodes },
      round: y.round,
      rankingStatus: y.rankings[0]?.status ?? null,
      proposalStatus: y.proposal?.status ?? null,
      ownSheet: sheet && { status: sheet.status, resubmitBy: sheet.resubmitBy, locked: sheet.lockedAt !== null, scoredLeaves: sheet._count.entries },
      toReview: reviewBy.get(y.id) ?? [],
      toAppraise: appraiseBy.get(y.id) ?? 0,
    };
  });
}

/** What waits for the caller now across every open bloc year, most urgent first; null for whoever no work waits on (the list is not shown). */
export async function todoFor(session: AppSession, now = new Date()): Promise<TodoItem[] | null> {
  if (!isWaitedOn(session)) return null;
  return pendingFor(session, await loadTodoFacts(session, now), now);
}
