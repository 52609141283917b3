import type { Db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";

/** Loads the signed-in user as the app sees it; null when missing or locked. */
export async function loadAppSession(db: Db, userId: string): Promise<AppSession | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: { unit: { select: { name: true } }, blocAssignments: { select: { blocId: true } } },
  });
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
