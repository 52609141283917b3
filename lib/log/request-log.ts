import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { runWithRequest, type RequestContext } from "./context";
import { log } from "./logger";

type RequestHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

// Path segments that are secrets: the token of a set-password link (app/(auth)/dat-mat-khau).
const SECRET_PATHS: [RegExp, string][] = [[/^\/dat-mat-khau\/[^/]+/, "/dat-mat-khau/[token]"]];

/** The path, without the query string (it may carry anything) and with secret segments replaced. */
export function loggedRoute(url: string | undefined): string {
  const path = (url ?? "/").split("?")[0].split("#")[0] || "/";
  for (const [pattern, replacement] of SECRET_PATHS) if (pattern.test(path)) return path.replace(pattern, replacement);
  return path;
}

/** A proxy's X-Request-Id when the proxy is trusted and the id looks like one, else a new id. */
export function requestIdOf(req: IncomingMessage, fromTrustedProxy: boolean): string {
  const given = req.headers["x-request-id"];
  return fromTrustedProxy && typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * Gives every request an id (sent back in X-Request-Id, so a person can quote it) that every log
 * line written while handling it carries, and writes one line when it ends: method, route,
 * status, duration, the user once getSession() has read the session and the server action's id.
 * Never a header's or a body's content: no cookie, no password.
 */
export function withRequestLog(handle: RequestHandler, fromTrustedProxy: (req: IncomingMessage) => boolean): RequestHandler {
  const logger = log.child({ scope: "http" });
  return (req, res) => {
    const context: RequestContext = { requestId: requestIdOf(req, fromTrustedProxy(req)) };
    const started = process.hrtime.bigint();
    res.setHeader("x-request-id", context.requestId);
    res.once("close", () => {
      const fields = {
        requestId: context.requestId,
        ...(context.userId && { userId: context.userId }),
        method: req.method,
        route: loggedRoute(req.url),
        status: res.statusCode,
        durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
        ...(typeof req.headers["next-action"] === "string" && { action: req.headers["next-action"].slice(0, 64) }),
        ...(!res.writableFinished && { aborted: true }),
      };
      if (res.statusCode >= 500) logger.error(fields, "request");
      else logger.info(fields, "request");
    });
    return runWithRequest(context, () => handle(req, res));
  };
}
