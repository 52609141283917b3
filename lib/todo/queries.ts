import "server-only";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { LATEST_SNAPSHOT_FIRST } from "@/lib/blocs/year-lock";
import { openYearIdsOf } from "@/lib/overview/open-years";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TodoItem, YearFacts } from "@/lib/todo/facts";
import { mayAnswerReview } from "@/lib/explanations/rules";
import { disputedCount, undecidedOnLayer, UNDECIDED } from "@/lib/todo/explanation-facts";
import { pendingFor } from "@/lib/todo/pending";
import { isWaitedOn } from "@/lib/todo/policy";
import { ownUnitOf } from "@/lib/units/policy";

const NONE = "__none__";

/** A self-score entered: points or a pass/fail answer (a note alone leaves the leaf unscored). */
const SCORED_SELF: Prisma.ScoreEntryWhereInput = { layer: "SELF", OR: [{ hundredths: { not: null } }, { passed: { not: null } }] };

/** A score entry as the own sheet's disputed leaves are counted from (lib/todo/explanation-facts.ts). */
const ENTRY_SELECT = { layer: true, hundredths: true, passed: true, node: { select: { code: true } } } as const;

/**
 * The state of every bloc year still open for the caller, as the to-do needs it, in three
 * statements whatever the number of years, units and sheets: the years' ids (shared with the home
 * page's overview, lib/overview/open-years.ts), the years with their
 * pledge, criteria, window, ranking, proposal, registration, signing conferences and the caller's
 * own sheet (one query, relations joined), and either the sheets the caller's unit may have to
 * review, finish or decide answers on (a unit officer) or the count of reviewed sheets awaiting
 * appraisal per year (everyone else); then, only while the unit may answer its review, its sheets'
 * disputed leaves. The query narrows; the policies in lib/todo/pending.ts decide.
 */
