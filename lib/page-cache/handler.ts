import type { IncomingMessage, ServerResponse } from "node:http";
import { currentRequest, noteUser } from "@/lib/log/context";
import { cacheKey, isStorable, replayHeaders } from "./key";
import type { GenerationReader } from "./generation";
import type { StillValid } from "./writes";
import { renderErrorCount } from "./render-errors";
import { pageScope } from "./scope";
import type { PageStore } from "./store";

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

export type PageCacheOptions = {
  store: PageStore;
  generation: GenerationReader;
  /** How long an entry may be served at most, for what a page shows that depends on the clock (deadlines). */
  ttlMs: number;
  maxEntryBytes: number;
  /** Whether a page rendered at one generation still holds at another (lib/page-cache/writes.ts). */
  stillValid: StillValid;
  /** When the request's sign-in ends (lib/page-cache/session.ts); null: do not keep the page. */
  sessionExpiresAt: (cookieHeader: string | undefined) => Promise<number | null>;
  now?: () => number;
};

/**
 * Serves a page again without rendering it while the database has not changed since it was
 * rendered for the same request (same URL, same cookies, same keyed headers). See README,
 * "Page cache". Everything else goes to the app untouched.
 */
export function withPageCache(handle: RequestHandler, options: PageCacheOptions): RequestHandler {
  const now = options.now ?? Date.now;
  return async (req, res) => {
    const key = cacheKey(req);
    if (!key) return handle(req, res);
    const request = currentRequest(); // read later, once the render has named the user (lib/log/context.ts)
    let generation: string;
    try {
      // Read before rendering: a write landing during the render then shows as a changed generation.
      generation = await options.generation();
    } catch {
      return handle(req, res); // the app reports the database itself
    }
    const hit = options.store.get(key, now());
    if (hit && (await options.stillValid(hit.generation, generation, hit.scope))) {
      hit.generation = generation; // still right at this generation: later checks start here
      if (hit.userId) noteUser(hit.userId);
      res.writeHead(hit.status, { ...hit.headers, "content-length": hit.body.byteLength, "x-page-cache": "hit" });
      res.end(hit.body);
      return;
    }
    if (hit) options.store.delete(key);
    res.setHeader("x-page-cache", "miss");
    const startedAt = now();
    const errorsBefore = renderErrorCount();
    captureBody(res, options.maxEntryBytes, (body) => {
      const headers = res.getHeaders();
      if (renderErrorCount() !== errorsBefore) return;
      if (!isStorable(res.statusCode, headers, body.byteLength, options.maxEntryBytes)) return;
      void options.sessionExpiresAt(req.headers.cookie).then((sessionEnd) => {
        if (sessionEnd === null) return;
        const expiresAt = Math.min(startedAt + options.ttlMs, sessionEnd);
        if (expiresAt > now())
          options.store.set(key, {
            generation,
            scope: pageScope(req.url ?? "/"),
            status: res.statusCode,
            headers: replayHeaders(headers),
            body,
            expiresAt,
            userId: request?.userId,
          });
      });
    });
    return handle(req, res);
  };
}

type Chunk = string | Uint8Array;

/**
 * Copies what the app writes (after Next's compression, which wraps these methods later and
 * calls through them) and hands the whole body over once the response has ended completely;
 * a body growing past `limit` is let go at once and never handed over.
 */
function captureBody(res: ServerResponse, limit: number, done: (body: Buffer) => void) {
  let chunks: Buffer[] | null = [];
  let size = 0;
  const keep = (chunk: unknown, encoding: unknown) => {
    if (!chunks) return;
    const copy =
      typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : chunk instanceof Uint8Array
          ? Buffer.from(chunk)
          : null;
    if (!copy) return;
    size += copy.byteLength;
    if (size > limit) chunks = null;
    else chunks.push(copy);
  };
  const write = res.write.bind(res) as (chunk: Chunk, ...rest: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.write = ((chunk: Chunk, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as ServerResponse["write"];
  res.end = ((...args: unknown[]) => {
    if (typeof args[0] !== "function") keep(args[0], args[1]);
    return end(...args);
  }) as ServerResponse["end"];
  // "finish": every byte was handed to the socket; an aborted response never gets here.
  res.once("finish", () => {
    if (chunks) done(Buffer.concat(chunks));
  });
}
