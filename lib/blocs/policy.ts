import type { AppSession } from "@/lib/auth/session-types";
import { belongsToUnit, hasPermission, reachOf, YEAR_ROLE_PERMISSIONS, type Permission } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RankingStatus } from "@/lib/generated/prisma/enums";
import { ownUnitOf } from "@/lib/units/policy";

/** Whether the session's reach takes in this bloc: every bloc, or one it is assigned (unit officers go by their year role). */
function covers(session: AppSession, blocId: string) {
  const reach = reachOf(session);
  return reach === "all" || (reach === "assigned" && session.assignedBlocIds.includes(blocId));
}

/** A permission of the table over every bloc at once (templates, reorganisations, new blocs). */
export function canAcrossAllBlocs(session: AppSession, permission: Permission) {
  return hasPermission(session.role, permission) && reachOf(session) === "all";
}

/** A permission of the table over one bloc, within the session's reach. */
export function canInBloc(session: AppSession, permission: Permission, blocId: string) {
  return hasPermission(session.role, permission) && covers(session, blocId);
}

/** Which blocs a session may see: used by every bloc query. */
export function visibleBlocsWhere(session: AppSession): Prisma.BlocWhereInput {
  if (!hasPermission(session.role, "bloc.view")) return { id: "__none__" };
  const reach = reachOf(session);
  if (reach === "all") return {};
  if (reach === "assigned") return { id: { in: session.assignedBlocIds } };
  // A unit officer sees the blocs their unit has been a member of.
  if (!session.unitId) return { id: "__none__" };
  return { years: { some: { members: { some: { unitId: session.unitId } } } } };
}

/** One bloc year, if the session may see its bloc: the scope every loader of a year's data applies. */
export function visibleYearWhere(session: AppSession, blocYearId: string): Prisma.BlocYearWhereInput {
  return { id: blocYearId, bloc: visibleBlocsWhere(session) };
}

/** Whether the session sees blocs through its unit's memberships (a unit officer's), not a role's reach. */
export function seesBlocsThroughUnit(session: AppSession) {
  return reachOf(session) === "ownUnit";
}

export function canCreateBloc(session: AppSession) {
  return canAcrossAllBlocs(session, "bloc.create");
}

export function canManageBloc(session: AppSession, blocId: string) {
  return canInBloc(session, "bloc.manage", blocId);
}

export function canDecideRotation(session: AppSession, blocId: string) {
  return canInBloc(session, "rotation.decide", blocId);
}

export type YearRole = "leader" | "deputy" | "member" | null;

/** The derived leader/deputy power of the caller's unit in one bloc year. */
export function yearRoleOf(session: AppSession, year: { leaderUnitId: string | null; deputyUnitId: string | null; memberUnitIds: string[] }): YearRole {
  if (!session.unitId) return null;
  if (year.leaderUnitId === session.unitId) return "leader";
  if (year.deputyUnitId === session.unitId) return "deputy";
  return year.memberUnitIds.includes(session.unitId) ? "member" : null;
}

export type YearContext = { blocId: string; leaderUnitId: string | null; deputyUnitId: string | null; memberUnitIds: string[] };

/** The caller's own unit when it is a member of this bloc year (a unit officer's); null otherwise. */
export function ownMemberUnitOf(session: AppSession, year: Pick<YearContext, "memberUnitIds">): string | null {
  const unitId = ownUnitOf(session);
  return unitId && year.memberUnitIds.includes(unitId) ? unitId : null;
}

/**
 * Rule 2, written once: until the board approves a year's ranking, its results (the ranking,
 * other units' sheets, the award dossier) stay with the board side, the council and the leading
 * units; once approved, the officers of every member unit see them too.
 */
export function memberSeesApproved(session: AppSession, year: Pick<YearContext, "memberUnitIds">, approved: boolean) {
  return approved && ownMemberUnitOf(session, year) !== null;
}

/** A power the caller's unit holds this year because it leads, deputises or is a member (never a role's). */
export function canByYearRole(session: AppSession, permission: Permission, year: YearContext): boolean {
  if (!belongsToUnit(session.role)) return false;
  const role = yearRoleOf(session, year);
  return role !== null && YEAR_ROLE_PERMISSIONS[role].includes(permission);
}

/**
 * A permission for one bloc year: board staff, administrators and the council through their role
 * and reach; unit officers through the derived leader/deputy powers of their unit that year.
 */
export function canInYear(session: AppSession, permission: Permission, year: YearContext): boolean {
  if (belongsToUnit(session.role)) return canByYearRole(session, permission, year);
  return canInBloc(session, permission, year.blocId);
}

/** A bloc year's own page: its details, members and leadership, and the way to the rotation planner. */
export function blocYearCan(session: AppSession, blocId: string) {
  return { manage: canManageBloc(session, blocId), decideRotation: canDecideRotation(session, blocId) };
}

/** A bloc's page: editing it, archiving or deleting it (whoever also creates blocs), and the rotation planner. */
export function blocCan(session: AppSession, blocId: string) {
  const manage = canManageBloc(session, blocId);
  return { manage, archive: manage && canCreateBloc(session), decideRotation: canDecideRotation(session, blocId) };
}

export type BlocCan = ReturnType<typeof blocCan>;

/** The blocs list: creating a bloc, and whether the caller sees blocs only through their unit. */
export function blocsCan(session: AppSession) {
  return { view: hasPermission(session.role, "bloc.view"), create: canCreateBloc(session), throughUnit: seesBlocsThroughUnit(session) };
}

/**
 * Who may read the award dossier (review minutes, submission, achievement reports) of a bloc
 * year whose bloc the viewer already sees: stricter than the bloc filter. The board side and the
 * council, always; the leader unit, which drafts it; a nominee's officers their own achievement
 * report (`ownUnitIds`); the other members once the ranking is approved (rule 2).
 */
export function canSeeDossier(
  viewer: AppSession,
  year: Pick<YearContext, "leaderUnitId" | "memberUnitIds">,
  rankingStatus: RankingStatus | null,
  ownUnitIds: string[] = [],
): boolean {
  if (!belongsToUnit(viewer.role)) return true;
  const unitId = ownUnitOf(viewer);
  if (!unitId) return false;
  if (unitId === year.leaderUnitId || ownUnitIds.includes(unitId)) return true;
  return memberSeesApproved(viewer, year, rankingStatus === "APPROVED");
}
