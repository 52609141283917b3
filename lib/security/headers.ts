// Security headers sent with every response (next.config.ts `headers()`).
// Kept pure so a unit test can pin the exact values.
//
// `next build` evaluates next.config.ts and writes these headers into the build, so the values
// follow NODE_ENV and NEXTAUTH_URL *at build time*: build with the deployment's NEXTAUTH_URL.

export type SecurityHeaderOptions = {
  /** `next dev`: React's dev tooling needs eval. */
  dev: boolean;
  /** The public address is https (NEXTAUTH_URL): only then is HSTS sent. */
  https: boolean;
};

export type Header = { key: string; value: string };

/**
 * Everything comes from the app's own origin: fonts are bundled (@fontsource), charts are
 * inline SVG, downloads are same-origin routes. Scripts need 'unsafe-inline' for Next's inline
 * bootstrap; per-request nonces would force every page to render dynamically and are out of scope.
 */
export function contentSecurityPolicy(dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}

export function securityHeaders({ dev, https }: SecurityHeaderOptions): Header[] {
  const headers: Header[] = [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(dev) },
    // frame-ancestors covers current browsers; X-Frame-Options the older ones.
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ];
  // Browsers ignore HSTS over plain http, but sending it there would only mislead; a year, no subdomains
  // (the province's other sites under the same domain are not ours to force onto https).
  if (https) headers.push({ key: "Strict-Transport-Security", value: "max-age=31536000" });
  return headers;
}

export function isHttpsUrl(url: string | undefined): boolean {
  return !!url && url.toLowerCase().startsWith("https://");
}
