import type { IncomingMessage, ServerResponse } from "node:http";
import { counter, histogram } from "./registry";

type RequestHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

const requestSeconds = histogram("http_request_duration_seconds", "Requests answered by this instance, by route pattern, method and status class.");
const actionSeconds = histogram("server_action_duration_seconds", "Server actions run by this instance, by action (file#export) and status class.");
const aborted = counter("http_requests_aborted_total", "Requests whose client went away before the answer was complete, by route pattern.");

/** Times every request (and, for a server action, the action) into the registry when its response closes. */
export function withMetrics(handle: RequestHandler, names: { route: (url: string) => string; action: (id: string) => string | undefined }): RequestHandler {
  return (req, res) => {
    const started = process.hrtime.bigint();
    res.once("close", () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = names.route(req.url ?? "/");
      const status = `${Math.floor(res.statusCode / 100)}xx`;
      if (!res.writableFinished) aborted({ route });
      requestSeconds({ route, method: req.method ?? "GET", status }, seconds);
      const id = req.headers["next-action"];
      if (typeof id === "string") actionSeconds({ action: names.action(id) ?? "unknown", status }, seconds);
    });
    return handle(req, res);
  };
}
