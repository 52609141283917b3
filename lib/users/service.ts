import { db, type Tx } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { hashPassword, NO_PASSWORD, verifyPassword } from "@/lib/auth/password";
import { issueLinksInTx } from "@/lib/users/accounts/service";
import { deleteUnlessReferenced } from "@/lib/db/delete-unused";
import { passwordProblem, passwordProblemKey } from "@/lib/auth/password-policy";
import { writeAudit } from "@/lib/audit/write";
import { DomainError, NotFoundError } from "@/lib/errors";
import { demotesSelf, unitAssignable } from "@/lib/users/rules";
import { endSessionsInTx } from "@/lib/sessions/service";
import { endsSessions } from "@/lib/sessions/rules";
import type { CreateUserInput, UpdateUserInput } from "@/lib/users/schemas";

// What the audit log keeps of a user: never the password hash.
async function snapshot(tx: Tx, id: string) {
  const user = await tx.user.findUnique({
    where: { id },
    select: {
      id: true,
      username: true,
      name: true,
      title: true,
      email: true,
      role: true,
      unitId: true,
      isUnitHead: true,
      allBlocs: true,
      active: true,
      blocAssignments: { select: { blocId: true }, orderBy: { blocId: "asc" } },
    },
  });
  if (!user) return null;
  const { blocAssignments, ...rest } = user;
  return { ...rest, blocIds: blocAssignments.map((a) => a.blocId) };
}

async function assertUsernameFree(tx: Tx, username: string, exceptId?: string) {
  const other = await tx.user.findUnique({ where: { username }, select: { id: true } });
  if (other && other.id !== exceptId) throw new DomainError("users.errors.usernameTaken", { username });
}

async function assertUnit(tx: Tx, unitId: string | null, currentUnitId?: string | null) {
  if (!unitId || unitId === currentUnitId) return;
  const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { archivedAt: true } });
  if (!unitAssignable(unitId, currentUnitId, unit)) throw new DomainError("users.errors.unitUnavailable");
}

async function assertBlocs(tx: Tx, blocIds: string[]) {
  if (blocIds.length === 0) return;
  const found = await tx.bloc.count({ where: { id: { in: blocIds } } });
  if (found !== blocIds.length) throw new DomainError("users.errors.blocUnavailable");
}

/** A new account with the password the administrator typed, or with none and a set-password link to hand over. */
export async function createUser(actor: AppSession, input: CreateUserInput) {
  const { password, blocIds, ...fields } = input;
  // argon2 is deliberately slow: hash before opening the transaction.
  const passwordHash = password === null ? NO_PASSWORD : await hashPassword(password);
  return db.$transaction(async (tx) => {
    await assertUsernameFree(tx, fields.username);
    await assertUnit(tx, fields.unitId);
    await assertBlocs(tx, blocIds);
    const { id } = await tx.user.create({
      data: { ...fields, passwordHash, mustChangePassword: true, blocAssignments: { create: blocIds.map((blocId) => ({ blocId })) } },
      select: { id: true },
    });
    await writeAudit(tx, actor, { action: "user.create", entityType: "User", entityId: id, after: await snapshot(tx, id) });
    return { id, issued: password === null ? await issueLinksInTx(tx, actor, [id]) : null };
  });
}

export async function updateUser(actor: AppSession, id: string, input: UpdateUserInput) {
  const { blocIds, ...fields } = input;
  if (demotesSelf(actor.userId, id, fields.role)) throw new DomainError("users.errors.selfDemote");
  return db.$transaction(async (tx) => {
    const before = await snapshot(tx, id);
    if (!before) throw new NotFoundError();
    await assertUsernameFree(tx, fields.username, id);
    await assertUnit(tx, fields.unitId, before.unitId);
    await assertBlocs(tx, blocIds);
    await tx.user.update({ where: { id }, data: fields });
    await tx.boardAssignment.deleteMany({ where: { userId: id } });
    await tx.boardAssignment.createMany({ data: blocIds.map((blocId) => ({ userId: id, blocId })) });
    const after = (await snapshot(tx, id))!;
    const ends = endsSessions(before, after);
    if (ends) await endSessionsInTx(tx, [id], ends);
    await writeAudit(tx, actor, { action: "user.update", entityType: "User", entityId: id, before, after });
    return { id };
  });
}

