import { cookieFromHeader, readSessionToken } from "@/lib/auth/token";

/**
 * When the request's sign-in stops being valid (epoch ms): a cached page must not outlive the
 * session it was rendered for, even for someone replaying the cookie. Null, so the page is not
 * kept, without a session cookie, or when it does not decode or names no user: only signed-in
 * pages are worth keeping, and anyone may send requests without a sign-in, each URL and header
 * variant a new entry, enough to push every signed-in page out of the cache.
 */
export async function sessionExpiresAt(cookieHeader: string | undefined, secret: string): Promise<number | null> {
  const token = await readSessionToken((name) => cookieFromHeader(cookieHeader, name), secret);
  if (!token?.uid) return null;
  return token.expiresAt;
}
