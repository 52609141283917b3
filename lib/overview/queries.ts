import "server-only";
import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { visibleBlocsWhere } from "@/lib/blocs/policy";
import { sortByVi } from "@/lib/format/vi";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CriteriaSetStatus, SheetStatus } from "@/lib/generated/prisma/enums";
import { closesAtFor } from "@/lib/scoring/window";
import { deadlineState, rankingStage, summarise, type DeadlineState, type StageCounts } from "@/lib/overview/stage";

export type StageRow = StageCounts & {
  blocYearId: string;
  blocId: string;
  blocName: string;
  year: number;
  leaderUnitId: string | null;
  deputyUnitId: string | null;
  leaderName: string | null;
  deputyName: string | null;
  criteriaStatus: CriteriaSetStatus | null;
  /** Sheets with a reviewed or appraised entry. */
  reviewed: number;
  closesAt: Date | null;
  deadline: DeadlineState;
  /** The caller's own unit's sheet, for a unit officer whose unit is a member. */
  own: { status: SheetStatus | "NONE"; closesAt: Date | null; deadline: DeadlineState } | null;
};

const REVIEW_LAYERS = ["REVIEWED", "APPRAISED"] as const;

/** The bloc years of `year` the caller sees: a unit officer only those their unit is a member of. */
function yearsWhere(session: AppSession, year: number): Prisma.BlocYearWhereInput {
  const where: Prisma.BlocYearWhereInput = { year, bloc: { AND: [visibleBlocsWhere(session), { archivedAt: null }] } };
  return session.role === "UNIT_OFFICER" ? { ...where, members: { some: { unitId: session.unitId ?? "__none__" } } } : where;
}

/**
 * Every visible bloc's stage in `year`, in a fixed number of queries whatever the number of
 * blocs and units (counts are grouped in the database, not fetched per bloc).
 */
export async function overviewFor(session: AppSession, year: number, now = new Date()) {
  const where = yearsWhere(session, year);
  const unitId = session.role === "UNIT_OFFICER" ? session.unitId : null;
  const [years, submittedBy, reviewedBy, ownSheets, blocCount, unitCount] = await Promise.all([
    db.blocYear.findMany({
      where,
      select: {
        id: true,
        year: true,
        leaderUnitId: true,
        deputyUnitId: true,
        bloc: { select: { id: true, name: true } },
        leader: { select: { name: true } },
        deputy: { select: { name: true } },
        _count: { select: { members: true } },
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
    db.scoreSheet.groupBy({ by: ["blocYearId"], where: { blocYear: where, status: "SUBMITTED" }, _count: { _all: true } }),
    db.scoreSheet.groupBy({ by: ["blocYearId"], where: { blocYear: where, entries: { some: { layer: { in: [...REVIEW_LAYERS] } } } }, _count: { _all: true } }),
    unitId ? db.scoreSheet.findMany({ where: { blocYear: where, unitId }, select: { blocYearId: true, status: true } }) : Promise.resolve([]),
    db.bloc.count({ where: { AND: [visibleBlocsWhere(session), { archivedAt: null }] } }),
    db.unit.count({ where: { archivedAt: null } }),
  ]);
  const submitted = new Map(submittedBy.map((g) => [g.blocYearId, g._count._all]));
  const reviewed = new Map(reviewedBy.map((g) => [g.blocYearId, g._count._all]));
  const own = new Map(ownSheets.map((s) => [s.blocYearId, s.status]));

  const rows: StageRow[] = years.map((y) => {
    const members = y._count.members;
    const sheetsIn = submitted.get(y.id) ?? 0;
    const closesAt = y.round?.closesAt ?? null;
    const ownStatus = unitId ? (own.get(y.id) ?? "NONE") : null;
    const ownCloses = unitId && y.round ? closesAtFor(y.round, unitId) : null;
    return {
      blocYearId: y.id,
      blocId: y.bloc.id,
      blocName: y.bloc.name,
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
      closesAt,
      deadline: deadlineState(closesAt, now, members > 0 && sheetsIn >= members),
      rankingStage: rankingStage(y.rankings[0]?.status ?? null, sheetsIn),
      proposalStatus: y.proposal?.status ?? null,
      own: ownStatus && { status: ownStatus, closesAt: ownCloses, deadline: deadlineState(ownCloses, now, ownStatus === "SUBMITTED") },
    };
  });
  const sorted = sortByVi(rows, (r) => r.blocName);
  return { rows: sorted, summary: summarise(sorted), blocCount, unitCount };
}
