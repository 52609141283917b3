import { cookieFromHeader, readSessionToken } from "@/lib/auth/token";

/**
 * When the request's sign-in stops being valid (epoch ms): a cached page must not outlive the
 * session it was rendered for, even for someone replaying the cookie. Infinity without a session
 * cookie (the page was rendered for anyone); null when the cookie does not decode, so the page is
 * not kept.
 */
export async function sessionExpiresAt(cookieHeader: string | undefined, secret: string): Promise<number | null> {
  const token = await readSessionToken((name) => cookieFromHeader(cookieHeader, name), secret);
  if (token === undefined) return Infinity;
  return token?.expiresAt ?? null;
}
