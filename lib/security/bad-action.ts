import type { IncomingMessage, ServerResponse } from "node:http";

type RequestHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

/*
 * A POST to a page is a server action. Every action of the app catches its own errors and answers
 * with a message (lib/actions/action.ts), so when Next answers such a POST with 500 the request
 * itself was bad: a body that does not decode, an Origin that is not ours, too many arguments, a
 * body over the size limit (Next 16's app-render/action-handler.js answers all of these 500; an
 * unknown action id already gets 400 or 409). The client is told 400, with no body: nothing about
 * what failed inside. Other statuses, GETs and the API (its own handlers) are left as they are.
 */
export function badActionsAs400(handle: RequestHandler): RequestHandler {
  return (req, res) => {
    if (req.method !== "POST" || (req.url ?? "/").startsWith("/api/")) return handle(req, res);
    let refused = false;
    const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => ServerResponse;
    // The status goes out through writeHead, called by the app or by Node's first write.
    res.writeHead = ((status: number, ...rest: unknown[]) => {
      if (status !== 500) return writeHead(status, ...rest);
      refused = true;
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      return writeHead(400, { "content-length": "0", "cache-control": "no-store" });
    }) as ServerResponse["writeHead"];
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.write = ((...args: unknown[]) => {
      if (!res.headersSent && res.statusCode === 500) res.writeHead(500);
      if (!refused) return write(...args);
      const callback = args.find((a) => typeof a === "function") as (() => void) | undefined;
      callback?.();
      return true;
    }) as ServerResponse["write"];
    res.end = ((...args: unknown[]) => {
      if (!res.headersSent && res.statusCode === 500) res.writeHead(500);
      if (!refused) return end(...args);
      return end(args.find((a) => typeof a === "function"));
    }) as ServerResponse["end"];
    return handle(req, res);
  };
}
