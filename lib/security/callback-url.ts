/**
 * Where to go after signing in: a path on this site, or "/". A crafted callbackUrl must not send
 * the user elsewhere, and browsers read more than "//host" as another site: "/\host" (a backslash
 * is a slash to them, also when it arrives as %5C) and "/\t/host" (tabs and newlines are dropped
 * from URLs, also as %09). So the value is refused when its decoded form holds a backslash or a
 * control character, and what is followed is the path re-serialised against a fixed origin.
 */
export function safeCallbackPath(value: string | null | undefined): string {
  if (!value) return "/";
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return "/";
  }
  if (!decoded.startsWith("/") || decoded.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(decoded)) return "/";
  const base = "https://same-origin.invalid";
  const url = new URL(value, base);
  if (url.origin !== base) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
