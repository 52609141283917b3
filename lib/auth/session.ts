import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { authOptions } from "@/lib/auth/options";
import { loadSessionUser } from "@/lib/auth/session-user";
import type { AppSession } from "@/lib/auth/session-types";
import { readSessionToken } from "@/lib/auth/token";
import { noteUser } from "@/lib/log/context";

function secret(): string {
  if (!authOptions.secret) throw new Error("NEXTAUTH_SECRET is not set (npm run dev and npm start set or require it)");
  return authOptions.secret;
}

// The only place a session is read. The cookie's token is decoded directly rather than through
// getServerSession, which runs next-auth's whole handler and encrypts a fresh token the App Router
// then throws away (it cannot set the cookie); the answer is the same: the token's user id, or
// none when the cookie is missing, tampered with or expired. The cookie counts only while its
// server-side session is open (lib/sessions: not signed out or ended, within its absolute end and
// idle timeout). The user is reloaded on every request so a locked account or a changed role
// takes effect at once.
export const getSession = cache(async (): Promise<AppSession | null> => {
  const store = await cookies();
  const token = await readSessionToken((name) => store.get(name)?.value, secret());
  if (!token?.sid) return null;
  const session = await loadSessionUser(db, token.sid);
  if (session) noteUser(session.userId);
  return session && { ...session, sessionId: token.sid };
});

export async function requireSession(): Promise<AppSession> {
  const session = await getSession();
  if (!session) redirect("/login");
  return session;
}
