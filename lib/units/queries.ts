import "server-only";
import { db } from "@/lib/db";
import { wouldDelete } from "@/lib/db/delete-unused";
import { removeUnit } from "@/lib/units/service";
import type { AppSession } from "@/lib/auth/session-types";
import { canManageUnits, canViewUnits } from "@/lib/units/policy";

export async function listUnits(session: AppSession, opts: { q?: string; includeArchived?: boolean } = {}) {
  if (!canViewUnits(session)) return [];
  const q = opts.q?.trim();
  return db.unit.findMany({
    where: {
      ...(opts.includeArchived ? {} : { archivedAt: null }),
      ...(q
        ? {
            OR: [
              { name: { contains: q, mode: "insensitive" } },
              { shortName: { contains: q, mode: "insensitive" } },
              { code: { contains: q, mode: "insensitive" } },
            ],
          }
        : {}),
    },
    include: {
      memberships: { orderBy: { year: "desc" }, take: 1, include: { blocYear: { select: { year: true, bloc: { select: { id: true, name: true } } } } } },
    },
  });
}

export async function getUnit(session: AppSession, id: string) {
  if (!canViewUnits(session)) return null;
  return db.unit.findUnique({
    where: { id },
    include: { memberships: { orderBy: { year: "desc" }, include: { blocYear: { include: { bloc: { select: { id: true, name: true } } } } } } },
  });
}

/** Units for pickers: active ones, Vietnamese-sorted by the caller. */
export async function unitOptions(session: AppSession) {
  if (!canViewUnits(session)) return [];
  return db.unit.findMany({ where: { archivedAt: null }, select: { id: true, name: true, shortName: true, code: true } });
}

/** Whether the delete button is offered: the delete itself, tried and rolled back (lib/db/delete-unused.ts). */
export async function unitDeletable(session: AppSession, id: string) {
  return canManageUnits(session) && wouldDelete((tx) => removeUnit(tx, id));
}
