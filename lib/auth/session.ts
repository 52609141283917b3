import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { authOptions } from "@/lib/auth/options";
import type { AppSession } from "@/lib/auth/session-types";

// The only place a session is read. The user is reloaded on every request so a
// deactivated account or a changed role takes effect at once.
export const getSession = cache(async (): Promise<AppSession | null> => {
  const raw = await getServerSession(authOptions);
  if (!raw?.uid) return null;
  const user = await db.user.findUnique({
    where: { id: raw.uid },
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
  };
});

export async function requireSession(): Promise<AppSession> {
  const session = await getSession();
  if (!session) redirect("/login");
  return session;
}
