/*
 * Every POST route handler under app/api starts with `foreignPost(request)`. Session cookies are
 * SameSite=Lax, so a cross-site form post already arrives signed out; this refuses it before
 * anything is read, whatever the cookie settings become. A browser always sends Origin on a
 * cross-origin POST and cannot forge it or Host, so only a present Origin that is neither the
 * configured address (NEXTAUTH_URL) nor the host the request was sent to is refused. A request
 * without Origin (scripts, old clients) is left to the session check. Server actions get the same
 * check from Next itself.
 */
export function foreignPost(request: Request): Response | null {
  const origin = request.headers.get("origin");
  if (origin === null || isOwnOrigin(origin, request.headers.get("host"))) return null;
  return new Response(null, { status: 403 });
}

function isOwnOrigin(origin: string, host: string | null): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // "null" (sandboxed frames, file: pages) and garbage
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  const configured = process.env.NEXTAUTH_URL;
  if (configured && URL.canParse(configured) && new URL(configured).origin === url.origin) return true;
  return host !== null && url.host === host.toLowerCase();
}
