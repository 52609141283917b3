import type { Role } from "@/lib/generated/prisma/enums";

// The one table of what each role may do. Scope (which blocs, which unit) is applied
// by the policy functions of each domain; leader and deputy powers are derived per bloc year.
export const PERMISSIONS = [
  "bloc.view",
  "bloc.create",
  "bloc.manage",
  "unit.view",
  "unit.manage",
  "user.manage",
  "audit.view",
  "rotation.decide",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  ADMIN: PERMISSIONS,
  BOARD: ["bloc.view", "bloc.create", "bloc.manage", "unit.view", "unit.manage", "audit.view", "rotation.decide"],
  COUNCIL: ["bloc.view", "unit.view", "audit.view"],
  UNIT_OFFICER: ["bloc.view", "unit.view"],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
