import type { Role } from "@/lib/generated/prisma/enums";

// The one table of what each role may do. Scope (which blocs, which unit) is applied
// by the policy functions of each domain; leader and deputy powers are derived per bloc year.
export const PERMISSIONS = [
  "bloc.view",
  "bloc.create",
  "bloc.manage",
  "unit.view",
  "unit.manage",
  "unit.reorganise",
  "user.manage",
  "council.settings",
  "audit.view",
  "rotation.decide",
  "plan.manage",
  "pledge.manage",
  "pledge.reopen",
  "pledge.sign",
  "conference.manage",
  "activity.manage",
  "criteria.manage",
  "criteria.reopen",
  "round.manage",
  "score.edit",
  "score.submit",
  "score.return",
  "score.review",
  "score.appraise",
  "score.viewAll",
  "ranking.rules",
  "ranking.ballot",
  "ranking.signOff",
  "ranking.approve",
  "ranking.reopen",
  "ranking.publish",
  "award.catalog",
  "award.quota",
  "proposal.draft",
  "proposal.decide",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const BOARD_WORK: Permission[] = [
  "plan.manage",
  "pledge.manage",
  "pledge.reopen",
  "pledge.sign",
  "conference.manage",
  "activity.manage",
  "criteria.manage",
  "criteria.reopen",
  "round.manage",
  "score.return",
  "score.appraise",
  "score.viewAll",
  "ranking.rules",
  "ranking.ballot",
  "ranking.approve",
  "ranking.reopen",
  "ranking.publish",
  "award.quota",
  "proposal.decide",
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  ADMIN: PERMISSIONS,
  BOARD: [
    "bloc.view",
    "bloc.create",
    "bloc.manage",
    "unit.view",
    "unit.manage",
    "unit.reorganise",
    "audit.view",
    "rotation.decide",
    "award.catalog",
    ...BOARD_WORK,
  ],
  COUNCIL: ["bloc.view", "unit.view", "audit.view", "score.viewAll"],
  // Scoring one's own sheet; the policy limits it to the officer's unit.
  UNIT_OFFICER: ["bloc.view", "unit.view", "pledge.sign", "score.edit", "score.submit"],
};

export type YearRoleName = "leader" | "deputy" | "member";

// Powers a unit officer gets for one bloc year because their unit leads it, deputises, or is a member.
// Reopening locked data stays with the board.
export const YEAR_ROLE_PERMISSIONS: Record<YearRoleName, readonly Permission[]> = {
  // Signing the ranking off is the leader unit's head only (see lib/ranking/policy.ts).
  leader: [
    "plan.manage",
    "pledge.manage",
    "conference.manage",
    "activity.manage",
    "score.review",
    "score.return",
    "score.viewAll",
    "ranking.rules",
    "ranking.ballot",
    "ranking.signOff",
    "proposal.draft",
  ],
  deputy: ["conference.manage", "activity.manage"],
  member: [],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