export async function loadTodoFacts(session: AppSession, now = new Date()): Promise<YearFacts[]> {
  const unitId = ownUnitOf(session);
  const ids = await openYearIdsOf(session, now);
  const inYears = { blocYearId: { in: ids } };
  const unitOnly = { unitId: unitId ?? NONE };
  // The `sheets` relation: a unit's own sheet; for anyone else, the sheets whose answers to an
  // appraised score wait for the board's decision (few, so their rows cost nothing).
  const sheetsWhere: Prisma.ScoreSheetWhereInput = unitId
    ? unitOnly
    : { status: "SUBMITTED", lockedAt: null, explanations: { some: { ...UNDECIDED, answeredTo: { path: ["layer"], equals: "appraised" } } } };
  const [years, toReview, toAppraise] = await Promise.all([
    db.blocYear.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        year: true,
        blocId: true,
        leaderUnitId: true,
        deputyUnitId: true,
        registrationDueAt: true,
        bloc: { select: { name: true } },
        // Only the caller's own unit, when a member: all the rules applied ask (YearFacts.year).
        members: { where: unitOnly, select: { unitId: true } },
        _count: { select: { members: true, sheets: { where: { status: "SUBMITTED" } }, registrations: { where: { status: "SUBMITTED" } } } },
        pledge: { select: { status: true, signatures: { where: unitOnly, select: { unitId: true } } } },
        criteriaSet: { select: { status: true, _count: { select: { nodes: { where: { kind: { not: null } } } } } } },
        round: {
          select: {
            opensAt: true,
            closesAt: true,
            explainOpenedAt: true,
            explainUntil: true,
            extensions: { where: { OR: [{ unitId: null }, unitOnly] }, select: { unitId: true, closesAt: true } },
          },
        },
        rankings: { orderBy: LATEST_SNAPSHOT_FIRST, take: 1, select: { status: true } },
        proposal: { select: { status: true } },
        registrations: { where: unitOnly, select: { status: true, returnReason: true } },
        conferences: { where: { kind: "SIGNING" }, orderBy: { date: "asc" }, select: { id: true, registrationsAnnouncedAt: true } },
        sheets: {
          where: sheetsWhere,
          select: {
            status: true,
            resubmitBy: true,
            lockedAt: true,
            id: true,
            _count: { select: { entries: { where: SCORED_SELF } } },
          },
        },
      },
    }),
    unitId
      ? db.scoreSheet.findMany({
          where: {
            ...inYears,
            status: "SUBMITTED",
            lockedAt: null,
            unitId: { not: unitId },
            OR: [{ reviewerUnitId: unitId }, { reviewerUnitId: null, blocYear: { leaderUnitId: unitId } }],
            AND: [{ OR: [{ reviewFinishedAt: null }, { explanations: { some: UNDECIDED } }] }],
          },
          select: {
            blocYearId: true,
            unitId: true,
            reviewerUnitId: true,
            reviewFinishedAt: true,
            _count: { select: { entries: { where: { layer: "REVIEWED" } } } },
            explanations: { where: UNDECIDED, select: { answeredTo: true } },
          },
        })
      : Promise.resolve([]),
    unitId
      ? Promise.resolve([])
      : db.scoreSheet.groupBy({
          by: ["blocYearId"],
          where: { ...inYears, status: "SUBMITTED", lockedAt: null, entries: { some: { layer: "REVIEWED" }, none: { layer: "APPRAISED" } } },
          _count: { _all: true },
        }),
  ]);
  const reviewBy = new Map<string, YearFacts["toReview"]>();
  for (const s of toReview) {
    const row = {
      unitId: s.unitId,
      reviewerUnitId: s.reviewerUnitId,
      reviewed: s._count.entries > 0,
      finished: s.reviewFinishedAt !== null,
      undecided: undecidedOnLayer(s.explanations, "reviewed"),
    };
    reviewBy.set(s.blocYearId, [...(reviewBy.get(s.blocYearId) ?? []), row]);
  }
  const appraiseBy = new Map(toAppraise.map((g) => [g.blocYearId, g._count._all]));
  const unanswered = await unansweredLeaves(
    unitId
      ? years
          .filter((y) => mayAnswerReview(y.sheets[0] && { status: y.sheets[0].status, locked: y.sheets[0].lockedAt !== null }, y.round, now))
          .map((y) => y.sheets[0].id)
      : [],
  );
  return years.map((y): YearFacts => {
    const sheet = unitId ? (y.sheets[0] ?? null) : null;
    const own = y.registrations[0] ?? null;
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
      ownSheet: sheet && {
        status: sheet.status,
        resubmitBy: sheet.resubmitBy,
        locked: sheet.lockedAt !== null,
        scoredLeaves: sheet._count.entries,
        unanswered: unanswered.get(sheet.id) ?? 0,
      },
      toReview: reviewBy.get(y.id) ?? [],
      toAppraise: appraiseBy.get(y.id) ?? 0,
      boardDecisions: unitId ? 0 : y.sheets.length,
      registration: {
        dueAt: y.registrationDueAt,
        own: own && { status: own.status, returned: own.status === "DRAFT" && !!own.returnReason },
        submittedCount: y._count.registrations,
        signingConferenceId: y.conferences[0]?.id ?? null,
        announced: y.conferences.some((c) => c.registrationsAnnouncedAt !== null),
      },
    };
  });
}

/**
 * The disputed leaves each sheet has not answered, read apart from the years: a sheet's layers are
 * 60–200 rows, needed only while its unit may answer, and joined into the years' query they were
 * most of its cost on every home page.
 */
async function unansweredLeaves(sheetIds: string[]): Promise<Map<string, number>> {
  if (sheetIds.length === 0) return new Map();
  const sheets = await db.scoreSheet.findMany({
    where: { id: { in: sheetIds } },
    select: {
      id: true,
      entries: { where: { layer: { in: ["SELF", "REVIEWED", "APPRAISED"] } }, select: ENTRY_SELECT },
      explanations: { select: { leafCode: true } },
    },
  });
  return new Map(sheets.map((s) => [s.id, disputedCount(s.entries, s.explanations)]));
}

/** What waits for the caller now across every open bloc year, most urgent first; null for whoever no work waits on (the list is not shown). */
export async function todoFor(session: AppSession, now = new Date()): Promise<TodoItem[] | null> {
  if (!isWaitedOn(session)) return null;
  return pendingFor(session, await loadTodoFacts(session, now), now);
}
