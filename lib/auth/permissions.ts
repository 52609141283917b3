import type { Role } from "@/lib/generated/prisma/enums";

// The one table of what each role may do, and the only place a role is named. Scope (which
// blocs, which unit) is applied by the policy functions of each domain through `reachOf`; leader
// and deputy powers are derived per bloc year (YEAR_ROLE_PERMISSIONS). A page or a loader never
// compares a role: tests/unit/role-names.test.ts fails when one does.
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
  // Signing for one's own unit (unit officers, limited to their unit by lib/pledges/policy.ts).
  "pledge.sign",
  // Recording any member unit's signature, signed on paper at a conference say.
  "pledge.record",
  "conference.manage",
  "activity.manage",
  "criteria.manage",
  "criteria.reopen",
  // The criteria templates, which serve every bloc: reading them, and keeping them (all blocs only).
  "template.view",
  "template.manage",
  "round.manage",
  // Loading units' self-scores from a workbook: never a unit, the leader's included.
  "score.import",
  "score.edit",
  "score.submit",
  "score.return",
  "score.review",
  "score.appraise",
  "score.viewAll",
  // Giải trình (lib/explanations): opening the window in which units answer their reviewed
  // scores, and answering for one's own unit (limited to it by lib/explanations/policy.ts).
  "explanation.window",
  "explanation.answer",
  // The ranking before the board approves it (the members see it once approved: lib/ranking/policy.ts).
  "ranking.view",
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
  // The bloc's library of documents, and its regulation's versions (drafting, adopting).
  "library.manage",
  "regulation.manage",
  // Registration (đăng ký thi đua, lib/registrations): opening it with a deadline, following and
  // returning units' registrations; reading them all; registering one's own unit (limited to it by
  // lib/registrations/policy.ts).
  "registration.manage",
  "registration.view",
  "registration.submit",
  // Báo cáo thành tích (lib/achievement-reports): writing one's own unit's text (limited to it by
  // lib/achievement-reports/policy.ts); reading every member's, as the board and the leader do.
  "achievement.write",
  "achievement.view",
  // Periodic reports (lib/reports): scheduling them with their due dates, following and returning
  // units' reports and compiling the bloc's summary; reading them all; reporting for one's own
  // unit (limited to it by lib/reports/policy.ts).
  "report.manage",
  "report.view",
  "report.submit",
  // The e-mails the app sent or kept (lib/notifications): addresses and texts of every user.
  "notification.outbox",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const BOARD_WORK: Permission[] = [
  "plan.manage",
  "pledge.manage",
  "pledge.reopen",
  "pledge.record",
  "conference.manage",
  "activity.manage",
  "criteria.manage",
  "criteria.reopen",
  "round.manage",
  "score.import",
  "score.return",
  "score.appraise",
  "score.viewAll",
  "explanation.window",
  "ranking.view",
  "ranking.rules",
  "ranking.ballot",
  "ranking.approve",
  "ranking.reopen",
  "ranking.publish",
  "award.quota",
  "proposal.decide",
  "library.manage",
  "regulation.manage",
  "registration.manage",
  "registration.view",
  "achievement.view",
  "report.manage",
  "report.view",
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
    "template.view",
    "template.manage",
    ...BOARD_WORK,
  ],
  COUNCIL: ["bloc.view", "unit.view", "audit.view", "template.view", "score.viewAll", "ranking.view", "registration.view", "achievement.view", "report.view"],
  // Scoring one's own sheet; the policy limits it to the officer's unit.
  UNIT_OFFICER: [
    "bloc.view",
    "unit.view",
    "pledge.sign",
    "score.edit",
    "score.submit",
    "registration.submit",
    "explanation.answer",
    "achievement.write",
    "report.submit",
  ],
};

/**
 * How far a role reaches across the blocs: every bloc; the blocs the account is assigned (every
 * bloc with `allBlocs`); or the blocs its own unit is a member of, where its powers come from
 * the unit's place in each bloc year. A permission of the table counts within that reach.
 */
export type Reach = "all" | "assigned" | "ownUnit";

const ROLE_REACH: Record<Role, Reach> = { ADMIN: "all", BOARD: "assigned", COUNCIL: "all", UNIT_OFFICER: "ownUnit" };

export function reachOf(session: { role: Role; allBlocs: boolean }): Reach {
  const reach = ROLE_REACH[session.role];
  return reach === "assigned" && session.allBlocs ? "all" : reach;
}

/**
 * The roles whose accounts are told about a unit's work (its officers and head) and about a bloc's
 * board work (board staff), for the notifications' recipients (lib/notifications/recipients.ts).
 */
export const rolesReaching = (reach: Extract<Reach, "ownUnit" | "assigned">): Role[] =>
  (Object.keys(ROLE_REACH) as Role[]).filter((role) => ROLE_REACH[role] === reach);

/** Accounts of this role work for one unit (and one of them may be its head): unit officers. */
export const belongsToUnit = (role: Role) => ROLE_REACH[role] === "ownUnit";

/** Accounts of this role are assigned blocs, or all of them: board staff. */
export const takesBlocAssignments = (role: Role) => ROLE_REACH[role] === "assigned";

/** Which parts of an account apply to a role: the user form shows only those, the schema refuses the rest. */
export type AccountShape = { role: Role; unit: boolean; blocs: boolean };
export const accountShape = (role: Role): AccountShape => ({ role, unit: belongsToUnit(role), blocs: takesBlocAssignments(role) });

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
    "explanation.window",
    "ranking.view",
    "ranking.rules",
    "ranking.ballot",
    "ranking.signOff",
    "proposal.draft",
    "library.manage",
    "regulation.manage",
    "registration.manage",
    "registration.view",
    "achievement.view",
    "report.manage",
    "report.view",
  ],
  deputy: ["conference.manage", "activity.manage", "ranking.view", "registration.view", "report.view"],
  member: [],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
