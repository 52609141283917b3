import { z } from "zod";
import { passwordProblem, passwordProblemKey } from "@/lib/auth/password-policy";
import { belongsToUnit, takesBlocAssignments } from "@/lib/auth/permissions";
import { checkbox, id, idList, optionalEmail, optionalId, optionalText, requiredText } from "@/lib/validation/fields";

export const ROLES = ["ADMIN", "BOARD", "UNIT_OFFICER", "COUNCIL"] as const;

// Lower-cased before the check, so "NguyenVanA" is accepted as "nguyenvana".
export const username = () =>
  z
    .string()
    .trim()
    .toLowerCase()
    .min(3, "validation.username")
    .max(60)
    .regex(/^[a-z0-9][a-z0-9._-]*$/, "validation.username");

// The one policy (lib/auth/password-policy.ts); the username check needs the username, so the
// schemas that know it add it (createUserSchema here, the services for an existing account).
export const password = () =>
  z.string().superRefine((v, ctx) => {
    const problem = passwordProblem(v);
    if (problem) ctx.addIssue({ code: "custom", message: passwordProblemKey(problem) });
  });

const userFields = z.object({
  username: username(),
  name: requiredText(120),
  title: optionalText(120),
  email: optionalEmail(),
  role: z.enum(ROLES, "validation.invalidChoice"),
  unitId: optionalId(),
  isUnitHead: checkbox(),
  allBlocs: checkbox(),
  blocIds: idList(),
});

type UserFields = z.output<typeof userFields>;

// A unit belongs to unit officers only, and a board scope to board staff only: the
// form hides the fields that do not apply, the server refuses them if sent anyway.
function checkScope(v: UserFields, ctx: z.RefinementCtx) {
  const ofUnit = belongsToUnit(v.role);
  if (ofUnit && !v.unitId) ctx.addIssue({ code: "custom", path: ["unitId"], message: "validation.required" });
  if (!ofUnit && v.unitId) ctx.addIssue({ code: "custom", path: ["unitId"], message: "users.validation.unitOnlyForOfficer" });
  if (!ofUnit && v.isUnitHead) ctx.addIssue({ code: "custom", path: ["isUnitHead"], message: "users.validation.headOnlyForOfficer" });
  if (!takesBlocAssignments(v.role) && (v.allBlocs || v.blocIds.length > 0)) {
    ctx.addIssue({ code: "custom", path: [v.allBlocs ? "allBlocs" : "blocIds"], message: "users.validation.scopeOnlyForBoard" });
  }
}

// With "all blocs" ticked the individual assignments mean nothing: drop them.
function normaliseScope<T extends UserFields>(v: T): T {
  return v.allBlocs ? { ...v, blocIds: [] } : { ...v, blocIds: [...new Set(v.blocIds)] };
}

function checkConfirm(v: { password: string; passwordConfirm: string }, ctx: z.RefinementCtx) {
  if (v.password !== v.passwordConfirm) ctx.addIssue({ code: "custom", path: ["passwordConfirm"], message: "users.validation.passwordMismatch" });
}

// "link": the account gets a one-time set-password link (lib/users/accounts) and no password; "password":
// the administrator types one, which its owner changes at the first sign-in. Without the field
// (older callers), a password is expected.
export const createUserSchema = userFields
  .extend({
    passwordMode: z.enum(["link", "password"], "validation.invalidChoice").default("password"),
    password: z.string().max(1000).default(""),
    passwordConfirm: z.string().max(1000).default(""),
    active: checkbox(),
  })
  .superRefine((v, ctx) => {
    checkScope(v, ctx);
    if (v.passwordMode === "link") return;
    const problem = passwordProblem(v.password, v.username);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: passwordProblemKey(problem) });
    checkConfirm(v, ctx);
  })
  .transform(({ passwordMode, password, passwordConfirm, ...v }) => {
    void passwordConfirm; // checked above, not passed on
    return normaliseScope({ ...v, password: passwordMode === "password" ? password : null });
  });

/** An account's fields without its id or password, as the Excel onboarding reads a row (lib/onboarding/accounts.ts). */
export const accountSchema = userFields.superRefine(checkScope).transform((v) => normaliseScope(v));

export const updateUserSchema = userFields
  .extend({ id: id() })
  .superRefine(checkScope)
  .transform((v) => normaliseScope(v));

export const resetPasswordSchema = z
  .object({ id: id(), password: password(), passwordConfirm: z.string() })
  .superRefine(checkConfirm)
  .transform(({ id, password }) => ({ id, password }));

export const setUserActiveSchema = z.object({ id: id(), active: z.boolean() });

export const deleteUserSchema = z.object({ id: id() });

export type CreateUserInput = z.output<typeof createUserSchema>;
export type UpdateUserInput = Omit<z.output<typeof updateUserSchema>, "id">;

export const changeOwnPasswordSchema = z
  .object({ currentPassword: z.string().min(1, "validation.required").max(200), password: password(), passwordConfirm: z.string() })
  .superRefine(checkConfirm)
  .transform(({ currentPassword, password }) => ({ currentPassword, password }));
