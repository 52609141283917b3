import { db } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";

export function actor(over: Partial<AppSession> = {}): AppSession {
  return {
    userId: "test-actor",
    username: "test",
    name: "Người kiểm thử",
    role: "BOARD",
    unitId: null,
    unitName: null,
    isUnitHead: false,
    allBlocs: true,
    assignedBlocIds: [],
    ...over,
  };
}

/** An actor backed by a stored user, for rows that keep a foreign key to who decided. */
export async function storedActor(over: Partial<AppSession> = {}): Promise<AppSession> {
  const a = actor(over);
  await db.user.upsert({
    where: { id: a.userId },
    update: {},
    create: { id: a.userId, username: a.username, name: a.name, role: a.role, passwordHash: "x", allBlocs: a.allBlocs, unitId: a.unitId },
  });
  return a;
}
