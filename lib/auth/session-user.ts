import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AppSession } from "@/lib/auth/session-types";
import { resumed, SESSION_TIMES } from "@/lib/auth/session-record";

// What the app reads of the signed-in user on every request: no password hash, no contact fields.
const APP_USER = {
  id: true,
  username: true,
  name: true,
  role: true,
  unitId: true,
  isUnitHead: true,
  allBlocs: true,
  mustChangePassword: true,
  active: true,
  unit: { select: { name: true } },
  blocAssignments: { select: { blocId: true } },
} as const;

type AppUserRow = Prisma.UserGetPayload<{ select: typeof APP_USER }>;

function appSessionOf(user: AppUserRow | null): AppSession | null {
  if (!user || !user.active) return null;
  return {
    userId: user.id,
    username: user.username,
    name: user.name,
    role: user.role,
    unitId: user.unitId,
    unitName: user.unit?.name ?? null,
    isUnitHead: user.isUnitHead,
    allBlocs: user.allBlocs,
    assignedBlocIds: user.blocAssignments.map((a) => a.blocId),
    mustChangePassword: user.mustChangePassword,
  };
}

/** Loads the signed-in user as the app sees it; null when missing or locked. */
export async function loadAppSession(db: Db, userId: string): Promise<AppSession | null> {
  return appSessionOf(await db.user.findUnique({ where: { id: userId }, select: APP_USER }));
}

/**
 * The user behind session `sid` while the session is open, read with the session row in one
 * statement (every request asks both, one after the other before: two round trips before the
 * page could start on its own reads); null when the session is closed or the user locked.
 */
export async function loadSessionUser(db: Db, sid: string, now = new Date()): Promise<AppSession | null> {
  const row = await db.userSession.findUnique({ where: { id: sid }, select: { ...SESSION_TIMES, user: { select: APP_USER } } });
  if (!row || !(await resumed(db, sid, row, now))) return null;
  return appSessionOf(row.user);
}
