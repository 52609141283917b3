import "server-only";
import { db } from "@/lib/db";
import { wouldDelete } from "@/lib/db/delete-unused";
import { removeUser } from "@/lib/users/service";
import type { AppSession } from "@/lib/auth/session-types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canManageUsers } from "@/lib/users/policy";

// Every read names its columns: the password hash never leaves the database layer.
const userListSelect = {
  id: true,
  username: true,
  name: true,
  title: true,
  email: true,
  role: true,
  active: true,
  isUnitHead: true,
  allBlocs: true,
  unit: { select: { id: true, name: true, shortName: true } },
  _count: { select: { blocAssignments: true } },
} satisfies Prisma.UserSelect;

/** Every account, for whoever manages accounts; empty for anyone else. */
export async function listUsers(session: AppSession, opts: { q?: string } = {}) {
  if (!canManageUsers(session)) return [];
  const q = opts.q?.trim();
  return db.user.findMany({
    where: q
      ? {
          OR: [
            { username: { contains: q, mode: "insensitive" } },
            { name: { contains: q, mode: "insensitive" } },
            { email: { contains: q, mode: "insensitive" } },
            { unit: { name: { contains: q, mode: "insensitive" } } },
            { unit: { shortName: { contains: q, mode: "insensitive" } } },
          ],
        }
      : {},
    select: userListSelect,
  });
}

/** One account, for whoever manages accounts; null for anyone else. */
export async function getUser(session: AppSession, id: string) {
  if (!canManageUsers(session)) return null;
  return db.user.findUnique({
    where: { id },
    select: {
      ...userListSelect,
      unitId: true,
      createdAt: true,
      updatedAt: true,
      blocAssignments: { select: { blocId: true, bloc: { select: { name: true } } } },
    },
  });
}

/**
 * Choices for the user form: active units and blocs, plus the archived ones the user
 * already holds (so saving the form does not silently drop them). Sorted by the caller.
 */
export async function userFormOptions(session: AppSession, current?: { unitId: string | null; blocIds: string[] }) {
  if (!canManageUsers(session)) return { units: [], blocs: [] };
  const [units, blocs] = await Promise.all([
    db.unit.findMany({
      where: { OR: [{ archivedAt: null }, ...(current?.unitId ? [{ id: current.unitId }] : [])] },
      select: { id: true, name: true, shortName: true },
    }),
    db.bloc.findMany({
      where: { OR: [{ archivedAt: null }, { id: { in: current?.blocIds ?? [] } }] },
      select: { id: true, name: true, code: true },
    }),
  ]);
  return { units, blocs };
}

/** Whether the delete button is offered: the delete itself, tried and rolled back (lib/db/delete-unused.ts). */
export async function userDeletable(actor: AppSession, id: string) {
  return canManageUsers(actor) && wouldDelete((tx) => removeUser(tx, actor, id));
}
