import "server-only";
import { db } from "@/lib/db";
import { yearIdsOf } from "@/lib/blocs/year-ids";
import type { AppSession } from "@/lib/auth/session-types";
import { visibleBlocsWhere } from "@/lib/blocs/policy";
import { openYearIdsOf } from "@/lib/overview/open-years";
import { showsUnitWork, visibleYearsWhere } from "@/lib/overview/policy";
import { sortByVi } from "@/lib/format/vi";
import type { BlocKind, CriteriaSetStatus, SheetStatus } from "@/lib/generated/prisma/enums";
import { selfClosesAt } from "@/lib/scoring/window";
import type { YearFilter } from "@/lib/overview/year-filter";
import { deadlineState, rankingStage, summarise, type DeadlineState, type StageCounts } from "@/lib/overview/stage";

export type StageRow = StageCounts & {
  blocYearId: string;
  blocId: string;
  blocName: string;
  kind: BlocKind;
  year: number;
  leaderUnitId: string | null;
  deputyUnitId: string | null;
  leaderName: string | null;
  deputyName: string | null;
  criteriaStatus: CriteriaSetStatus | null;
  /** Sheets with a reviewed or appraised entry. */
  reviewed: number;
  /** Sheets whose reviewer marked the review finished (lib/scoring/review-finish.ts). */
  reviewFinished: number;
  closesAt: Date | null;
  deadline: DeadlineState;
  /** The caller's own unit's sheet, for a unit officer whose unit is a member; closesAt is a returned sheet's resubmission deadline when later. */
  own: { status: SheetStatus | "NONE"; closesAt: Date | null; resubmitBy: Date | null; deadline: DeadlineState } | null;
};

const REVIEW_LAYERS = ["REVIEWED", "APPRAISED"] as const;

/** The ids of the bloc years listed: one year's, or every one still open for the caller. */
function yearIds(session: AppSession, year: YearFilter, now: Date): Promise<string[]> {
  if (year === null) return openYearIdsOf(session, now);
  return yearIdsOf({ AND: [visibleYearsWhere(session), { year }] });
}

/** Each listed year's state, read by the years' ids: the caller's visibility is tested once, in yearIds. */
async function yearsOf(ids: string[], unitId: string | null) {
  const inYears = { blocYearId: { in: ids } };
  const [years, submittedBy, reviewedBy, ownSheets] = await Promise.all([
    db.blocYear.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        year: true,
        leaderUnitId: true,
        deputyUnitId: true,
        bloc: { select: { id: true, name: true, kind: true } },
        leader: { select: { name: true } },
        deputy: { select: { name: true } },
        // Counted within this statement: the overview's number of statements stays the same.
        _count: { select: { members: true, sheets: { where: { reviewFinishedAt: { not: null } } } } },
        pledge: { select: { status: true, _count: { select: { signatures: true } } } },
        criteriaSet: { select: { status: true } },
        round: {
          select: {
            opensAt: true,
            closesAt: true,
            // Extensions matter only for an officer's own deadline.
            extensions: { where: unitId ? { OR: [{ unitId: null }, { unitId }] } : { id: "__none__" }, select: { unitId: true, closesAt: true } },
          },
        },
        // The latest snapshot is the current state, ordered as lib/ranking/snapshot.ts does.
        rankings: { orderBy: [{ signedAt: "desc" }, { id: "desc" }], take: 1, select: { status: true } },
        proposal: { select: { status: true } },
      },
    }),
    db.scoreSheet.groupBy({ by: ["blocYearId"], where: { ...inYears, status: "SUBMITTED" }, _count: { _all: true } }),
    db.scoreSheet.groupBy({ by: ["blocYearId"], where: { ...inYears, entries: { some: { layer: { in: [...REVIEW_LAYERS] } } } }, _count: { _all: true } }),
    unitId ? db.scoreSheet.findMany({ where: { ...inYears, unitId }, select: { blocYearId: true, status: true, resubmitBy: true } }) : Promise.resolve([]),
  ]);
  return { years, submittedBy, reviewedBy, ownSheets };
}

/**
 * Every visible bloc year's stage (one year's, or every open one), in a fixed number of queries
 * whatever the number of blocs, years and units (counts are grouped in the database, not
 * fetched per bloc). `yearOptions`: every year the caller has a bloc year in, newest first, for
 * the year filter.
 */
export async function overviewFor(session: AppSession, year: YearFilter, now = new Date()) {
  const unitId = showsUnitWork(session) ? session.unitId : null;
  const [{ years, submittedBy, reviewedBy, ownSheets }, blocCount, unitCount, yearRows] = await Promise.all([
    yearIds(session, year, now).then((ids) => yearsOf(ids, unitId)),
    db.bloc.count({ where: { AND: [visibleBlocsWhere(session), { archivedAt: null }] } }),
    db.unit.count({ where: { archivedAt: null } }),
    db.blocYear.groupBy({ by: ["year"], where: visibleYearsWhere(session), orderBy: { year: "desc" } }),
  ]);
  const submitted = new Map(submittedBy.map((g) => [g.blocYearId, g._count._all]));
  const reviewed = new Map(reviewedBy.map((g) => [g.blocYearId, g._count._all]));
  const own = new Map(ownSheets.map((s) => [s.blocYearId, s]));

  const rows: StageRow[] = years.map((y) => {
    const members = y._count.members;
    const sheetsIn = submitted.get(y.id) ?? 0;
    const closesAt = y.round?.closesAt ?? null;
    const ownSheet = own.get(y.id) ?? null;
    const ownStatus = unitId ? (ownSheet?.status ?? "NONE") : null;
    const ownCloses = unitId && y.round ? selfClosesAt(y.round, unitId, ownSheet) : null;
    return {
      blocYearId: y.id,
      blocId: y.bloc.id,
      blocName: y.bloc.name,
      kind: y.bloc.kind,
      year: y.year,
      leaderUnitId: y.leaderUnitId,
      deputyUnitId: y.deputyUnitId,
      leaderName: y.leader?.name ?? null,
      deputyName: y.deputy?.name ?? null,
      members,
      pledgeStatus: y.pledge?.status ?? null,
      pledgeSigned: y.pledge?._count.signatures ?? 0,
      criteriaStatus: y.criteriaSet?.status ?? null,
      submitted: sheetsIn,
      reviewed: reviewed.get(y.id) ?? 0,
      reviewFinished: y._count.sheets,
      closesAt,
      deadline: deadlineState(closesAt, now, members > 0 && sheetsIn >= members),
      rankingStage: rankingStage(y.rankings[0]?.status ?? null, sheetsIn),
      proposalStatus: y.proposal?.status ?? null,
      own: ownStatus && {
        status: ownStatus,
        closesAt: ownCloses,
        resubmitBy: ownSheet?.status === "RETURNED" ? ownSheet.resubmitBy : null,
        deadline: deadlineState(ownCloses, now, ownStatus === "SUBMITTED"),
      },
    };
  });
  // Newest year first, then bloc names in Vietnamese order.
  const sorted = sortByVi(rows, (r) => r.blocName).sort((a, b) => b.year - a.year);
  return { rows: sorted, summary: summarise(sorted), blocCount, unitCount, yearOptions: yearRows.map((r) => r.year) };
}
