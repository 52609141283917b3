import type { AppSession } from "@/lib/auth/session-types";
import { hasPermission, YEAR_ROLE_PERMISSIONS, type Permission } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";

// Board staff work on every bloc, or only on the blocs they are assigned to.
function boardCovers(session: AppSession, blocId: string) {
  return session.allBlocs || session.assignedBlocIds.includes(blocId);
}

/** Which blocs a session may see: used by every bloc query. */
export function visibleBlocsWhere(session: AppSession): Prisma.BlocWhereInput {
  if (!hasPermission(session.role, "bloc.view")) return { id: "__none__" };
  if (session.role === "ADMIN" || session.role === "COUNCIL") return {};
  if (session.role === "BOARD") return session.allBlocs ? {} : { id: { in: session.assignedBlocIds } };
  // A unit officer sees the blocs their unit has been a member of.
  if (!session.unitId) return { id: "__none__" };
  return { years: { some: { members: { some: { unitId: session.unitId } } } } };
}

export function canCreateBloc(session: AppSession) {
  return hasPermission(session.role, "bloc.create") && (session.role === "ADMIN" || session.allBlocs);
}

export function canManageBloc(session: AppSession, blocId: string) {
  if (!hasPermission(session.role, "bloc.manage")) return false;
  return session.role === "ADMIN" || boardCovers(session, blocId);
}

export function canDecideRotation(session: AppSession, blocId: string) {
  return hasPermission(session.role, "rotation.decide") && (session.role === "ADMIN" || boardCovers(session, blocId));
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

/**
 * A permission for one bloc year: board staff and administrators through their role and bloc
 * scope; unit officers through the derived leader/deputy powers of their unit that year.
 */
export function canInYear(session: AppSession, permission: Permission, year: YearContext): boolean {
  if (session.role === "ADMIN") return true;
  if (session.role === "BOARD") return hasPermission("BOARD", permission) && boardCovers(session, year.blocId);
  if (session.role !== "UNIT_OFFICER") return false;
  const role = yearRoleOf(session, year);
  return role !== null && YEAR_ROLE_PERMISSIONS[role].includes(permission);
}
