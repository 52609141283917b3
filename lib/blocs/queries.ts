import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { wouldDelete } from "@/lib/db/delete-unused";
import { removeBloc } from "@/lib/blocs/service";
import type { AppSession } from "@/lib/auth/session-types";
import { canDecideRotation, canManageBloc, visibleBlocsWhere } from "@/lib/blocs/policy";
import { sortByVi } from "@/lib/format/vi";
import { unitOptions } from "@/lib/units/queries";
import { proposeNextLeadership } from "@/lib/blocs/rotation";
import { carriedMembers, replacementsFor } from "@/lib/blocs/ended-units";

const unitBrief = { select: { id: true, name: true, shortName: true, code: true, isSample: true, archivedAt: true } } as const;
type UnitBrief = { id: string; name: string; shortName: string; code: string; archivedAt: Date | null };

export async function listBlocs(session: AppSession, opts: { q?: string; includeArchived?: boolean } = {}) {
  const q = opts.q?.trim();
  return db.bloc.findMany({
    where: {
      AND: [
        visibleBlocsWhere(session),
        opts.includeArchived ? {} : { archivedAt: null },
        q ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { code: { contains: q, mode: "insensitive" } }] } : {},
      ],
    },
    include: {
      years: { orderBy: { year: "desc" }, take: 1, include: { leader: unitBrief, deputy: unitBrief, _count: { select: { members: true } } } },
    },
  });
}

/**
 * A bloc the caller may see, with its years, rotation order and leadership decisions; null
 * otherwise. Cached per request: a page's generateMetadata and the page itself share one read.
 */
export const getBloc = cache(async (session: AppSession, id: string) => {
  return db.bloc.findFirst({
    where: { AND: [{ id }, visibleBlocsWhere(session)] },
    include: {
      years: { orderBy: { year: "desc" }, include: { leader: unitBrief, deputy: unitBrief, _count: { select: { members: true } } } },
      rotation: { orderBy: { position: "asc" }, include: { unit: unitBrief } },
      decisions: { orderBy: [{ year: "desc" }, { createdAt: "desc" }], include: { leader: unitBrief, deputy: unitBrief } },
    },
  });
});

export async function getBlocYear(session: AppSession, blocId: string, year: number) {
  return db.blocYear.findFirst({
    where: { blocId, year, bloc: visibleBlocsWhere(session) },
    include: {
      bloc: true,
      leader: unitBrief,
      deputy: unitBrief,
      members: { include: { unit: unitBrief } },
    },
  });
}

/** The planner's proposal for the year after `fromYear`, from the stored order and memberships. */
export async function getRotationPlan(session: AppSession, blocId: string, fromYear: number) {
  const bloc = await getBloc(session, blocId);
  const current = bloc?.years.find((y) => y.year === fromYear);
  if (!bloc || !current) return null;
  const members = await db.blocMember.findMany({ where: { blocYearId: current.id }, select: { unitId: true } });
  const next = bloc.years.find((y) => y.year === fromYear + 1);
  const replaced = await replacementsFor(db, fromYear + 1);
  // Without a next year yet, its members will be this year's carried over (lib/blocs/service.ts confirmRotation).
  const nextMemberIds = next
    ? (await db.blocMember.findMany({ where: { blocYearId: next.id }, select: { unitId: true } })).map((m) => m.unitId)
    : await carriedMembers(
        db,
        members.map((m) => m.unitId),
        fromYear + 1,
        null,
      );
  const proposal = proposeNextLeadership({
    rotationOrder: bloc.rotation.map((r) => r.unitId),
    currentLeaderId: current.leaderUnitId,
    currentDeputyId: current.deputyUnitId,
    nextYearMemberIds: nextMemberIds,
    replaced,
  });
  return { bloc, current, next: next ?? null, nextMemberIds, proposal };
}

/**
 * The rotation planner of a bloc from `fromYear` (without one, its latest year): the plan, and
 * the units to choose from, next year's members or, while next year is not created, this year's
 * (they will be carried over). Null for a caller who may not decide the rotation, or no such year.
 */
export async function getRotationPlanner(session: AppSession, blocId: string, fromYear: number | null) {
  if (!canDecideRotation(session, blocId)) return null;
  const from = fromYear ?? (await getBloc(session, blocId))?.years[0]?.year;
  if (from === undefined) return null;
  const plan = await getRotationPlan(session, blocId, from);
  if (!plan) return null;
  const source = await getBlocYear(session, blocId, plan.next ? from + 1 : from);
  const members = sortByVi(
    (source?.members ?? []).map((m) => m.unit),
    (u) => u.name,
  );
  return { ...plan, from, members };
}

/**
 * What the members editor of a bloc year offers: every active unit, each with the bloc that
 * already has it that year (a unit sits in one bloc a year, whichever bloc that is), plus any
 * archived unit still listed, so saving never drops it silently. Empty for a caller who may not
 * manage the bloc.
 */
export async function memberChoices(session: AppSession, by: { id: string; year: number; blocId: string; members: { unit: UnitBrief }[] }) {
  if (!canManageBloc(session, by.blocId)) return [];
  const [taken, units] = await Promise.all([
    db.blocMember.findMany({
      where: { year: by.year, blocYearId: { not: by.id } },
      select: { unitId: true, blocYear: { select: { bloc: { select: { name: true } } } } },
    }),
    unitOptions(session),
  ]);
  const takenBy = new Map(taken.map((r) => [r.unitId, r.blocYear.bloc.name]));
  const archived = by.members.map((m) => m.unit).filter((u) => u.archivedAt);
  return sortByVi(
    [
      ...units.map((u) => ({ ...u, archived: false, takenBy: takenBy.get(u.id) ?? null })),
      ...archived.map((u) => ({ id: u.id, name: u.name, shortName: u.shortName, code: u.code, archived: true, takenBy: null })),
    ],
    (u) => u.name,
  );
}

/** Whether the delete button is offered: the delete itself, tried and rolled back (lib/db/delete-unused.ts). */
export async function blocDeletable(session: AppSession, id: string) {
  return canManageBloc(session, id) && wouldDelete((tx) => removeBloc(tx, id));
}

/**
 * What the new-year form offers to carry over from the bloc's latest year, by unit name: that
 * year's leader and deputy, and the planner's proposal (as lib/blocs/service.ts createBlocYear
 * computes it with the members copied).
 */
export async function newYearLeadershipChoices(session: AppSession, blocId: string) {
  const latest = (await getBloc(session, blocId))?.years[0];
  if (!latest) return null;
  const plan = await getRotationPlan(session, blocId, latest.year);
  const year = await getBlocYear(session, blocId, latest.year);
  if (!plan || !year) return null;
  const names = new Map(year.members.map((m) => [m.unit.id, m.unit.name]));
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  return {
    fromYear: latest.year,
    keep: { leader: year.leader?.name ?? null, deputy: year.deputy?.name ?? null },
    proposal: { leader: nameOf(plan.proposal.leaderId), deputy: nameOf(plan.proposal.deputyId) },
  };
}
