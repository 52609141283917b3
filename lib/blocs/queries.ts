import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { wouldDelete } from "@/lib/db/delete-unused";
import { removeBloc } from "@/lib/blocs/service";
import type { AppSession } from "@/lib/auth/session-types";
import { visibleBlocsWhere } from "@/lib/blocs/policy";
import { proposeNextLeadership } from "@/lib/blocs/rotation";
import { carriedMembers, replacementsFor } from "@/lib/blocs/ended-units";

const unitBrief = { select: { id: true, name: true, shortName: true, code: true, isSample: true, archivedAt: true } } as const;

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

/** Units already in another bloc in `year`, with that bloc's name: the members editor shows them as taken. */
export async function unitsTakenInYear(year: number, exceptBlocYearId: string): Promise<Map<string, string>> {
  const rows = await db.blocMember.findMany({
    where: { year, blocYearId: { not: exceptBlocYearId } },
    select: { unitId: true, blocYear: { select: { bloc: { select: { name: true } } } } },
  });
  return new Map(rows.map((r) => [r.unitId, r.blocYear.bloc.name]));
}

/** Whether the delete button is offered: the delete itself, tried and rolled back (lib/db/delete-unused.ts). */
export function blocDeletable(id: string) {
  return wouldDelete((tx) => removeBloc(tx, id));
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
