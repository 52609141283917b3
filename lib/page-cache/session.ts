import { decode } from "next-auth/jwt";

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

function cookieValue(header: string, name: string): string | undefined {
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/**
 * When the request's sign-in stops being valid (epoch ms): a cached page must not outlive the
 * session it was rendered for, even for someone replaying the cookie. Infinity without a session
 * cookie (the page was rendered for anyone); null when the cookie does not decode, so the page is
 * not kept.
 */
export async function sessionExpiresAt(cookieHeader: string | undefined, secret: string): Promise<number | null> {
  const token = SESSION_COOKIES.map((name) => cookieValue(cookieHeader ?? "", name)).find(Boolean);
  if (!token) return Infinity;
  try {
    const payload = await decode({ token, secret });
    return typeof payload?.exp === "number" ? payload.exp * 1000 : null;
  } catch {
    return null;
  }
}
