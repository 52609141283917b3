import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { authOptions } from "@/lib/auth/options";
import { loadAppSession } from "@/lib/auth/session-user";
import type { AppSession } from "@/lib/auth/session-types";

// The only place a session is read. The user is reloaded on every request so a
// locked account or a changed role takes effect at once.
export const getSession = cache(async (): Promise<AppSession | null> => {
  const raw = await getServerSession(authOptions);
  return raw?.uid ? loadAppSession(db, raw.uid) : null;
});

export async function requireSession(): Promise<AppSession> {
  const session = await getSession();
  if (!session) redirect("/login");
  return session;
}
