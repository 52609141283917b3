import type { IncomingMessage, ServerResponse } from "node:http";
import type { Limits } from "@/lib/limits/config";
import type { MemoryWindows } from "@/lib/limits/memory-windows";
import { ACTION_BODY_BYTES, SIGNED_OUT_BODY_BYTES, UPLOAD_BODY_BYTES } from "./body-limits";

type RequestHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

export type ActionGateOptions = {
  /** Whether the request's session cookie decodes and names a user (lib/auth/token.ts). */
  signedIn: (cookieHeader: string | undefined) => Promise<boolean>;
  /** The client's address (lib/security/client-address.ts). */
  address: (req: IncomingMessage) => string;
  /** The ids of the actions that take a file (lib/limits/body-limits.ts). */
  uploadActionIds: ReadonlySet<string>;
  /** Per-address counts of action posts; null limits count nothing. */
  windows: MemoryWindows;
  limits: Limits | null;
};

/*
 * In front of Next, for every POST outside /api (a server action: with a `next-action` header, or
 * a form posted before the page's script ran). Before Next reads a byte of the body:
 * - each address may post so many actions a minute, far fewer without a session (429, Retry-After);
 * - a body may be 64 kB without a valid session cookie, 1 MB with one, 11 MB for an action that
 *   takes a file (by its id), checked on Content-Length and again on every byte as it arrives, so
 *   a chunked body is cut off at the limit too (413).
 * A refusal has no body and closes the connection: what the client still sends is never parsed.
 */
export function gateActions(handle: RequestHandler, options: ActionGateOptions): RequestHandler {
  return (req, res) => {
    if (req.method !== "POST" || (req.url ?? "/").startsWith("/api/")) return handle(req, res);
    return gate(req, res, handle, options);
  };
}

async function gate(req: IncomingMessage, res: ServerResponse, handle: RequestHandler, options: ActionGateOptions) {
  const refusal = refuser(req, res);
  // Counted from the first byte, before anything is awaited; the limit is known once the cookie is read.
  const body = countBody(req, () => refusal.refuse(413));
  const signedIn = await options.signedIn(req.headers.cookie).catch(() => false);
  if (options.limits) {
    const limit = signedIn ? options.limits.actions.perAddress : options.limits.anonymous.perAddress;
    const wait = options.windows.hit([{ key: `${signedIn ? "in" : "out"}:${options.address(req)}`, limit }]);
    if (wait) return refusal.refuse(429, wait);
  }
  const action = req.headers["next-action"];
  const max = !signedIn ? SIGNED_OUT_BODY_BYTES : typeof action === "string" && options.uploadActionIds.has(action) ? UPLOAD_BODY_BYTES : ACTION_BODY_BYTES;
  if (Number(req.headers["content-length"] ?? 0) > max) return refusal.refuse(413);
  body.limit(max);
  if (refusal.refused()) return;
  return handle(req, res);
}

/** Calls `over` once the body passes the limit; nothing past it reaches the request's readers. */
function countBody(req: IncomingMessage, over: () => void) {
  let bytes = 0;
  let max = Infinity;
  let cut = false;
  const push = req.push.bind(req);
  // Every byte of the body enters the request through push(), whoever reads it and however.
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (cut) return true;
    if (chunk !== null) bytes += Buffer.isBuffer(chunk) ? chunk.length : Buffer.byteLength(String(chunk));
    if (bytes > max) {
      cut = true;
      over();
      return true;
    }
    return push(chunk, encoding);
  };
  return {
    limit(value: number) {
      max = value;
      if (bytes > max && !cut) {
        cut = true;
        over();
      }
    },
  };
}

function refuser(req: IncomingMessage, res: ServerResponse) {
  const writeHead = res.writeHead.bind(res) as (status: number, headers: Record<string, string>) => ServerResponse;
  const end = res.end.bind(res) as () => ServerResponse;
  let refused = false;
  return {
    refused: () => refused,
    refuse(status: 413 | 429, retryAfterSeconds?: number) {
      if (refused) return;
      refused = true;
      if (res.headersSent) return void req.socket.destroy();
      const headers: Record<string, string> = { "content-length": "0", "cache-control": "no-store", connection: "close" };
      if (retryAfterSeconds) headers["retry-after"] = String(retryAfterSeconds);
      writeHead(status, headers);
      end();
      // The app may already be waiting for the body; whatever it answers once the connection closes is dropped.
      res.writeHead = (() => res) as ServerResponse["writeHead"];
      res.setHeader = (() => res) as ServerResponse["setHeader"];
      res.write = ((...args: unknown[]) => {
        (args.find((a) => typeof a === "function") as (() => void) | undefined)?.();
        return true;
      }) as ServerResponse["write"];
      res.end = ((...args: unknown[]) => {
        (args.find((a) => typeof a === "function") as (() => void) | undefined)?.();
        return res;
      }) as ServerResponse["end"];
    },
  };
}
