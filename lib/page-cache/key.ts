import type { IncomingHttpHeaders, OutgoingHttpHeaders } from "node:http";

/*
 * Which requests and responses the page cache may keep (see lib/page-cache/handler.ts).
 *
 * A rendered page depends on the URL, the caller's cookies (session, locale) and the headers
 * below; the key holds all of them, so an entry is only ever served to a request that would have
 * rendered the same bytes from the same data. Everything the key does not name is refused at
 * store time (a response that varies on another header is not kept).
 */
const KEYED_HEADERS = [
  "cookie",
  "accept-encoding",
  "accept-language",
  "host",
  "x-forwarded-host",
  "x-forwarded-proto",
  // The App Router's own request headers for client navigations (the RSC payload).
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
] as const;

const KEYED = new Set<string>(KEYED_HEADERS);

export type CacheableRequest = { method?: string; url?: string; headers: IncomingHttpHeaders };

function headerText(value: string | string[] | number | undefined): string {
  return Array.isArray(value) ? value.join(", ") : String(value ?? "");
}

// Files (robots.txt, icons, Next's chunks) are served from disk already; no page has a dot in its path.
const isFile = (path: string) => path.startsWith("/_next/") || path.slice(path.lastIndexOf("/")).includes(".");

/**
 * The cache key of a page request, or null when the request must always reach the app: anything
 * but GET, the API (sign-in, downloads, the health check) and files.
 */
export function cacheKey(req: CacheableRequest): string | null {
  if (req.method !== "GET" || !req.url) return null;
  const path = req.url.split("?")[0];
  if (path.startsWith("/api/") || isFile(path)) return null;
  if (req.headers["next-action"] !== undefined) return null;
  return [req.url, ...KEYED_HEADERS.map((h) => headerText(req.headers[h]))].join("\n");
}

const PAGE_TYPES = ["text/html", "text/x-component"];

/**
 * Whether a finished response may be kept: a complete 200 page or RSC payload that sets no cookie
 * and varies on nothing outside the key.
 */
export function isStorable(status: number, headers: OutgoingHttpHeaders, bytes: number, maxBytes: number): boolean {
  if (status !== 200 || bytes > maxBytes) return false;
  if (headers["set-cookie"] !== undefined) return false;
  const type = headerText(headers["content-type"]).toLowerCase();
  if (!PAGE_TYPES.some((t) => type.startsWith(t))) return false;
  const vary = headerText(headers["vary"]).toLowerCase();
  return vary
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean)
    .every((v) => KEYED.has(v));
}

// Headers that describe one transfer, not the page: a hit writes its own (the request id: lib/log/request-log.ts).
const PER_TRANSFER = new Set(["content-length", "transfer-encoding", "connection", "keep-alive", "date", "x-page-cache", "x-request-id"]);

/** The response headers worth replaying on a hit. */
export function replayHeaders(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name, value]) => value !== undefined && !PER_TRANSFER.has(name.toLowerCase())));
}
