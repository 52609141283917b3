import { cookieFromHeader, readSessionToken } from "@/lib/auth/token";

/**
 * When the request's sign-in stops being valid (epoch ms): a cached page must not outlive the
 * session it was rendered for, even for someone replaying the cookie. `openUntil` asks the
 * server-side session (lib/sessions) for its absolute or idle end, null once it was ended. Null,
 * so the page is not kept, without a session cookie, or when it does not decode or names no
 * session: only signed-in pages are worth keeping, and anyone may send requests without a
 * sign-in, each URL and header variant a new entry, enough to push every signed-in page out of
 * the cache. A session ended later is a committed write, which the cache's generation check
 * sees before it serves any page again (lib/page-cache/writes.ts).
 */
export async function sessionExpiresAt(
  cookieHeader: string | undefined,
  secret: string,
  openUntil: (sessionId: string) => Promise<number | null>,
): Promise<number | null> {
  const token = await readSessionToken((name) => cookieFromHeader(cookieHeader, name), secret);
  if (!token?.uid || !token.sid) return null;
  const end = await openUntil(token.sid);
  return end === null ? null : Math.min(end, token.expiresAt ?? end);
}
