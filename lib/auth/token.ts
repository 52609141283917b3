import { decode } from "next-auth/jwt";

// The names next-auth 4 gives the session cookie: with the __Secure- prefix when NEXTAUTH_URL is
// https. Either is accepted: a value only counts if it decrypts with the secret, and only this
// server holds it. The token carries a user id, far below the size at which next-auth splits it.
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

// `sid` names the server-side session (lib/sessions); the cookie counts only while it is open.
export type SessionToken = { uid: string | null; sid: string | null; expiresAt: number | null };

/**
 * The session cookie's token, decrypted and checked (integrity, expiry with next-auth's 15 s of
 * tolerance) by next-auth's own `decode`. Undefined without a session cookie; null when the
 * cookie does not decode.
 */
export async function readSessionToken(cookie: (name: string) => string | undefined, secret: string): Promise<SessionToken | null | undefined> {
  const token = SESSION_COOKIES.map(cookie).find(Boolean);
  if (!token) return undefined;
  try {
    const payload = await decode({ token, secret });
    if (!payload) return null;
    return {
      uid: typeof payload.uid === "string" ? payload.uid : null,
      sid: typeof payload.sid === "string" ? payload.sid : null,
      expiresAt: typeof payload.exp === "number" ? payload.exp * 1000 : null,
    };
  } catch {
    return null;
  }
}

/** One cookie's value from a Cookie header. */
export function cookieFromHeader(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}