export async function resetPassword(actor: AppSession, id: string, password: string) {
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const exists = await tx.user.findUnique({ where: { id }, select: { id: true, username: true } });
    if (!exists) throw new NotFoundError();
    if (passwordProblem(password, exists.username)) throw new DomainError(passwordProblemKey("containsUsername"));
    await tx.user.update({ where: { id }, data: { passwordHash, mustChangePassword: true } });
    await endSessionsInTx(tx, [id], "passwordChanged");
    await writeAudit(tx, actor, { action: "user.resetPassword", entityType: "User", entityId: id, after: { passwordReset: true } });
    return { id };
  });
}

export async function setUserActive(actor: AppSession, id: string, active: boolean) {
  // An administrator who locks themself out may leave nobody able to undo it.
  if (!active && id === actor.userId) throw new DomainError("users.errors.selfDeactivate");
  return db.$transaction(async (tx) => {
    const before = await snapshot(tx, id);
    if (!before) throw new NotFoundError();
    if (before.active === active) return { id };
    await tx.user.update({ where: { id }, data: { active } });
    // Unlocking revives nothing: the sessions ended when the account was locked.
    if (!active) await endSessionsInTx(tx, [id], "locked");
    await writeAudit(tx, actor, {
      action: active ? "user.reactivate" : "user.deactivate",
      entityType: "User",
      entityId: id,
      before,
      after: { ...before, active },
    });
    return { id };
  });
}

/** Every user's own password: the current one proves it is them, the new one follows the policy. */
export async function changeOwnPassword(actor: AppSession, current: string, next: string) {
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { passwordHash: true, username: true } });
  if (!user) throw new NotFoundError();
  if (!(await verifyPassword(user.passwordHash, current))) throw new DomainError("users.errors.wrongCurrentPassword");
  if (current === next) throw new DomainError("users.errors.samePassword");
  if (passwordProblem(next, user.username)) throw new DomainError(passwordProblemKey("containsUsername"));
  const passwordHash = await hashPassword(next);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { passwordHash, mustChangePassword: false, passwordChangedAt: new Date() } });
    // Whoever else knew the old password is signed out; this browser stays signed in.
    await endSessionsInTx(tx, [actor.userId], "passwordChanged", actor.sessionId);
    await writeAudit(tx, actor, { action: "user.changeOwnPassword", entityType: "User", entityId: actor.userId, after: { passwordChanged: true } });
    return { id: actor.userId };
  });
}

// An account that ever signed in may have acted (acts are audited under its id): it is archived
// (deactivated), never deleted. One that never did goes if no row refers to it (lib/db/delete-unused.ts).
export async function removeUser(tx: Tx, actor: AppSession, id: string) {
  if (id === actor.userId) throw new DomainError("removal.errors.selfDelete");
  const before = await snapshot(tx, id);
  if (!before) throw new NotFoundError();
  const account = await tx.user.findUniqueOrThrow({ where: { id }, select: { lastSignInAt: true } });
  if (account.lastSignInAt) throw new DomainError("removal.errors.userInUse");
  await deleteUnlessReferenced(() => tx.user.delete({ where: { id } }), "removal.errors.userInUse");
  return before;
}

export async function deleteUser(actor: AppSession, id: string) {
  return db.$transaction(async (tx) => {
    const before = await removeUser(tx, actor, id);
    await writeAudit(tx, actor, { action: "user.delete", entityType: "User", entityId: id, before });
    return { id };
  });
}
